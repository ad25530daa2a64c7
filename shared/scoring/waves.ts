import type { ScoringSettings } from '../domain';
import { evidenceStrength } from './evidence';
import type { AuditScores, EvidenceStrength } from './types';

/**
 * The change between two waves (audit rounds), like with like: over the promises observed in
 * both, importance-weighted as every combined score is, so that a wave that observed fewer or
 * other promises does not pass for a change in how promises are kept. docs/scoring.md, "Waves".
 */

/** Fewer promises than this in the base of a comparison make it thin. */
export const MIN_WAVE_BASE = 5;

/** Why a comparison's base is thin. */
export type ThinBase =
  /** Fewer than MIN_WAVE_BASE promises are observed in both waves. */
  | 'fewPromises'
  /** Fewer than half of the promises observed in either wave are observed in both. */
  | 'partial'
  /** The typical promise's evidence in one of the waves is thin. */
  | 'thinEvidence';

/** One wave's side of a comparison. */
export interface WaveSide {
  wave: number;
  /** Importance-weighted mean alignment in this wave of the promises in the base; null if none. */
  score: number | null;
  /** Observations that count, in this wave, of the promises in the base. */
  evidence: number;
  /** The strength of the typical (median) base promise's evidence in this wave. */
  strength: EvidenceStrength;
  /** Promises observed in this wave at all (in the base or not). */
  observed: number;
}

/** Two waves compared over the promises observed in both. */
export interface WaveComparison {
  from: WaveSide;
  to: WaveSide;
  /** Promises observed in both waves: the base both sides are scored over. */
  base: number;
  /** to.score − from.score; null when no promise is observed in both. */
  change: number | null;
  /** Why the base is thin; empty when it is not. */
  thin: ThinBase[];
}

type Thresholds = ScoringSettings['strengthThresholds'];

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Compares two waves over the promises observed in both, among `promiseIds` (every promise of
 * the audit when not given: a stage's, say, to compare one stage). Null when a wave has no
 * scores in this audit.
 */
export function compareWaves(
  scores: Pick<AuditScores, 'waves' | 'promises'>,
  from: number,
  to: number,
  thresholds: Thresholds,
  promiseIds?: Iterable<string>,
): WaveComparison | null {
  const a = scores.waves.find((w) => w.wave === from);
  const b = scores.waves.find((w) => w.wave === to);
  if (!a || !b) return null;
  const ids = promiseIds ? [...promiseIds] : [...scores.promises.keys()];
  let base = 0;
  let observedA = 0;
  let observedB = 0;
  let weight = 0;
  let sumA = 0;
  let sumB = 0;
  let evidenceA = 0;
  let evidenceB = 0;
  const countsA: number[] = [];
  const countsB: number[] = [];
  for (const id of ids) {
    const inA = a.promises.get(id);
    const inB = b.promises.get(id);
    const seenA = inA !== undefined && inA.alignment !== null;
    const seenB = inB !== undefined && inB.alignment !== null;
    if (seenA) observedA++;
    if (seenB) observedB++;
    if (!seenA || !seenB) continue;
    const importance = scores.promises.get(id)?.importance ?? 1;
    base++;
    weight += importance;
    sumA += importance * inA.alignment!;
    sumB += importance * inB.alignment!;
    evidenceA += inA.count;
    evidenceB += inB.count;
    countsA.push(inA.count);
    countsB.push(inB.count);
  }
  const side = (
    wave: number,
    sum: number,
    evidence: number,
    counts: number[],
    observed: number,
  ): WaveSide => ({
    wave,
    score: base > 0 ? sum / weight : null,
    evidence,
    strength: evidenceStrength(median(counts), thresholds),
    observed,
  });
  const fromSide = side(from, sumA, evidenceA, countsA, observedA);
  const toSide = side(to, sumB, evidenceB, countsB, observedB);
  const thin: ThinBase[] = [];
  if (base < MIN_WAVE_BASE) thin.push('fewPromises');
  if (base * 2 < Math.max(observedA, observedB)) thin.push('partial');
  if ([fromSide, toSide].some((s) => s.strength === 'none' || s.strength === 'thin'))
    thin.push('thinEvidence');
  return {
    from: fromSide,
    to: toSide,
    base,
    change: fromSide.score !== null && toSide.score !== null ? toSide.score - fromSide.score : null,
    thin,
  };
}

/** Whether a wave's own evidence is adequate: its typical observed promise has adequate evidence or more. */
export function waveIsAdequate(
  wave: AuditScores['waves'][number],
  thresholds: Thresholds,
): boolean {
  const counts = [...wave.promises.values()]
    .filter((m) => m.alignment !== null)
    .map((m) => m.count);
  const strength = evidenceStrength(median(counts), thresholds);
  return strength === 'adequate' || strength === 'strong';
}

/**
 * The two waves compared unless the person chooses others: the last two with adequate evidence
 * of their own, else the last two; null with fewer than two waves.
 */
export function defaultWavePair(
  scores: Pick<AuditScores, 'waves'>,
  thresholds: Thresholds,
): [number, number] | null {
  const waves = scores.waves;
  if (waves.length < 2) return null;
  const adequate = waves.filter((w) => waveIsAdequate(w, thresholds));
  const pick = adequate.length >= 2 ? adequate : waves;
  return [pick[pick.length - 2]!.wave, pick[pick.length - 1]!.wave];
}
