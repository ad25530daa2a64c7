import type { LogRow } from './log-rows';

/** The log's columns, in the order they are shown. */
export const LOG_COLUMNS = [
  'date',
  'method',
  'wave',
  'promise',
  'touchpoint',
  'observer',
  'location',
  'score',
  'measured',
  'text',
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

/** The log's order: one column, up or down; null keeps the order the records come in. */
export type LogSort = { id: LogColumn; desc: boolean } | null;

const NUMERIC: ReadonlySet<LogColumn> = new Set(['wave', 'score', 'measured']);
/** Compared as plain strings: ISO dates and method codes. */
const PLAIN: ReadonlySet<LogColumn> = new Set(['date', 'method']);
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The order after a click on a column's header, as a table's header cycles: text columns
 * go up first, number columns down first, then the other way, then back to no order.
 */
export function nextLogSort(current: LogSort, id: LogColumn): LogSort {
  const first = NUMERIC.has(id);
  if (current?.id !== id) return { id, desc: first };
  return current.desc === first ? { id, desc: !first } : null;
}

/**
 * Each row's rank in the column's order (-1 for an empty value) and how many ranks there
 * are. Values are ranked once per distinct value (a few thousand promises, places and days
 * among 200,000 rows), then the rows are placed by rank in one pass.
 */
function rankRows(rows: readonly LogRow[], id: LogColumn): { rank: Int32Array; count: number } {
  const distinct = new Map<string | number, number>();
  for (const r of rows) {
    const v = r[id] as string | number | null;
    if (v !== null && v !== '') distinct.set(v, 0);
  }
  const values = [...distinct.keys()];
  const compare = NUMERIC.has(id)
    ? (a: string | number, b: string | number) => (a as number) - (b as number)
    : PLAIN.has(id)
      ? (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0)
      : (a: string | number, b: string | number) => collator.compare(a as string, b as string);
  values.sort(compare);
  let count = 0;
  values.forEach((v, i) => {
    // Values the collator holds equal ("Café", "cafe") share a rank, so they keep their order.
    if (i === 0 || compare(values[i - 1]!, v) !== 0) count++;
    distinct.set(v, count - 1);
  });
  const rank = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++)
    rank[i] = distinct.get(rows[i]![id] as string | number) ?? -1;
  return { rank, count };
}

/** The rows in the given order; ties keep their order, empty values come last either way. */
export function sortLog(rows: readonly LogRow[], sort: LogSort): readonly LogRow[] {
  if (!sort) return rows;
  const { rank, count } = rankRows(rows, sort.id);
  // A counting sort: stable, and one pass over 200,000 rows rather than a comparison sort.
  const start = new Int32Array(count + 2);
  const slot = (r: number) => (r < 0 ? count : sort.desc ? count - 1 - r : r);
  for (let i = 0; i < rank.length; i++) start[slot(rank[i]!) + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const out = new Array<LogRow>(rows.length);
  for (let i = 0; i < rank.length; i++) out[start[slot(rank[i]!)]!++] = rows[i]!;
  return out;
}
