// Waves compared like with like: over the promises observed in both waves, importance-weighted,
// with the base and the evidence behind each side, and a warning when the base is thin.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from '../../shared/domain';
import { compareWaves, defaultWavePair, scoreAudit, type ScoringInput } from '../../shared/scoring';

type Obs = ScoringInput['observations'][number];
const thresholds = DEFAULT_SCORING_SETTINGS.strengthThresholds;

const promise = (id: string, importance = 3) => ({
  id,
  touchpointId: 't1',
  importance,
  belief: null,
  target: null,
});
const obs = (promiseId: string, wave: number, score: 0 | 1 | 2 | 3 | 4, n = 1): Obs[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${promiseId}-${wave}-${score}-${i}`,
    promiseId,
    method: 'field-check',
    date: wave === 1 ? '2026-03-10' : wave === 2 ? '2026-07-10' : '2026-11-10',
    wave,
    outcome: 'scored',
    score,
    measured: null,
  }));
const audit = (
  promises: ReturnType<typeof promise>[],
  observations: Obs[],
  scoring: ScoringSettings = DEFAULT_SCORING_SETTINGS,
) =>
  scoreAudit({
    audit: { scoring },
    touchpoints: [{ id: 't1', stageId: 's1', channelId: 'c1' }],
    promises,
    observations,
  });

describe('the change between two waves', () => {
  it('is computed over the promises observed in both, not over whatever each wave observed', () => {
    // Wave 1 observed A (poor) and B (exceeded); wave 2 observed A (kept) only. Each wave's own
    // score says 62.5 → 75; over A alone, the one promise seen twice, it is 25 → 75.
    const scores = audit(
      [promise('A'), promise('B')],
      [...obs('A', 1, 1, 3), ...obs('B', 1, 4, 3), ...obs('A', 2, 3, 3)],
    );
    const c = compareWaves(scores, 1, 2, thresholds)!;
    expect(c.base).toBe(1);
    expect(c.from.score).toBe(25);
    expect(c.to.score).toBe(75);
    expect(c.change).toBe(50);
    expect(c.from.observed).toBe(2);
    expect(c.to.observed).toBe(1);
    expect(c.thin).toEqual(['fewPromises']);
  });

  it('does not move when evidence is added to a promise outside its base', () => {
    const promises = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => promise(id));
    const both = ['A', 'B', 'C', 'D', 'E'].flatMap((id) => [
      ...obs(id, 1, 2, 3),
      ...obs(id, 2, 3, 3),
    ]);
    const before = compareWaves(audit(promises, both), 1, 2, thresholds)!;
    // F is observed in wave 2 alone: a wave score would jump; the comparison does not.
    const after = compareWaves(audit(promises, [...both, ...obs('F', 2, 0)]), 1, 2, thresholds)!;
    expect(after.change).toBe(before.change);
    expect(after.base).toBe(5);
    expect(before.thin).toEqual([]);
  });

  it('weighs promises by importance, and says the evidence behind each side', () => {
    const scores = audit(
      [promise('A', 5), promise('B', 1)],
      [...obs('A', 1, 0, 8), ...obs('B', 1, 4, 8), ...obs('A', 2, 4, 1), ...obs('B', 2, 4, 1)],
    );
    const c = compareWaves(scores, 1, 2, thresholds)!;
    expect(c.from.score).toBeCloseTo((5 * 0 + 1 * 100) / 6, 9);
    expect(c.to.score).toBe(100);
    expect(c.from.evidence).toBe(16);
    expect(c.from.strength).toBe('strong');
    expect(c.to.evidence).toBe(2);
    expect(c.to.strength).toBe('thin');
    expect(c.thin).toContain('thinEvidence');
  });

  it('can be taken over one group of promises, such as a stage', () => {
    const scores = audit(
      [promise('A'), promise('B')],
      [...obs('A', 1, 1, 3), ...obs('A', 2, 3, 3), ...obs('B', 1, 4, 3), ...obs('B', 2, 0, 3)],
    );
    expect(compareWaves(scores, 1, 2, thresholds, ['B'])!.change).toBe(-100);
    expect(compareWaves(scores, 1, 2, thresholds)!.change).toBe(-25);
  });

  it('has no change when no promise is observed in both waves, and no comparison of a wave without evidence', () => {
    const scores = audit([promise('A'), promise('B')], [...obs('A', 1, 1), ...obs('B', 2, 3)]);
    const c = compareWaves(scores, 1, 2, thresholds)!;
    expect(c.base).toBe(0);
    expect(c.change).toBeNull();
    expect(compareWaves(scores, 1, 3, thresholds)).toBeNull();
  });
});

describe('the waves compared by default', () => {
  it('are the last two with adequate evidence of their own', () => {
    const promises = [promise('A'), promise('B')];
    const scores = audit(promises, [
      ...obs('A', 1, 2, 3),
      ...obs('B', 1, 2, 3),
      ...obs('A', 2, 3, 4),
      ...obs('B', 2, 3, 4),
      // Wave 3 has begun: one observation so far.
      ...obs('A', 3, 4, 1),
    ]);
    expect(defaultWavePair(scores, thresholds)).toEqual([1, 2]);
  });

  it('fall back to the last two when fewer than two are adequate, and are none with one wave', () => {
    const promises = [promise('A')];
    expect(
      defaultWavePair(audit(promises, [...obs('A', 1, 2), ...obs('A', 2, 3)]), thresholds),
    ).toEqual([1, 2]);
    expect(defaultWavePair(audit(promises, obs('A', 1, 2, 5)), thresholds)).toBeNull();
  });
});
