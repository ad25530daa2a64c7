import { ACTION_STATUSES, type Action, type ActionStatus } from '../domain';
import { isOpen } from './lifecycle';
import { daysOverdue } from './overdue';
import type { Verdict } from './verification';

/** One owner's share of the plan. */
export interface OwnerSummary {
  /** The owner as first written; '' for actions nobody owns yet. */
  owner: string;
  total: number;
  byStatus: Record<ActionStatus, number>;
  /** Proposed, committed or in progress. */
  open: number;
  overdue: number;
  /** Done or verified actions whose newer evidence misses the target. */
  contradicted: number;
  /** The earliest due date among open actions. */
  nextDue: string | null;
}

/** Owners are the same person whatever the case and spacing they were typed in. */
export function ownerKey(owner: string): string {
  return owner.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * The plan by owner: counts by status, open, overdue and contradicted actions, and the next
 * due date; owners with the most overdue, then most open actions first, and the actions
 * nobody owns last.
 */
export function summarizeOwners(
  actions: readonly Pick<Action, 'id' | 'owner' | 'status' | 'dueDate'>[],
  today: string,
  verdicts: ReadonlyMap<string, Verdict> = new Map(),
): OwnerSummary[] {
  const byKey = new Map<string, OwnerSummary>();
  for (const a of actions) {
    const key = ownerKey(a.owner);
    let s = byKey.get(key);
    if (!s) {
      s = {
        owner: a.owner.trim().replace(/\s+/g, ' '),
        total: 0,
        byStatus: Object.fromEntries(ACTION_STATUSES.map((k) => [k, 0])) as Record<
          ActionStatus,
          number
        >,
        open: 0,
        overdue: 0,
        contradicted: 0,
        nextDue: null,
      };
      byKey.set(key, s);
    }
    s.total++;
    s.byStatus[a.status]++;
    if (isOpen(a.status)) {
      s.open++;
      if (a.dueDate !== null && (s.nextDue === null || a.dueDate < s.nextDue))
        s.nextDue = a.dueDate;
    }
    if (daysOverdue(a, today) > 0) s.overdue++;
    if (verdicts.get(a.id) === 'contradicted') s.contradicted++;
  }
  return [...byKey.values()].sort(
    (a, b) =>
      Number(a.owner === '') - Number(b.owner === '') ||
      b.overdue - a.overdue ||
      b.open - a.open ||
      a.owner.localeCompare(b.owner),
  );
}
