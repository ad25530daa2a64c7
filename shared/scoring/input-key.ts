import type { ScoringInput } from './types';

/** JSON with every object's keys in sorted order, so equal values always give equal text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * The version of the scoring method and of what it returns: raised whenever either changes, so
 * that scores stored by an earlier build (a score snapshot) are never shown as this one's.
 */
export const SCORING_VERSION = 3;

/**
 * Everything scoring reads of an audit but its observations, as one text: the settings, then
 * each touchpoint and promise in the order given (the order sums are taken in). Two inputs
 * with the same key and the same observations have the same scores.
 */
export function scoringInputKey(input: Omit<ScoringInput, 'observations'>): string {
  return canonical([
    SCORING_VERSION,
    input.audit.scoring,
    input.touchpoints.map((t) => [t.id, t.stageId, t.channelId]),
    input.promises.map((p) => [p.id, p.touchpointId, p.importance, p.belief, p.target]),
  ]);
}
