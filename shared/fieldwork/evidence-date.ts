import type { Audit } from '../domain';

/**
 * Whether the date of new evidence needs a word before it is saved. Evidence dated after the
 * audit period, before it, or in the future moves the scores in a way nobody expects from a
 * typo: recency weighs evidence by how new it is, so a date later than the rest makes the
 * promise's other evidence count for less, and a date after the period makes it the audit's
 * latest. Evidence recorded to verify an action after the period is expected there, and is
 * only noted.
 */
export type EvidenceDateNotice =
  | { kind: 'future'; today: string }
  | { kind: 'afterPeriod'; periodEnd: string; expected: boolean }
  | { kind: 'beforePeriod'; periodStart: string };

/** What to say about evidence dated `date` in this audit, today being `today`; null when nothing. */
export function evidenceDateNotice(
  date: string,
  audit: Pick<Audit, 'periodStart' | 'periodEnd'>,
  today: string,
  { verification = false }: { verification?: boolean } = {},
): EvidenceDateNotice | null {
  if (date > today) return { kind: 'future', today };
  if (date > audit.periodEnd)
    return { kind: 'afterPeriod', periodEnd: audit.periodEnd, expected: verification };
  if (date < audit.periodStart) return { kind: 'beforePeriod', periodStart: audit.periodStart };
  return null;
}

/** Whether a notice asks before saving (the person confirms once), or only informs. */
export function asksFirst(notice: EvidenceDateNotice | null): boolean {
  return notice !== null && !(notice.kind === 'afterPeriod' && notice.expected);
}

/** How many of many pieces of evidence (a survey's answers) are dated so that they ask first. */
export function datesAskingFirst(
  dates: readonly string[],
  audit: Pick<Audit, 'periodStart' | 'periodEnd'>,
  today: string,
): number {
  return dates.filter((d) => asksFirst(evidenceDateNotice(d, audit, today))).length;
}
