import type { TFunction } from 'i18next';
import type { Audit } from '../../../../shared/domain';
import {
  scoreBand,
  shownScore,
  type EvidenceStrength,
  type PromiseScore,
  type WaveComparison,
} from '../../../../shared/scoring';
import { formatNumber } from '../../app/format';

/** A score, count or share as a whole number in the locale's writing. */
export function wholeText(value: number, locale: string): string {
  return formatNumber(shownScore(value), locale);
}

/**
 * The colour class of a 0–100 score: its band (shared/scoring/bands.ts), or "x" where there is
 * none. The palette (scores.css) runs from orange to blue, which readers with red–green colour
 * blindness tell apart, and every cell also carries its number, so colour is never the only sign.
 */
export function bandClass(value: number | null): string {
  return `heat-band-${value === null ? 'x' : scoreBand(value)}`;
}

/** A 0–100 score as a whole number, or null when there is none. */
export function scoreText(score: number | null, locale: string): string | null {
  return score === null ? null : wholeText(score, locale);
}

/** A share (0–100) as a whole percentage. */
export function percentText(value: number, locale: string): string {
  return `${wholeText(value, locale)}%`;
}

/** A 0–1 coverage as a whole percentage. */
export function coverageText(coverage: number, locale: string): string {
  return percentText(coverage * 100, locale);
}

/** A signed difference in points: "+12", "−4", "0". */
export function signedText(value: number, locale: string): string {
  const rounded = Math.round(value);
  if (rounded === 0) return wholeText(0, locale);
  const digits = wholeText(Math.abs(rounded), locale);
  return rounded > 0 ? `+${digits}` : `−${digits}`;
}

/** The change between two waves as the difference of the two scores shown, so it adds up as read. */
export function shownChangeText(comparison: WaveComparison, locale: string): string {
  return signedText(shownScore(comparison.to.score!) - shownScore(comparison.from.score!), locale);
}

/** The audit's own name for a rubric step, or the app's wording in the reader's language. */
export function rubricLabel(audit: Audit, step: number, t: TFunction): string {
  const own = audit.scoring.rubricLabels?.[step]?.trim();
  return own || t(`rubric.${step}` as 'rubric.0');
}

/** The rubric step a 0–100 score is nearest to, for words beside numbers. */
export function nearestStep(score: number): number {
  return Math.max(0, Math.min(4, Math.round(score / 25)));
}

/** The weakest evidence strength among observed promises: how far a group's score can be trusted. */
export function weakestStrength(scores: readonly PromiseScore[]): EvidenceStrength {
  const order: EvidenceStrength[] = ['thin', 'adequate', 'strong'];
  let weakest = 2;
  let any = false;
  for (const s of scores) {
    if (s.alignment === null) continue;
    any = true;
    const i = order.indexOf(s.strength);
    if (i >= 0 && i < weakest) weakest = i;
  }
  return any ? order[weakest]! : 'none';
}
