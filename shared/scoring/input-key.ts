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
 * Everything scoring reads of an audit but its observations, as one text: the settings, then
 * each touchpoint and promise in the order given (the order sums are taken in). Two inputs
 * with the same key and the same observations have the same scores.
 */
export function scoringInputKey(input: Omit<ScoringInput, 'observations'>): string {
  return canonical([
    input.audit.scoring,
    input.touchpoints.map((t) => [t.id, t.stageId, t.channelId]),
    input.promises.map((p) => [p.id, p.touchpointId, p.importance, p.belief, p.target]),
  ]);
}
