import type { RubricScore, ScoringSettings } from '../domain';
import type { EvidenceStrength } from './types';

/** A rubric score (0 broken … 4 exceeded) on the 0–100 scale. */
export function rubricToPoints(score: RubricScore | number): number {
  return score * 25;
}

/** The alignment at and above which a promise counts as kept (rubric 3, "kept"). */
export const KEPT_POINTS = 75;

/** The rubric score at and above which the team's belief says a promise is kept. */
export const KEPT_BELIEF = 3;

/**
 * How much an observation `ageDays` old weighs against a fresh one: a half after one
 * half-life, a quarter after two. Evidence dated after the reference day weighs as fresh.
 */
export function recencyWeight(ageDays: number, halfLifeDays: number): number {
  return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
}

/** The strength of a promise's evidence from how many observations count toward it. */
export function evidenceStrength(
  count: number,
  thresholds: ScoringSettings['strengthThresholds'],
): EvidenceStrength {
  if (count >= thresholds.strong) return 'strong';
  if (count >= thresholds.adequate) return 'adequate';
  if (count >= thresholds.thin) return 'thin';
  return 'none';
}
