import { isKept } from './bands';
import type { AuditScores, GroupScore, PromiseScore } from './types';

/** The observed promises that break most: below "kept" as shown, highest gap severity first. */
export function breakingPromises(scores: AuditScores, limit = 10): PromiseScore[] {
  return [...scores.promises.values()]
    .filter((s) => s.severity !== null && !isKept(s.alignment!))
    .sort((a, b) => b.severity! - a.severity! || a.alignment! - b.alignment!)
    .slice(0, limit);
}

/** The strengths: promises kept or exceeded as shown, best and most important first. */
export function strengthPromises(scores: AuditScores, limit = 10): PromiseScore[] {
  return [...scores.promises.values()]
    .filter((s) => s.alignment !== null && isKept(s.alignment))
    .sort((a, b) => b.alignment! - a.alignment! || b.importance - a.importance || b.count - a.count)
    .slice(0, limit);
}

/** Promises whose evidence is thin or missing: the information gaps, most important first. */
export function informationGaps(scores: AuditScores): PromiseScore[] {
  return [...scores.promises.values()]
    .filter((s) => s.strength === 'none' || s.strength === 'thin')
    .sort((a, b) => b.importance - a.importance || a.count - b.count);
}

/** The promises with the widest perception gap (team thinks better of them than evidence). */
export function widestGaps(scores: AuditScores, limit = 10): PromiseScore[] {
  return [...scores.promises.values()]
    .filter((s) => s.gap !== null && s.gap > 0)
    .sort((a, b) => b.gap! * b.importance - a.gap! * a.importance)
    .slice(0, limit);
}

/**
 * Touchpoints from the weakest score to the strongest, those with promises but none observed
 * last (in register order, as the sort is stable); touchpoints without promises are left out.
 */
export function touchpointRanking<T extends { id: string }>(
  touchpoints: readonly T[],
  scores: Pick<AuditScores, 'touchpoints'>,
): { touchpoint: T; score: GroupScore }[] {
  return touchpoints
    .map((touchpoint) => ({ touchpoint, score: scores.touchpoints.get(touchpoint.id)! }))
    .filter((r) => r.score !== undefined && r.score.promises > 0)
    .sort((a, b) => {
      const x = a.score.score;
      const y = b.score.score;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return x - y;
    });
}
