import { describe, expect, it } from 'vitest';
import { verifyAction, verifyActions } from '../../shared/plan/verification';
import { summarizeOwners } from '../../shared/plan/owners';
import { scoreAudit } from '../../shared/scoring';
import { action, COMMITTED, input, obs, P1, P2, P3, promise, T1, T2 } from './plan-fixtures';

const done = (over = {}) => action({ ...COMMITTED, status: 'done', doneAt: '2026-08-05', ...over });
/** Three observations alike: the audit's default "adequate" evidence. */
const three = (...args: Parameters<typeof obs>) => [obs(...args), obs(...args), obs(...args)];

describe('verification against evidence', () => {
  const before = [
    obs(P1, { date: '2026-03-10', score: 0 }),
    obs(P1, { date: '2026-08-04', score: 4 }),
  ];

  it('awaits evidence while nothing has been recorded since the action was done', () => {
    // A 4 the day before it was done says nothing about the fix.
    const v = verifyAction(done(), input([promise(P1)], before));
    expect(v).toMatchObject({ verdict: 'awaiting', score: null, count: 0, since: '2026-08-05' });
  });

  it('is verified only by later evidence that meets the target, of adequate strength', () => {
    const later = [...before, ...three(P1, { date: '2026-09-01', score: 3 })];
    const v = verifyAction(done(), input([promise(P1)], later));
    expect(v).toMatchObject({ verdict: 'verified', score: 75, target: 75, count: 3, needed: 0 });
    expect(v.strength).toBe('adequate');
  });

  it('is never verified on one observation, however good: it says how many more it needs', () => {
    const one = [...before, obs(P1, { date: '2026-09-01', score: 4 })];
    expect(verifyAction(done(), input([promise(P1)], one))).toMatchObject({
      verdict: 'thin',
      score: 100,
      count: 1,
      strength: 'thin',
      needed: 2,
    });
    // The case seen: one new observation while the promise scores 31 against a target of 75.
    const low = [obs(P1, { date: '2026-09-01', score: 1 })];
    expect(verifyAction(done(), input([promise(P1)], low))).toMatchObject({
      verdict: 'thin',
      score: 25,
      target: 75,
      needed: 2,
    });
  });

  it('needs as many observations as the audit calls adequate', () => {
    const data = input([promise(P1)], three(P1, { date: '2026-09-01', score: 4 }));
    data.audit.scoring.strengthThresholds = { thin: 1, adequate: 5, strong: 8 };
    expect(verifyAction(done(), data)).toMatchObject({ verdict: 'thin', needed: 2 });
  });

  it('counts evidence from the done day itself', () => {
    const sameDay = [...before, ...three(P1, { date: '2026-08-05', score: 4 })];
    expect(verifyAction(done(), input([promise(P1)], sameDay)).verdict).toBe('verified');
  });

  it('is contradicted by later evidence below the target, however good the earlier evidence', () => {
    const later = [
      obs(P1, { date: '2026-07-01', score: 4 }),
      ...three(P1, { date: '2026-09-01', score: 2 }),
    ];
    const v = verifyAction(done(), input([promise(P1)], later));
    expect(v).toMatchObject({ verdict: 'contradicted', score: 50, target: 75 });
  });

  it('scores the later evidence with the scoring module: recency and method weights apply', () => {
    const later = [
      obs(P1, { date: '2026-08-10', score: 1, method: 'review' }),
      obs(P1, { date: '2026-09-30', score: 4, method: 'mystery-shop' }),
    ];
    const data = input([promise(P1)], later);
    const expected = scoreAudit(data).promises.get(P1)!.alignment;
    expect(verifyAction(done(), data).score).toBe(expected);
  });

  it('reads a measured value against the promise target, as scoring does', () => {
    const target = { metric: 'wait', unit: 's', direction: 'at-most' as const, threshold: 120 };
    const data = input(
      [promise(P1, { target })],
      three(P1, { date: '2026-09-01', score: null, measured: 90 }),
    );
    expect(verifyAction(done(), data)).toMatchObject({ verdict: 'verified', score: 100 });
  });

  it('uses the action target score, and "kept" (75) when it names none', () => {
    const later = three(P1, { date: '2026-09-01', score: 3 });
    const data = input([promise(P1)], later);
    expect(
      verifyAction(
        done({ futureState: { description: '', targetScore: 80, targetDate: null } }),
        data,
      ).verdict,
    ).toBe('contradicted');
    const noTarget = done({
      futureState: { description: '', targetScore: null, targetDate: null },
    });
    expect(verifyAction(noTarget, data)).toMatchObject({ verdict: 'verified', target: 75 });
  });

  it('ignores evidence that is not applicable or could not be checked', () => {
    const later = [obs(P1, { date: '2026-09-01', outcome: 'not-applicable', score: null })];
    expect(verifyAction(done(), input([promise(P1)], later)).verdict).toBe('awaiting');
  });

  it('judges a touchpoint action on the touchpoint score of its promises since the done day', () => {
    const tpAction = done({ promiseId: null, touchpointId: T1 });
    const data = input(
      [
        promise(P1, { importance: 5 }),
        promise(P2, { importance: 1 }),
        promise(P3, { touchpointId: T2 }),
      ],
      [
        ...three(P1, { date: '2026-09-01', score: 4 }),
        ...three(P2, { date: '2026-09-01', score: 0 }),
        // Another touchpoint's evidence does not count.
        obs(P3, { date: '2026-09-01', score: 0 }),
      ],
    );
    const v = verifyAction(tpAction, data);
    expect(v.count).toBe(6);
    expect(v.score).toBeCloseTo((5 * 100 + 1 * 0) / 6, 6);
    expect(v.verdict).toBe('verified');
  });

  it('has no verdict for an action that is not done', () => {
    const going = action({ ...COMMITTED, status: 'in-progress' });
    expect(
      verifyAction(going, input([promise(P1)], [obs(P1, { date: '2027-01-01' })])).verdict,
    ).toBe('not-done');
  });

  it('shows a verified action contradicted when newer evidence falls below its target', () => {
    const verified = done({ status: 'verified' });
    const data = input(
      [promise(P1)],
      [
        ...three(P1, { date: '2026-09-01', score: 3 }),
        ...three(P1, { date: '2026-10-20', score: 0 }),
      ],
    );
    expect(verifyAction(verified, data).verdict).toBe('contradicted');
  });

  it('judges many actions at once, each on its own promise', () => {
    const a = done({ promiseId: P1 });
    const b = done({ promiseId: P2 });
    const data = input(
      [promise(P1), promise(P2)],
      [
        ...three(P1, { date: '2026-09-01', score: 4 }),
        ...three(P2, { date: '2026-09-01', score: 1 }),
      ],
    );
    const all = verifyActions([a, b], data);
    expect(all.get(a.id)!.verdict).toBe('verified');
    expect(all.get(b.id)!.verdict).toBe('contradicted');
    const owners = summarizeOwners(
      [a, b],
      '2026-11-23',
      new Map([...all].map(([k, v]) => [k, v.verdict])),
    );
    expect(owners[0]).toMatchObject({ owner: 'Gareth', total: 2, contradicted: 1, open: 0 });
  });
});
