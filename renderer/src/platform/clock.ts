import { today as todayOf, type Clock } from '../../../shared/calendar';

/**
 * The renderer's clock: the one place it reads the time. Commands stamp records with it and
 * screens take "today" from it, the person's local calendar day (shared/calendar.ts). Tests set
 * the time through the browser (Playwright's clock) or through `vi.setSystemTime`.
 */
export const clock: Clock = () => new Date();

/** Now, as an ISO 8601 timestamp: what records carry as createdAt and updatedAt. */
export function nowIso(): string {
  return clock().toISOString();
}

/** Today, the person's local calendar day (YYYY-MM-DD). */
export function today(): string {
  return todayOf(clock);
}
