import type { TFunction } from 'i18next';
import { LEFT_OUT_REASONS, type LeftOutCounts, type LeftOutReason } from '../scoring/counting';

// What is left out of the scores, in a reader's language: the same words on screen, in the
// document and on the command line (shared/scoring/counting.ts decides what is left out).

/** The reasons with a count, in the counting module's order: "not applicable: 3, could not check: 1". */
export function leftOutList(
  counts: LeftOutCounts,
  t: TFunction,
  format: (n: number) => string = String,
): string {
  return LEFT_OUT_REASONS.filter((reason) => counts[reason] > 0)
    .map((reason) =>
      t('leftOut.item', { reason: t(`leftOut.reason.${reason}`), n: format(counts[reason]) }),
    )
    .join(', ');
}

/** Why one observation does not count: "Does not count: method weighted 0". */
export function leftOutMark(reason: LeftOutReason, t: TFunction): string {
  return t('leftOut.mark', { reason: t(`leftOut.reason.${reason}`) });
}
