import type { PromiseTarget, ScoringSettings } from '../domain';
import { evidenceScore } from '../fieldwork/measure';
import { leftOutReason } from './counting';
import type { ScoringObservation } from './evidence-store';

/** The rubric step from which a measured value is within its target: kept (on or past the threshold). */
const WITHIN = 3;

/** What a promise's measurements say against its target, so a reader sees why it scores what it does. */
export interface TargetReading {
  /** Measured values that count toward the promise's score (counting.ts). */
  measured: number;
  /** How many of them are within the target: scored kept or exceeded. */
  within: number;
  /** Their median, in the target's unit; null when nothing was measured. */
  median: number | null;
}

type Measurement = Pick<ScoringObservation, 'outcome' | 'method' | 'score' | 'measured'>;

/** Whether a measured value is within its target: on the right side of the threshold or on it. */
export function isWithinTarget(value: number, target: PromiseTarget): boolean {
  return (evidenceScore({ score: null, measured: value }, target) ?? 0) >= WITHIN;
}

/** The median of some numbers (the mean of the middle two of an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * What the measured values among a promise's observations say against its target: those that
 * count (a scored measurement by a method weighing more than 0, not a rubric score), how many
 * of them are within the target by the scoring of measured values, and their median.
 */
export function readTarget(
  observations: Iterable<Measurement>,
  target: PromiseTarget,
  settings: Pick<ScoringSettings, 'methodWeights'>,
): TargetReading {
  const values: number[] = [];
  let within = 0;
  for (const o of observations) {
    if (o.score !== null || o.measured === null) continue;
    if (leftOutReason(o, settings, target) !== null) continue;
    values.push(o.measured);
    if (isWithinTarget(o.measured, target)) within++;
  }
  return { measured: values.length, within, median: median(values) };
}
