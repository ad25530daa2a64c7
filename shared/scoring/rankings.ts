import { KEPT_POINTS } from './evidence';
import type { AuditScores, PromiseScore } from './types';

/** The observed promises that break most: highest gap severity first. */
export function breakingPromises(scores: AuditScores, limit = 10): PromiseScore[] {
  return [...scores.promises.values()]
    .filter((s) => s.severity !== null && s.alignment! < KEPT_POINTS)
    .sort((a, b) => b.severity! - a.severity! || a.alignment! - b.alignment!)
    .slice(0, limit);
}

/** The strengths: promises kept or exceeded, best and most important first. */
export function strengthPromises(scores: AuditScores, limit = 10): PromiseScore[] {
  return [...scores.promises.values()]
    .filter((s) => s.alignment !== null && s.alignment >= KEPT_POINTS)
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
