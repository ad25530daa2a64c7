import { describe, expect, it } from 'vitest';
import { ActionSchema } from '../../shared/domain';
import { impactOf } from '../../shared/plan/impact';
import { planMerge } from '../../shared/plan/merge';
import { daysOverdue } from '../../shared/plan/overdue';
import { ownerKey, summarizeOwners } from '../../shared/plan/owners';
import { scoreAudit } from '../../shared/scoring';
import { action, COMMITTED, input, obs, P1, P2, P3, promise, T1, T2 } from './plan-fixtures';

const today = '2026-11-23';

describe('overdue actions', () => {
  it('counts the days an open action is past its due date', () => {
    expect(
      daysOverdue(action({ ...COMMITTED, status: 'committed', dueDate: '2026-11-20' }), today),
    ).toBe(3);
    expect(daysOverdue(action({ status: 'proposed', dueDate: '2026-10-24' }), today)).toBe(30);
  });
  it('is not overdue on its due day, without a due date, or once done', () => {
    expect(daysOverdue(action({ dueDate: today }), today)).toBe(0);
    expect(daysOverdue(action({ dueDate: null }), today)).toBe(0);
    expect(
      daysOverdue(action({ ...COMMITTED, status: 'done', dueDate: '2026-01-01' }), today),
    ).toBe(0);
    expect(
      daysOverdue(action({ ...COMMITTED, status: 'verified', dueDate: '2026-01-01' }), today),
    ).toBe(0);
  });
});

describe('impact', () => {
  const promises = [
    promise(P1, { importance: 5 }),
    promise(P2, { importance: 2 }),
    promise(P3, { touchpointId: T2 }),
  ];
  const scores = scoreAudit(
    input(promises, [obs(P1, { score: 1 }), obs(P2, { score: 2 }), obs(P3, { score: 3 })]),
  );
  it('is the severity closed: importance × (target − current)', () => {
    expect(impactOf(action({ promiseId: P1 }), scores, promises)).toEqual({
      level: 'high',
      points: 250,
    });
    const small = action({
      promiseId: P2,
      currentState: { description: '', score: 50 },
      futureState: { description: '', targetScore: 90, targetDate: null },
    });
    expect(impactOf(small, scores, promises)).toEqual({ level: 'medium', points: 80 });
  });
  it('reads the current score from the evidence when the action states none', () => {
    const a = action({ promiseId: P2, currentState: { description: '', score: null } });
    expect(impactOf(a, scores, promises)).toEqual({ level: 'low', points: 50 });
  });
  it('weighs a touchpoint action by its most important promise', () => {
    const a = action({
      promiseId: null,
      touchpointId: T1,
      currentState: { description: '', score: 60 },
    });
    expect(impactOf(a, scores, promises)).toEqual({ level: 'medium', points: 5 * 15 });
  });
  it('is unknown when nothing is measured, and never negative', () => {
    const unobserved = [...promises, promise('P9')];
    const none = action({ promiseId: 'P9', currentState: { description: '', score: null } });
    expect(impactOf(none, scores, unobserved).level).toBe('unknown');
    const above = action({ currentState: { description: '', score: 90 } });
    expect(impactOf(above, scores, promises)).toEqual({ level: 'low', points: 0 });
  });
});

describe('the per-owner summary', () => {
  it('groups owners whatever their case and spacing, most overdue first, nobody last', () => {
    const actions = [
      action({ ...COMMITTED, owner: 'Nadia  Hussain', status: 'committed', dueDate: '2026-12-01' }),
      action({
        ...COMMITTED,
        owner: 'nadia hussain',
        status: 'in-progress',
        dueDate: '2026-11-30',
      }),
      action({ ...COMMITTED, owner: 'Gareth', status: 'committed', dueDate: '2026-11-01' }),
      action({ ...COMMITTED, owner: 'Gareth', status: 'done', doneAt: '2026-11-02' }),
      action({ owner: '' }),
    ];
    const owners = summarizeOwners(actions, today);
    expect(owners.map((o) => o.owner)).toEqual(['Gareth', 'Nadia Hussain', '']);
    expect(owners[0]).toMatchObject({ total: 2, open: 1, overdue: 1, nextDue: '2026-11-01' });
    expect(owners[0]!.byStatus).toMatchObject({ committed: 1, done: 1 });
    expect(owners[1]).toMatchObject({ total: 2, open: 2, overdue: 0, nextDue: '2026-11-30' });
    expect(ownerKey(' Nadia  HUSSAIN ')).toBe('nadia hussain');
  });
});

describe('merging actions', () => {
  const promises = [
    { id: P1, touchpointId: T1 },
    { id: P2, touchpointId: T1 },
    { id: P3, touchpointId: T2 },
  ];
  it('folds actions on one touchpoint into one touchpoint action, keeping every distinct text', () => {
    const a = action({
      promiseId: P1,
      title: 'First',
      cause: 'Staffing',
      priority: 'medium',
      effort: 'small',
    });
    const b = action({
      promiseId: P2,
      title: 'Second',
      cause: 'Staffing',
      remedy: 'Rotas',
      priority: 'critical',
      effort: 'large',
      dueDate: '2026-12-01',
      currentState: { description: 'Bad', score: 10 },
      futureState: { description: 'Good', targetScore: 90, targetDate: '2027-01-01' },
    });
    const plan = planMerge([a, b], promises)!;
    expect(plan.keepId).toBe(a.id);
    expect(plan.removeIds).toEqual([b.id]);
    expect(plan.fields).toMatchObject({
      promiseId: null,
      touchpointId: T1,
      title: 'First',
      cause: 'Staffing',
      remedy: 'Rotas',
      priority: 'critical',
      effort: 'large',
      dueDate: '2026-12-01',
      status: 'proposed',
      currentState: { description: 'Bad', score: 10 },
      futureState: { description: 'Good', targetScore: 90, targetDate: '2027-01-01' },
    });
    expect(ActionSchema.safeParse({ ...a, ...plan.fields }).success).toBe(true);
  });
  it('keeps the promise when all are on it, and the first link when they span touchpoints', () => {
    const same = planMerge([action({ promiseId: P1 }), action({ promiseId: P1 })], promises)!;
    expect(same.fields).toMatchObject({ promiseId: P1, touchpointId: null });
    const apart = planMerge([action({ promiseId: P3 }), action({ promiseId: P1 })], promises)!;
    expect(apart.fields).toMatchObject({ promiseId: P3, touchpointId: null });
  });
  it('takes the least advanced status, at most done, and the last done day', () => {
    const plan = planMerge(
      [
        action({ ...COMMITTED, status: 'verified', doneAt: '2026-08-01' }),
        action({ ...COMMITTED, status: 'done', doneAt: '2026-09-01' }),
      ],
      promises,
    )!;
    expect(plan.fields).toMatchObject({ status: 'done', doneAt: '2026-09-01' });
    const mixed = planMerge(
      [
        action({ ...COMMITTED, status: 'done', doneAt: '2026-09-01' }),
        action({ ...COMMITTED, status: 'committed' }),
      ],
      promises,
    )!;
    expect(mixed.fields).toMatchObject({ status: 'committed', doneAt: null });
  });
  it('needs two actions', () => {
    expect(planMerge([action()], promises)).toBeNull();
  });
});
