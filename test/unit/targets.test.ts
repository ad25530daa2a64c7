import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservationMethod, PromiseTarget } from '../../shared/domain';
import { OBSERVATION_METHODS } from '../../shared/domain';
import { scoreMeasured } from '../../shared/fieldwork/measure';
import { median, readTarget } from '../../shared/scoring';

const wait: PromiseTarget = { metric: 'Wait', unit: 's', direction: 'at-most', threshold: 60 };
const weights = Object.fromEntries(OBSERVATION_METHODS.map((m) => [m, 1])) as Record<
  ObservationMethod,
  number
>;
const measured = (value: number, method: ObservationMethod = 'field-check') => ({
  outcome: 'scored' as const,
  method,
  score: null,
  measured: value,
});

describe('what a promise’s measurements say against its target', () => {
  it('counts the measured values within the target and takes their median', () => {
    const reading = readTarget([measured(45), measured(60), measured(64), measured(129)], wait, {
      methodWeights: weights,
    });
    // 45 and 60 are on the right side of 60 s or on it; 64 and 129 are not.
    expect(reading).toEqual({ measured: 4, within: 2, median: 62 });
  });

  it('reads only the measurements that count: not a rubric score, a method weighted 0 or one not applicable', () => {
    const observations = [
      measured(30),
      measured(300, 'review'),
      { ...measured(500), outcome: 'not-applicable' as const },
      { ...measured(400), score: 1 as const },
      { outcome: 'scored' as const, method: 'survey' as const, score: 3 as const, measured: null },
    ];
    expect(readTarget(observations, wait, { methodWeights: { ...weights, review: 0 } })).toEqual({
      measured: 1,
      within: 1,
      median: 30,
    });
    expect(readTarget([], wait, { methodWeights: weights })).toEqual({
      measured: 0,
      within: 0,
      median: null,
    });
  });

  it('agrees with the scoring of measured values: within is kept or exceeded, whatever the direction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { maxLength: 30 }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.constantFrom('at-most' as const, 'at-least' as const),
        (values, threshold, direction) => {
          const target = { ...wait, threshold, direction };
          const reading = readTarget(
            values.map((v) => measured(v)),
            target,
            {
              methodWeights: weights,
            },
          );
          expect(reading.measured).toBe(values.length);
          expect(reading.within).toBe(values.filter((v) => scoreMeasured(v, target) >= 3).length);
          expect(reading.median).toBe(median(values));
        },
      ),
    );
  });

  it('takes the median as the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
