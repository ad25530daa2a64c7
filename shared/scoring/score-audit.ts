import { ScoreBook } from './score-book';
import type { AuditScores, ScoringInput } from './types';

/**
 * Scores an audit by the method of PRODUCT.md and the README: each promise's alignment is
 * the recency- and method-weighted mean of its scored evidence on 0–100; touchpoints,
 * stages, channels and the audit are importance-weighted means over the promises that have
 * evidence, with their coverage; the perception gap is belief − evidence; every wave is
 * also scored from its own evidence alone.
 */
export function scoreAudit(input: ScoringInput): AuditScores {
  return ScoreBook.of(input).scores();
}
