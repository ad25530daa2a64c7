import type { ActionLink } from '../../../../shared/plan';

/** The link select's value: `p:<promise id>` or `t:<touchpoint id>`. */
export const linkValue = (l: { promiseId: string | null; touchpointId: string | null }) =>
  l.promiseId ? `p:${l.promiseId}` : l.touchpointId ? `t:${l.touchpointId}` : '';
export const parseLink = (value: string): ActionLink | null =>
  value.startsWith('p:')
    ? { promiseId: value.slice(2), touchpointId: null }
    : value.startsWith('t:')
      ? { promiseId: null, touchpointId: value.slice(2) }
      : null;

/** A stored score as the form shows it, to one decimal. */
export const scoreInput = (n: number | null) => (n === null ? '' : String(Math.round(n * 10) / 10));

/** Reads a 0–100 score as typed; undefined when it is not one. */
export function parseScore(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}
