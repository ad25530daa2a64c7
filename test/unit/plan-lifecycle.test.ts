import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, ActionSchema } from '../../shared/domain';
import {
  missingForCommit,
  neighbours,
  transition,
  type TransitionProblem,
} from '../../shared/plan/lifecycle';
import { action, COMMITTED } from './plan-fixtures';

const today = '2026-11-23';
const problems = (r: ReturnType<typeof transition>): TransitionProblem[] =>
  r.ok ? [] : r.problems;

describe('the commit rule: a reason is not an excuse', () => {
  it('names every missing field, in the order the form shows them', () => {
    expect(missingForCommit(action())).toEqual(['remedy', 'owner', 'dueDate']);
    expect(missingForCommit(action({ remedy: 'x', dueDate: '2026-12-01' }))).toEqual(['owner']);
    expect(missingForCommit(action({ ...COMMITTED }))).toEqual([]);
  });

  it('does not take blank text for a remedy or an owner', () => {
    expect(missingForCommit(action({ remedy: '  \n', owner: ' ', dueDate: '2026-12-01' }))).toEqual(
      ['remedy', 'owner'],
    );
  });

  it('refuses to commit without an owner, and says so', () => {
    const result = transition(action({ remedy: 'Fix it', dueDate: '2026-12-01' }), 'committed', {
      today,
    });
    expect(result).toEqual({ ok: false, problems: [{ kind: 'missing', field: 'owner' }] });
  });

  it('commits an action with a remedy, an owner and a due date', () => {
    expect(transition(action({ ...COMMITTED }), 'committed', { today })).toEqual({
      ok: true,
      patch: { status: 'committed', doneAt: null },
    });
  });

  it('holds for every status past proposed, as the stored schema does', () => {
    for (const status of ACTION_STATUSES.filter((s) => s !== 'proposed' && s !== 'verified')) {
      const bare = action();
      expect(transition(bare, status, { today }).ok).toBe(false);
      // The store refuses the same record: the rule and the schema agree.
      expect(ActionSchema.safeParse({ ...bare, status, doneAt: null }).success).toBe(false);
      expect(transition(action({ ...COMMITTED }), status, { today }).ok).toBe(true);
    }
  });
});

describe('the lifecycle', () => {
  it('runs proposed → committed → in progress → done → verified', () => {
    expect(neighbours('proposed')).toEqual({ back: null, forward: 'committed' });
    expect(neighbours('in-progress')).toEqual({ back: 'committed', forward: 'done' });
    expect(neighbours('verified')).toEqual({ back: 'done', forward: null });
  });

  it('records the day an action is done, and keeps it when a verified action goes back to done', () => {
    const going = action({ ...COMMITTED, status: 'in-progress' });
    expect(transition(going, 'done', { today })).toEqual({
      ok: true,
      patch: { status: 'done', doneAt: today },
    });
    const verified = action({ ...COMMITTED, status: 'verified', doneAt: '2026-08-05' });
    expect(transition(verified, 'done', { today })).toEqual({
      ok: true,
      patch: { status: 'done', doneAt: '2026-08-05' },
    });
  });

  it('forgets the done day when an action is reopened', () => {
    const done = action({ ...COMMITTED, status: 'done', doneAt: '2026-08-05' });
    expect(transition(done, 'in-progress', { today })).toEqual({
      ok: true,
      patch: { status: 'in-progress', doneAt: null },
    });
    expect(transition(done, 'proposed', { today })).toEqual({
      ok: true,
      patch: { status: 'proposed', doneAt: null },
    });
  });

  it('always lets an action go back to proposed, even without an owner', () => {
    expect(transition(action(), 'proposed', { today }).ok).toBe(true);
  });

  it('reaches verified only from done', () => {
    const going = action({ ...COMMITTED, status: 'in-progress' });
    expect(problems(transition(going, 'verified', { today, evidence: { verdict: 'verified', needed: 0 } }))).toEqual([
      { kind: 'not-done' },
    ]);
  });

  it('verifies a done action only when the evidence since says its target is met', () => {
    const done = action({ ...COMMITTED, status: 'done', doneAt: '2026-08-05' });
    expect(problems(transition(done, 'verified', { today, evidence: { verdict: 'awaiting', needed: 3 } }))).toEqual([
      { kind: 'evidence', verdict: 'awaiting', needed: 3 },
    ]);
    expect(problems(transition(done, 'verified', { today, evidence: { verdict: 'contradicted', needed: 0 } }))).toEqual([
      { kind: 'evidence', verdict: 'contradicted', needed: 0 },
    ]);
    expect(
      problems(transition(done, 'verified', { today, evidence: { verdict: 'thin', needed: 2 } })),
    ).toEqual([{ kind: 'evidence', verdict: 'thin', needed: 2 }]);
    expect(problems(transition(done, 'verified', { today }))).toEqual([
      { kind: 'evidence', verdict: 'awaiting', needed: 0 },
    ]);
    expect(transition(done, 'verified', { today, evidence: { verdict: 'verified', needed: 0 } })).toEqual({
      ok: true,
      patch: { status: 'verified', doneAt: '2026-08-05' },
    });
  });

  it('lets a verified action be saved again when newer evidence contradicts it; the app shows the contradiction', () => {
    const verified = action({ ...COMMITTED, status: 'verified', doneAt: '2026-08-05' });
    expect(transition(verified, 'verified', { today, evidence: { verdict: 'contradicted', needed: 0 } }).ok).toBe(true);
  });
});
