import type { Action } from '../domain';
import { dayNumber } from '../calendar';
import { isOpen } from './lifecycle';

/**
 * How many days an open action (proposed, committed or in progress) is past its due date;
 * 0 when it is not overdue, has no due date, or is done.
 */
export function daysOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): number {
  if (action.dueDate === null || !isOpen(action.status) || action.dueDate >= today) return 0;
  return dayNumber(today) - dayNumber(action.dueDate);
}
