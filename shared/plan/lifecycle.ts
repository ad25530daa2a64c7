import { ACTION_STATUSES, type Action, type ActionStatus } from '../domain';
import type { Verdict, Verification } from './verification';

/** What an action needs before it can be committed: "a reason is not an excuse". */
export const COMMIT_FIELDS = ['remedy', 'owner', 'dueDate'] as const;
export type CommitField = (typeof COMMIT_FIELDS)[number];

/** The fields the commit rule reads. */
export type Committable = Pick<Action, 'remedy' | 'owner' | 'dueDate'>;

/** The fields a status change reads and writes. */
export type Movable = Committable & Pick<Action, 'status' | 'doneAt'>;

/** Which of remedy, owner and due date an action still lacks to be committed (in that order). */
export function missingForCommit(action: Committable): CommitField[] {
  const missing: CommitField[] = [];
  if (!action.remedy.trim()) missing.push('remedy');
  if (!action.owner.trim()) missing.push('owner');
  if (action.dueDate === null) missing.push('dueDate');
  return missing;
}

/** Where a status stands in the lifecycle: proposed 0 … verified 4. */
export function statusRank(status: ActionStatus): number {
  return ACTION_STATUSES.indexOf(status);
}

/** Whether an action is still to be done: proposed, committed or in progress. */
export function isOpen(status: ActionStatus): boolean {
  return statusRank(status) < statusRank('done');
}

/** Why a status change is refused. */
export type TransitionProblem =
  /** The commit rule: the field is empty. */
  | { kind: 'missing'; field: CommitField }
  /** Verified is reached from done only: evidence must come after the action was done. */
  | { kind: 'not-done' }
  /**
   * Verified needs evidence after the done day, of adequate strength, at or above the target;
   * this is what there is, and how many more observations it needs.
   */
  | { kind: 'evidence'; verdict: Exclude<Verdict, 'verified'>; needed: number };

export type TransitionResult =
  | { ok: true; patch: { status: ActionStatus; doneAt: string | null } }
  | { ok: false; problems: TransitionProblem[] };

/** What a status change is judged against: today's date and, for verified, the evidence. */
export interface TransitionContext {
  /** Today as YYYY-MM-DD: the done day of an action marked done now. */
  today: string;
  /** What the evidence after the done day says (shared/plan/verification.ts). */
  evidence?: Pick<Verification, 'verdict' | 'needed'>;
}

/**
 * Moves an action through proposed → committed → in progress → done → verified. Any step
 * back is allowed (reopening forgets the done day); forward, every status past proposed
 * needs a remedy, an owner and a due date, done records the day, and verified is reached
 * only from done, on evidence after that day at or above the target.
 */
export function transition(
  action: Movable,
  to: ActionStatus,
  context: TransitionContext,
): TransitionResult {
  const problems: TransitionProblem[] = [];
  if (to !== 'proposed')
    for (const field of missingForCommit(action)) problems.push({ kind: 'missing', field });
  let doneAt: string | null = null;
  if (to === 'done') doneAt = wasDone(action) ? action.doneAt : context.today;
  if (to === 'verified') {
    if (!wasDone(action)) problems.push({ kind: 'not-done' });
    else {
      doneAt = action.doneAt;
      const verdict = context.evidence?.verdict ?? 'awaiting';
      // An action already verified may stay so while its evidence is re-read; a new
      // verification needs the evidence to say so now.
      if (verdict !== 'verified' && action.status !== 'verified')
        problems.push({ kind: 'evidence', verdict, needed: context.evidence?.needed ?? 0 });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, patch: { status: to, doneAt } };
}

/** Whether the action has been done and knows since when. */
function wasDone(action: Movable): action is Movable & { doneAt: string } {
  return (action.status === 'done' || action.status === 'verified') && action.doneAt !== null;
}

/** The statuses one step back and one step forward of this one (either may be absent). */
export function neighbours(status: ActionStatus): {
  back: ActionStatus | null;
  forward: ActionStatus | null;
} {
  const i = statusRank(status);
  return { back: ACTION_STATUSES[i - 1] ?? null, forward: ACTION_STATUSES[i + 1] ?? null };
}
