import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORING_SETTINGS,
  OBSERVATION_METHODS,
  type ObservationMethod,
  type ScoringSettings,
} from '../../shared/domain';
import {
  breakingPromises,
  informationGaps,
  leftOutReason,
  leftOutTotal,
  noneLeftOut,
  scoreAudit,
  strengthPromises,
  type ScoringInput,
} from '../../shared/scoring';

type Obs = ScoringInput['observations'][number];
type Prom = ScoringInput['promises'][number];

const settings = (over: Partial<ScoringSettings> = {}): ScoringSettings => ({
  ...structuredClone(DEFAULT_SCORING_SETTINGS),
  ...over,
});
const obs = (promiseId: string, over: Partial<Obs> = {}): Obs => ({
  promiseId,
  method: 'field-check',
  date: '2026-06-01',
  wave: 1,
  outcome: 'scored',
  score: 3,
  measured: null,
  ...over,
});
const promise = (id: string, over: Partial<Prom> = {}): Prom => ({
  id,
  touchpointId: 't1',
  importance: 3,
  belief: null,
  target: null,
  ...over,
});
const input = (
  promises: Prom[],
  observations: Obs[],
  s: ScoringSettings = settings(),
): ScoringInput => ({
  audit: { scoring: s },
  touchpoints: [
    { id: 't1', stageId: 's1', channelId: 'c1' },
    { id: 't2', stageId: 's2', channelId: 'c1' },
  ],
  promises,
  observations,
});

/** The README's worked example (section "Scoring"): its figures are checked here. */
function readmeExample(): ScoringInput {
  return input(
    [
      promise('A', { importance: 5, belief: 3 }),
      promise('B', { importance: 2, belief: 4 }),
      promise('C', { importance: 3, belief: 3 }),
    ],
    [
      obs('A', { method: 'field-check', date: '2026-03-05', score: 4 }),
      obs('A', { method: 'mystery-shop', date: '2026-09-01', score: 2 }),
      obs('A', { method: 'survey', date: '2026-09-01', score: 1 }),
      obs('B', { method: 'review', date: '2026-09-01', score: 3 }),
    ],
  );
}

describe('the README worked example', () => {
  const scores = scoreAudit(readmeExample());
  const a = scores.promises.get('A')!;
  const b = scores.promises.get('B')!;
  const c = scores.promises.get('C')!;
  const tp = scores.touchpoints.get('t1')!;

  it('scores promise A: the March check weighs half, alignment 50, gap +25, severity 250', () => {
    expect(a.alignment).toBeCloseTo(50, 9);
    expect(a.count).toBe(3);
    expect(a.strength).toBe('adequate');
    expect(a.customerVoice.alignment).toBeCloseTo(25, 9);
    expect(a.operational.alignment).toBeCloseTo(200 / 3, 9);
    expect(a.belief).toBe(75);
    expect(a.gap).toBeCloseTo(25, 9);
    expect(a.severity).toBeCloseTo(250, 9);
  });

  it('scores promise B from one review: 75, thin evidence', () => {
    expect(b.alignment).toBe(75);
    expect(b.strength).toBe('thin');
    expect(b.severity).toBe(50);
  });

  it('leaves promise C "not yet observed", never 0', () => {
    expect(c.alignment).toBeNull();
    expect(c.strength).toBe('none');
    expect(c.severity).toBeNull();
    expect(c.gap).toBeNull();
  });

  it('combines the touchpoint by importance over observed promises, with coverage 2 of 3', () => {
    expect(tp.score).toBeCloseTo(400 / 7, 9); // (5 × 50 + 2 × 75) ÷ 7 ≈ 57
    expect(tp.observed).toBe(2);
    expect(tp.promises).toBe(3);
    expect(tp.coverage).toBeCloseTo(2 / 3, 9);
    expect(tp.belief).toBeCloseTo(575 / 7, 9); // (5 × 75 + 2 × 100) ÷ 7 ≈ 82
    expect(tp.gap).toBeCloseTo(25, 9);
  });

  it('gives the headline: believed kept 100%, evidence shows 50%', () => {
    expect(scores.headline).toEqual({ base: 2, believedKept: 100, evidenceKept: 50 });
    expect(scores.asOf).toBe('2026-09-01');
  });

  it('is the example the README tells, with the same figures', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const told = readme.slice(readme.indexOf('**A worked example**'));
    const round = (n: number) => String(Math.round(n));
    expect(told).toContain(`A = (½ × 100 + 50 + 25) ÷ 2½ = **${round(a.alignment!)}**`);
    expect(told).toContain(`**gap is +${round(a.gap!)}**`);
    expect(told).toContain(`5 × (100 − 50) = ${round(a.severity!)}`);
    expect(told).toContain(`is ${round(a.customerVoice.alignment!)}, its operational`);
    expect(told).toContain(`is ${a.operational.alignment!.toFixed(1)}.`);
    expect(told).toContain(
      `**${round(b.alignment!)}**, thin evidence, severity ${round(b.severity!)}`,
    );
    expect(told).toContain(`÷ 7 = **${round(tp.score!)}**`);
    expect(told).toContain(`**coverage 2 of 3 (${round(tp.coverage * 100)} %)**`);
    expect(told).toContain(`÷ 7 = ${round(tp.belief!)}, a gap of **+${round(tp.gap!)}**`);
    expect(told).toContain(
      `believes **${scores.headline.believedKept} %** of promises are kept; the evidence shows **${scores.headline.evidenceKept} %**`,
    );
  });

  it('ranks A as the promise that breaks most and B as the strength', () => {
    expect(breakingPromises(scores).map((s) => s.promiseId)).toEqual(['A']);
    expect(strengthPromises(scores).map((s) => s.promiseId)).toEqual(['B']);
    expect(informationGaps(scores).map((s) => s.promiseId)).toEqual(['C', 'B']);
  });
});

describe('scoring rules', () => {
  it('leaves "not applicable" and "could not check" out of the score, each counted by its reason', () => {
    const s = scoreAudit(
      input(
        [promise('A')],
        [
          obs('A', { score: 4 }),
          obs('A', { outcome: 'not-applicable', score: null }),
          obs('A', { outcome: 'could-not-check', score: 0 }),
        ],
      ),
    ).promises.get('A')!;
    expect(s.alignment).toBe(100);
    expect(s.count).toBe(1);
    expect(s.leftOut).toEqual({ notApplicable: 1, couldNotCheck: 1, zeroWeight: 0, unscorable: 0 });
  });

  it('scores a measured value against the promise target (both directions)', () => {
    const target = { metric: 'Wait', unit: 's', direction: 'at-most' as const, threshold: 120 };
    const s = scoreAudit(
      input(
        [
          promise('A', { target }),
          promise('B', { target: { ...target, direction: 'at-least', threshold: 90 } }),
        ],
        [obs('A', { score: null, measured: 90 }), obs('B', { score: null, measured: 85 })],
      ),
    );
    expect(s.promises.get('A')!.alignment).toBe(100); // 25 % under the limit: exceeded
    expect(s.promises.get('B')!.alignment).toBe(50); // 5.6 % short: partly kept
  });

  it('drops a method weighted 0, and weighs evidence by method', () => {
    const base = [
      obs('A', { method: 'survey', score: 0 }),
      obs('A', { method: 'field-check', score: 4 }),
    ];
    const off = settings({
      methodWeights: { ...DEFAULT_SCORING_SETTINGS.methodWeights, survey: 0 },
    });
    expect(scoreAudit(input([promise('A')], base, off)).promises.get('A')!.alignment).toBe(100);
    const triple = settings({
      methodWeights: { ...DEFAULT_SCORING_SETTINGS.methodWeights, 'field-check': 3 },
    });
    expect(scoreAudit(input([promise('A')], base, triple)).promises.get('A')!.alignment).toBe(75);
  });

  it('counts an observation by a method weighted 0 as left out for its weight, not as not applicable', () => {
    const off = settings({
      methodWeights: { ...DEFAULT_SCORING_SETTINGS.methodWeights, survey: 0 },
    });
    const r = scoreAudit(
      input(
        [promise('A')],
        [
          obs('A', { method: 'survey', score: 0 }),
          obs('A', { method: 'survey', outcome: 'not-applicable', score: null }),
          obs('A', { method: 'field-check', score: 4 }),
          obs('A', { method: 'field-check', score: null, measured: 5 }),
        ],
        off,
      ),
    );
    const a = r.promises.get('A')!;
    expect(a.count).toBe(1);
    expect(a.leftOut).toEqual({ notApplicable: 1, couldNotCheck: 0, zeroWeight: 1, unscorable: 1 });
    expect(r.leftOut).toEqual(a.leftOut);
    expect(r.audit.evidence).toBe(1);
  });

  it('scores every wave from its own evidence', () => {
    const s = scoreAudit(
      input(
        [promise('A'), promise('B', { touchpointId: 't2' })],
        [
          obs('A', { wave: 1, score: 1 }),
          obs('A', { wave: 2, score: 3 }),
          obs('B', { wave: 2, score: 4 }),
        ],
      ),
    );
    expect(s.waves.map((w) => w.wave)).toEqual([1, 2]);
    expect(s.waves[0]!.promises.get('A')!.alignment).toBe(25);
    expect(s.waves[0]!.audit.observed).toBe(1);
    expect(s.waves[1]!.promises.get('A')!.alignment).toBe(75);
    expect(s.waves[1]!.stages.get('s2')!.score).toBe(100);
  });

  it('uses the audit-set strength thresholds', () => {
    const s = settings({ strengthThresholds: { thin: 1, adequate: 2, strong: 2 } });
    const r = scoreAudit(input([promise('A')], [obs('A'), obs('A')], s)).promises.get('A')!;
    expect(r.strength).toBe('strong');
  });
});

// Generators for the properties.
const method = fc.constantFrom<ObservationMethod>(...OBSERVATION_METHODS);
const day = fc
  .integer({ min: 0, max: 900 })
  .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const observation = (ids: string[]) =>
  fc.record({
    promiseId: fc.constantFrom(...ids),
    method,
    date: day,
    wave: fc.integer({ min: 1, max: 4 }),
    outcome: fc.constantFrom('scored', 'scored', 'scored', 'not-applicable', 'could-not-check'),
    score: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    measured: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null }),
  }) as fc.Arbitrary<Obs>;
const ids = ['P1', 'P2', 'P3', 'P4', 'P5'];
const promisesArb = fc.tuple(
  ...ids.map((id, i) =>
    fc.record({
      id: fc.constant(id),
      touchpointId: fc.constant(i % 2 ? 't2' : 't1'),
      importance: fc.integer({ min: 1, max: 5 }),
      belief: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      target: fc.option(
        fc.record({
          metric: fc.constant('m'),
          unit: fc.constant('s'),
          direction: fc.constantFrom('at-most' as const, 'at-least' as const),
          threshold: fc.double({ min: -500, max: 500, noNaN: true }),
        }),
        { nil: null },
      ),
    }),
  ),
);
const settingsArb = fc.record({
  strengthThresholds: fc.constant(DEFAULT_SCORING_SETTINGS.strengthThresholds),
  recencyHalfLifeDays: fc.integer({ min: 1, max: 3650 }),
  methodWeights: fc.record(
    Object.fromEntries(
      OBSERVATION_METHODS.map((m) => [
        m,
        fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true })),
      ]),
    ) as Record<ObservationMethod, fc.Arbitrary<number>>,
  ),
});
const audit = fc.record({
  promises: promisesArb,
  observations: fc.array(observation(ids), { maxLength: 60 }),
  settings: settingsArb,
});
const RUNS = 300;
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-7;

describe(`scoring properties (fast-check, ${RUNS} audits each)`, () => {
  it('counts every observation once: either toward the scores or left out for the reason counting.ts gives', () => {
    fc.assert(
      fc.property(audit, ({ promises, observations, settings: s }) => {
        const r = scoreAudit(input([...promises], observations, s));
        const expected = noneLeftOut();
        let counted = 0;
        for (const o of observations) {
          const p = promises.find((x) => x.id === o.promiseId)!;
          const reason = leftOutReason(o, s, p.target);
          if (reason) expected[reason]++;
          else counted++;
        }
        expect(r.leftOut).toEqual(expected);
        expect(r.audit.evidence).toBe(counted);
        expect(counted + leftOutTotal(r.leftOut)).toBe(observations.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(audit, ({ promises, observations, settings: s }) => {
        const r = scoreAudit(input([...promises], observations, s));
        const all = [
          ...[...r.promises.values()].flatMap((p) => [
            p.alignment,
            p.customerVoice.alignment,
            p.operational.alignment,
          ]),
          ...[...r.touchpoints.values(), ...r.stages.values(), r.audit].flatMap((g) => [
            g.score,
            g.customerVoice,
            g.operational,
            g.belief,
          ]),
          ...r.waves.flatMap((w) => [w.audit.score]),
        ];
        for (const v of all) if (v !== null) expect(v).toBeGreaterThanOrEqual(-1e-9);
        for (const v of all) if (v !== null) expect(v).toBeLessThanOrEqual(100 + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers a promise when an observation at or above its score is added', () => {
    fc.assert(
      fc.property(
        audit,
        observation(ids),
        fc.integer({ min: 0, max: 4 }),
        ({ promises, observations, settings: s }, extra, bump) => {
          const before = scoreAudit(input([...promises], observations, s)).promises.get(
            extra.promiseId,
          )!;
          // Exceeded (4) always qualifies; otherwise the smallest rubric step at or above it.
          const floor = before.alignment === null ? 0 : Math.ceil(before.alignment / 25 - 1e-9);
          const score = Math.max(floor, Math.min(4, bump === 4 ? 4 : floor));
          const added = { ...extra, outcome: 'scored' as const, score, measured: null };
          const after = scoreAudit(input([...promises], [...observations, added], s)).promises.get(
            extra.promiseId,
          )!;
          if (before.alignment !== null && after.alignment !== null)
            expect(after.alignment).toBeGreaterThanOrEqual(before.alignment - 1e-7);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('does not depend on the order of observations', () => {
    fc.assert(
      fc.property(
        audit.chain((a) =>
          fc.tuple(
            fc.constant(a),
            fc.shuffledSubarray(a.observations, {
              minLength: a.observations.length,
              maxLength: a.observations.length,
            }),
          ),
        ),
        ([{ promises, observations, settings: s }, shuffled]) => {
          const x = scoreAudit(input([...promises], observations, s));
          const y = scoreAudit(input([...promises], shuffled, s));
          for (const [id, p] of x.promises) {
            expect(close(p.alignment, y.promises.get(id)!.alignment)).toBe(true);
            expect(p.count).toBe(y.promises.get(id)!.count);
          }
          expect(close(x.audit.score, y.audit.score)).toBe(true);
          expect(close(x.audit.gap, y.audit.gap)).toBe(true);
          expect(x.headline).toEqual(y.headline);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('leaves promises without evidence out of aggregates and counts them in coverage', () => {
    fc.assert(
      fc.property(audit, ({ promises, observations, settings: s }) => {
        const r = scoreAudit(input([...promises], observations, s));
        const scored = [...r.promises.values()];
        const observed = scored.filter((p) => p.alignment !== null);
        expect(r.audit.promises).toBe(promises.length);
        expect(r.audit.observed).toBe(observed.length);
        expect(r.audit.coverage).toBeCloseTo(observed.length / promises.length, 9);
        // The audit score is exactly the importance-weighted mean over observed promises.
        const w = observed.reduce((t, p) => t + p.importance, 0);
        const mean = w ? observed.reduce((t, p) => t + p.importance * p.alignment!, 0) / w : null;
        expect(close(r.audit.score, mean)).toBe(true);
        // Adding an unobserved promise changes coverage, not the score.
        const more = scoreAudit(
          input([...promises, promise('P9', { importance: 5, belief: 0 })], observations, s),
        );
        expect(close(more.audit.score, r.audit.score)).toBe(true);
        expect(close(more.audit.gap, r.audit.gap)).toBe(true);
        expect(more.audit.promises).toBe(r.audit.promises + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('weighs as documented: scaling all method weights changes nothing; a newer observation weighs more', () => {
    fc.assert(
      fc.property(
        audit,
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        ({ promises, observations, settings: s }, k) => {
          const scaled = {
            ...s,
            methodWeights: Object.fromEntries(
              Object.entries(s.methodWeights).map(([m, w]) => [m, Math.min(10, w * k)]),
            ) as ScoringSettings['methodWeights'],
          };
          const fits = Object.values(s.methodWeights).every((w) => w * k <= 10);
          if (!fits) return;
          const x = scoreAudit(input([...promises], observations, s));
          const y = scoreAudit(input([...promises], observations, scaled));
          for (const [id, p] of x.promises)
            expect(close(p.alignment, y.promises.get(id)!.alignment)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3650 }),
        fc.integer({ min: 1, max: 400 }),
        (halfLife, apart) => {
          const old = '2025-01-01';
          const recent = new Date(Date.UTC(2025, 0, 1) + apart * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const r = scoreAudit(
            input(
              [promise('A')],
              [obs('A', { date: old, score: 0 }), obs('A', { date: recent, score: 4 })],
              settings({ recencyHalfLifeDays: halfLife }),
            ),
          ).promises.get('A')!;
          // Closer to the newer 100 than to the older 0; exactly as the half-life says.
          const w = Math.pow(0.5, apart / halfLife);
          expect(r.alignment!).toBeGreaterThan(50);
          expect(r.alignment!).toBeCloseTo(100 / (1 + w), 9);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('scores that sum in another order', () => {
  it('land on the same side of "kept" whatever the order of the evidence', () => {
    const scores = [4, 3, 3, 2, 3];
    const days = ['2026-01-10', '2026-02-03', '2026-03-17', '2026-04-01', '2026-05-09'];
    const make = (order: number[]) =>
      order.map((i) => obs('A', { score: scores[i]!, date: days[i]!, method: 'survey' }));
    const forward = scoreAudit(input([promise('A')], make([0, 1, 2, 3, 4]))).promises.get('A')!;
    const backward = scoreAudit(input([promise('A')], make([4, 3, 2, 1, 0]))).promises.get('A')!;
    expect(forward.alignment).toBe(backward.alignment);
  });
});
