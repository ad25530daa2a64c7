// The incremental score book: after any sequence of edits it must give exactly the scores of
// scoring the final records from scratch, and an edit must rescore only what it touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORING_SETTINGS,
  OBSERVATION_METHODS,
  type ScoringSettings,
} from '../../shared/domain';
import {
  ScoreBook,
  scoreAudit,
  type AuditScores,
  type GroupScore,
  type ScoringInput,
  type ScoringObservation,
} from '../../shared/scoring';

type Prom = ScoringInput['promises'][number];
const ids = ['P1', 'P2', 'P3', 'P4'];
const touchpoints = [
  { id: 't1', stageId: 's1', channelId: 'c1' },
  { id: 't2', stageId: 's2', channelId: 'c1' },
];
const day = fc
  .integer({ min: 0, max: 900 })
  .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const fields = fc.record({
  promiseId: fc.constantFrom(...ids, 'gone'),
  method: fc.constantFrom(...OBSERVATION_METHODS),
  date: day,
  wave: fc.integer({ min: 1, max: 3 }),
  outcome: fc.constantFrom('scored' as const, 'scored' as const, 'not-applicable' as const),
  score: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  measured: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
}) as fc.Arbitrary<Omit<ScoringObservation, 'id'>>;
const promisesArb = fc.tuple(
  ...ids.map((id, i) =>
    fc.record({
      id: fc.constant(id),
      touchpointId: fc.constant(i % 2 ? 't2' : 't1'),
      importance: fc.integer({ min: 1, max: 5 }),
      belief: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      target: fc.option(
        fc.record({
          metric: fc.constant('wait'),
          unit: fc.constant('s'),
          direction: fc.constantFrom('at-most' as const, 'at-least' as const),
          threshold: fc.integer({ min: 1, max: 200 }),
        }),
        { nil: null },
      ),
    }),
  ),
) as fc.Arbitrary<Prom[]>;
const settingsArb = fc.record({
  halfLife: fc.integer({ min: 1, max: 720 }),
  surveyWeight: fc.constantFrom(0, 0.5, 1, 3),
});
const toSettings = (s: { halfLife: number; surveyWeight: number }): ScoringSettings => ({
  ...structuredClone(DEFAULT_SCORING_SETTINGS),
  recencyHalfLifeDays: s.halfLife,
  methodWeights: { ...DEFAULT_SCORING_SETTINGS.methodWeights, survey: s.surveyWeight },
});
const op = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('put' as const), n: fc.nat(30), fields }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), n: fc.nat(30) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('register' as const), promises: promisesArb }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('settings' as const), settings: settingsArb }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('score' as const) }), weight: 2 },
);

const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-7;
function sameGroup(a: GroupScore | undefined, b: GroupScore | undefined) {
  expect(a && b).toBeTruthy();
  for (const k of ['score', 'customerVoice', 'operational', 'belief', 'gap'] as const)
    expect(near(a![k], b![k]), `${k}: ${a![k]} vs ${b![k]}`).toBe(true);
  expect([a!.promises, a!.observed, a!.evidence]).toEqual([b!.promises, b!.observed, b!.evidence]);
}
function sameScores(x: AuditScores, y: AuditScores) {
  expect(x.asOf).toBe(y.asOf);
  expect(x.headline).toEqual(y.headline);
  sameGroup(x.audit, y.audit);
  for (const [id, p] of y.promises) {
    const q = x.promises.get(id)!;
    expect(near(q.alignment, p.alignment)).toBe(true);
    expect({ ...q, alignment: 0, gap: 0, severity: 0 }).toEqual({
      ...p,
      alignment: 0,
      gap: 0,
      severity: 0,
    });
  }
  for (const key of ['touchpoints', 'stages', 'channels', 'cells'] as const)
    for (const [id, g] of y[key]) sameGroup(x[key].get(id), g);
  expect(x.waves.map((w) => w.wave)).toEqual(y.waves.map((w) => w.wave));
  x.waves.forEach((w, i) => {
    sameGroup(w.audit, y.waves[i]!.audit);
    for (const [id, m] of y.waves[i]!.promises)
      expect(near(w.promises.get(id)!.alignment, m.alignment)).toBe(true);
  });
}

describe('ScoreBook', () => {
  it('gives the scores of the final records from scratch, whatever edits came before (fast-check, 200 runs)', () => {
    fc.assert(
      fc.property(promisesArb, settingsArb, fc.array(op, { maxLength: 40 }), (promises, s, ops) => {
        let settings = toSettings(s);
        let register = { touchpoints, promises };
        const book = new ScoreBook(settings, register);
        const held = new Map<string, ScoringObservation>();
        let next = 0;
        for (const o of ops) {
          if (o.kind === 'put') {
            // Half the time a new observation, otherwise a change to one already held.
            const known = [...held.keys()];
            const id =
              o.n % 2 === 0 || known.length === 0 ? `o${next++}` : known[o.n % known.length]!;
            const record = { id, ...o.fields };
            held.set(id, record);
            book.put([record]);
          } else if (o.kind === 'remove') {
            const known = [...held.keys()];
            if (known.length === 0) continue;
            const id = known[o.n % known.length]!;
            held.delete(id);
            book.remove([id]);
          } else if (o.kind === 'register') {
            register = { touchpoints, promises: o.promises };
            book.setRegister(register);
          } else if (o.kind === 'settings') {
            settings = toSettings(o.settings);
            book.setSettings(settings);
          } else book.scores();
        }
        const fresh = scoreAudit({
          audit: { scoring: settings },
          ...register,
          observations: [...held.values()],
        });
        sameScores(book.scores(), fresh);
      }),
      { numRuns: 200 },
    );
  });

  it('rescores only the promise an edit touched', () => {
    const promises = ids.map((id) => ({
      id,
      touchpointId: 't1',
      importance: 3,
      belief: 3,
      target: null,
    }));
    const book = new ScoreBook(DEFAULT_SCORING_SETTINGS, { touchpoints, promises });
    const base = {
      method: 'field-check',
      date: '2026-06-01',
      wave: 1,
      outcome: 'scored',
      measured: null,
    } as const;
    book.put(ids.map((promiseId, i) => ({ ...base, id: `o${i}`, promiseId, score: 4 })));
    const before = book.scores();
    book.put([{ ...base, id: 'o1', promiseId: 'P2', score: 0 }]);
    const after = book.scores();
    expect(after.promises.get('P2')!.alignment).toBe(0);
    expect(after.audit.score).toBe(75);
    // The other promises' evidence was not summed again: the very same objects.
    for (const id of ['P1', 'P3', 'P4'])
      expect(after.promises.get(id)!.customerVoice).toEqual(before.promises.get(id)!.customerVoice);
    expect(after.promises.get('P2')!.lastDate).toBe('2026-06-01');
  });

  it('scores measured evidence again when the promise target changes', () => {
    const target = { metric: 'wait', unit: 's', direction: 'at-most' as const, threshold: 120 };
    const promise = { id: 'P1', touchpointId: 't1', importance: 3, belief: null, target };
    const book = new ScoreBook(DEFAULT_SCORING_SETTINGS, { touchpoints, promises: [promise] });
    book.put([
      {
        id: 'o1',
        promiseId: 'P1',
        method: 'field-check',
        date: '2026-06-01',
        wave: 1,
        outcome: 'scored',
        score: null,
        measured: 100,
      },
    ]);
    expect(book.scores().promises.get('P1')!.alignment).toBe(75);
    book.setRegister({
      touchpoints,
      promises: [{ ...promise, target: { ...target, threshold: 60 } }],
    });
    expect(book.scores().promises.get('P1')!.alignment).toBe(0);
  });
});
