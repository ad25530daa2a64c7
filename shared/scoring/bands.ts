import type { RubricScore } from '../domain';

/**
 * The band of a 0–100 score: the one rule every screen, the Word document and the command
 * line colour and name a score by. A score falls in the band of the rubric step it reaches,
 * decided on the number as shown (a whole number), so a mean of 74.6, shown as 75, is "kept"
 * everywhere: 0–24 broken, 25–49 poor, 50–74 partly kept, 75–89 kept, 90–100 exceeded.
 */
export type ScoreBand = RubricScore;

/** Each band by rubric step, as catalogue and style keys name them. */
export const SCORE_BANDS = ['broken', 'poor', 'partly', 'kept', 'exceeded'] as const;
export type ScoreBandName = (typeof SCORE_BANDS)[number];

/** The lowest shown score of each band, broken to exceeded. */
export const BAND_FLOORS = [0, 25, 50, 75, 90] as const;

/** A 0–100 score as it is shown: rounded to a whole number, halves up (−0 shown as 0). */
export function shownScore(value: number): number {
  return Math.round(value) + 0;
}

/** The band of a 0–100 score, on the number as shown. */
export function scoreBand(value: number): ScoreBand {
  const shown = shownScore(value);
  let band = 0;
  while (band < 4 && shown >= BAND_FLOORS[band + 1]!) band++;
  return band as ScoreBand;
}

/** Whether a score shows a promise kept or exceeded (band "kept" or above). */
export function isKept(value: number): boolean {
  return scoreBand(value) >= 3;
}
