// Band edges are exact: a measured value on an edge docs/scoring.md states gets the band the
// docs give that edge, whatever binary floating point makes of the arithmetic, in every unit
// the app converts from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PromiseTarget, RubricScore } from '../../shared/domain';
import { parseMeasured, scoreMeasured } from '../../shared/fieldwork/measure';

/** The edges docs/scoring.md states: a share of the threshold, and the band a value on it gets. */
const DOCUMENTED_EDGES: { share: [bigint, bigint]; band: RubricScore; name: string }[] = [
  { share: [-1n, 5n], band: 4, name: '20 % better: exceeded' },
  { share: [0n, 1n], band: 3, name: 'on the threshold: kept' },
  { share: [1n, 10n], band: 2, name: '10 % worse: partly kept' },
  { share: [1n, 4n], band: 1, name: '25 % worse: poor' },
];

const THRESHOLDS = ['0.5', '0.9', '1.5', '2', '3', '4.5', '15', '80', '120', '300'];

/** Units of one kind and their size in seconds (or 1 for the unitless kinds). */
const TIME_UNITS: [string, bigint][] = [
  ['s', 1n],
  ['min', 60n],
  ['h', 3600n],
  ['days', 86400n],
];

/** A decimal text as an exact fraction. */
function fraction(text: string): [bigint, bigint] {
  const negative = text.startsWith('-');
  const [whole, part = ''] = text.replace('-', '').split('.');
  const denominator = 10n ** BigInt(part.length);
  const numerator = BigInt(`${whole}${part}`);
  return [negative ? -numerator : numerator, denominator];
}

/** An exact fraction as a decimal text, or null when it has no finite decimal form. */
function decimalText([n, d]: [bigint, bigint]): string | null {
  let den = d;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  if (den !== 1n && n % den !== 0n) return null;
  const places = Math.max(twos, fives);
  const scaled = (n * 10n ** BigInt(places)) / d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return `${negative ? '-' : ''}${text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}`;
}

/** The value exactly on an edge, as an exact fraction in the threshold's unit. */
function edgeValue(
  threshold: string,
  direction: PromiseTarget['direction'],
  [p, q]: [bigint, bigint],
): [bigint, bigint] {
  const [tn, td] = fraction(threshold);
  // at most: value = T + share × T; at least: value = T − share × T (T positive here).
  const sign = direction === 'at-most' ? 1n : -1n;
  return [tn * (q + sign * p), td * q];
}

const target = (threshold: string, direction: PromiseTarget['direction'], unit: string) => ({
  metric: 'Wait',
  unit,
  direction,
  threshold: Number(threshold),
});

describe('band edges of a measured value', () => {
  it('2.2 minutes against "at most 2 minutes" is partly kept, not poor', () => {
    expect(scoreMeasured(2.2, target('2', 'at-most', 'min'))).toBe(2);
    // The binary arithmetic says otherwise: 2.2 − 2 is more than a tenth of 2.
    expect((2.2 - 2) / 2 > 0.1).toBe(true);
  });

  for (const direction of ['at-most', 'at-least'] as const)
    for (const edge of DOCUMENTED_EDGES)
      it(`${direction}, ${edge.name}, for every threshold, typed in every unit it converts from`, () => {
        for (const threshold of THRESHOLDS) {
          for (const [targetUnit, targetSize] of [...TIME_UNITS, ['%', 1n] as [string, bigint]]) {
            const t = target(threshold, direction, targetUnit);
            const exact = edgeValue(threshold, direction, edge.share);
            const inTarget = decimalText(exact)!;
            expect(
              scoreMeasured(Number(inTarget), t),
              `${inTarget} ${targetUnit} vs ${threshold}`,
            ).toBe(edge.band);
            // The same value typed in another unit of the same kind, where it has a decimal form.
            const units = targetUnit === '%' ? [] : TIME_UNITS;
            for (const [unit, size] of units) {
              const typed = decimalText([exact[0] * targetSize, exact[1] * size]);
              if (typed === null || typed.replace(/^-?\d+\.?/, '').length > 6) continue;
              const read = parseMeasured(`${typed} ${unit}`, targetUnit);
              expect(read.ok, `${typed} ${unit}`).toBe(true);
              if (!read.ok) continue;
              expect(
                scoreMeasured(read.value, t),
                `${typed} ${unit} against ${threshold} ${targetUnit}`,
              ).toBe(edge.band);
            }
          }
        }
      });

  it('a value on an edge is never scored below the band the docs give it (property)', () => {
    const decimal = fc
      .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 3 }))
      .map(([m, places]) => decimalText([BigInt(m), 10n ** BigInt(places)])!);
    fc.assert(
      fc.property(
        decimal,
        fc.constantFrom('at-most' as const, 'at-least' as const),
        fc.constantFrom(...DOCUMENTED_EDGES),
        (threshold, direction, edge) => {
          const value = decimalText(edgeValue(threshold, direction, edge.share))!;
          expect(scoreMeasured(Number(value), target(threshold, direction, 'min'))).toBe(edge.band);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a hair past an edge takes the next band down', () => {
    const t = target('2', 'at-most', 'min');
    expect(scoreMeasured(2.2000001, t)).toBe(1);
    expect(scoreMeasured(2.5000001, t)).toBe(0);
    expect(scoreMeasured(2.0000001, t)).toBe(2);
    expect(scoreMeasured(1.6000001, t)).toBe(3);
    expect(scoreMeasured(1.6, t)).toBe(4);
  });
});
