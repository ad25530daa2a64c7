import type { PromiseTarget, ScoringSettings } from '../domain';
import { evidenceScore } from '../fieldwork/measure';
import type { ScoringObservation } from './evidence-store';

/**
 * What counts as evidence, the one definition every count of observations uses (the Scores
 * screen, the document, the command line): an observation counts toward the scores when it was
 * scored, its method weighs more than 0, and it has a score (a rubric score, or a measured value
 * and a target to score it against). The rest is left out, each for one reason, named in this
 * order of precedence.
 */
export const LEFT_OUT_REASONS = [
  'notApplicable',
  'couldNotCheck',
  'zeroWeight',
  'unscorable',
] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** How many observations were left out, by reason. */
export type LeftOutCounts = Record<LeftOutReason, number>;

/** No observation left out. */
export function noneLeftOut(): LeftOutCounts {
  return { notApplicable: 0, couldNotCheck: 0, zeroWeight: 0, unscorable: 0 };
}

/** Why an observation does not count toward the scores, or null when it counts. */
export function leftOutReason(
  o: Pick<ScoringObservation, 'outcome' | 'method' | 'score' | 'measured'>,
  settings: Pick<ScoringSettings, 'methodWeights'>,
  target: PromiseTarget | null,
): LeftOutReason | null {
  if (o.outcome === 'not-applicable') return 'notApplicable';
  if (o.outcome === 'could-not-check') return 'couldNotCheck';
  if (!(settings.methodWeights[o.method] > 0)) return 'zeroWeight';
  if (evidenceScore(o, target) === null) return 'unscorable';
  return null;
}

/** How many were left out in all. */
export function leftOutTotal(counts: LeftOutCounts): number {
  let total = 0;
  for (const reason of LEFT_OUT_REASONS) total += counts[reason];
  return total;
}

/** Adds `more` into `into`. */
export function addLeftOut(into: LeftOutCounts, more: LeftOutCounts): LeftOutCounts {
  for (const reason of LEFT_OUT_REASONS) into[reason] += more[reason];
  return into;
}
