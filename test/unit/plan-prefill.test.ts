import { describe, expect, it } from 'vitest';
import { clipSubject, prefillAction } from '../../shared/plan/prefill';
import { scoreAudit } from '../../shared/scoring';
import { input, obs, P1, P2, P3, promise, T1, T2 } from './plan-fixtures';

describe('prefilling an action planned on a gap', () => {
  const promises = [
    promise(P1, { importance: 5 }),
    promise(P2, { importance: 2 }),
    promise(P3, { importance: 4, touchpointId: T2 }),
  ];
  const observations = [obs(P1, { score: 1 }), obs(P2, { score: 0 })];
  const scores = scoreAudit(input(promises, observations));
  const named = promises.map((p, i) => ({ ...p, statement: `Promise number ${i + 1}` }));
  const touchpoints = [
    { id: T1, name: 'Call centre' },
    { id: T2, name: 'Website' },
  ];

  it('starts a promise from its alignment and aims at kept, with the gap between them', () => {
    expect(
      prefillAction({ promiseId: P1, touchpointId: null }, scores, named, touchpoints),
    ).toEqual({
      link: { promiseId: P1, touchpointId: null },
      subject: 'Promise number 1',
      currentScore: 25,
      targetScore: 75,
      gap: 50,
      priority: 'critical', // 5 × (100 − 25) = 375
    });
  });

  it('starts a touchpoint from its score, at the priority of its worst promise', () => {
    const p = prefillAction({ promiseId: null, touchpointId: T1 }, scores, named, touchpoints)!;
    expect(p.subject).toBe('Call centre');
    expect(p.priority).toBe('critical');
    // (5 × 25 + 2 × 0) ÷ 7, to one decimal.
    expect(p.currentScore).toBe(17.9);
    expect(p.gap).toBe(57.1);
  });

  it('leaves score and gap empty where nothing is observed, at medium priority', () => {
    expect(
      prefillAction({ promiseId: P3, touchpointId: null }, scores, named, touchpoints),
    ).toMatchObject({ currentScore: null, gap: null, priority: 'medium', targetScore: 75 });
    expect(
      prefillAction({ promiseId: null, touchpointId: T2 }, scores, named, touchpoints),
    ).toMatchObject({ currentScore: null, gap: null, priority: 'medium' });
  });

  it('counts a promise already kept as no gap', () => {
    const kept = scoreAudit(input(promises, [obs(P1, { score: 4 })]));
    expect(
      prefillAction({ promiseId: P1, touchpointId: null }, kept, named, touchpoints),
    ).toMatchObject({ currentScore: 100, gap: 0, priority: 'low' });
  });

  it('is null for a promise or touchpoint not in the register', () => {
    expect(
      prefillAction({ promiseId: 'gone', touchpointId: null }, scores, named, touchpoints),
    ).toBe(null);
    expect(
      prefillAction({ promiseId: null, touchpointId: 'gone' }, scores, named, touchpoints),
    ).toBe(null);
  });

  it('cuts a long statement to a title with an ellipsis', () => {
    expect(clipSubject('  Calls   answered\nfast ')).toBe('Calls answered fast');
    const long = clipSubject('word '.repeat(100), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
