import type { RubricScore } from '../domain';

/** Survey answer scales a column can be read in. */
export const SURVEY_SCALES = ['nps', 'csat', 'rubric'] as const;
export type SurveyScale = (typeof SURVEY_SCALES)[number];

/** The answers each scale allows. */
export const SCALE_RANGE: Record<SurveyScale, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  rubric: { min: 0, max: 4 },
};

/**
 * How a survey answer becomes a rubric score (docs/scoring.md):
 *  - NPS 0–10: 0–3 broken (0), 4–6 poor (1) — together the detractors —, 7–8 partly kept (2)
 *    — the passives —, 9 kept (3), 10 exceeded (4);
 *  - CSAT 1–5: one step down, 1 → 0 … 5 → 4;
 *  - rubric 0–4: as given.
 * Anything else (a fraction, out of range) is refused: null.
 */
export function surveyToRubric(scale: SurveyScale, answer: number): RubricScore | null {
  const { min, max } = SCALE_RANGE[scale];
  if (!Number.isInteger(answer) || answer < min || answer > max) return null;
  switch (scale) {
    case 'nps':
      return answer <= 3 ? 0 : answer <= 6 ? 1 : answer <= 8 ? 2 : answer === 9 ? 3 : 4;
    case 'csat':
      return (answer - 1) as RubricScore;
    case 'rubric':
      return answer as RubricScore;
  }
}
