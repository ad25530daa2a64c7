import type { BrandPromise } from '../../../../shared/domain';
import type { PromiseField } from '../../../../shared/register/promise-edit';
import { fold, matchesQuery } from '../../app/search';
import type { RegisterData } from '../../db/register';

/** One line of the promises table: the promise with the names it is shown with. */
export interface PromiseRow {
  id: string;
  promise: BrandPromise;
  statement: string;
  touchpoint: string;
  stage: string;
  channel: string;
  source: string;
  kind: string;
  importance: number;
  metric: string;
  unit: string;
  direction: string;
  threshold: number | null;
  belief: number | null;
  /** The searchable texts, folded once so that each keystroke only compares. */
  haystack: string;
}

export type ColumnId =
  | 'statement'
  | 'touchpoint'
  | 'stage'
  | 'channel'
  | 'source'
  | 'kind'
  | 'importance'
  | 'metric'
  | 'unit'
  | 'direction'
  | 'threshold'
  | 'belief';

export interface ColumnSpec {
  id: ColumnId;
  /** Width in pixels; the statement column also takes any room left. */
  width: number;
  /** Which field an edit of this column changes; stage and channel follow the touchpoint. */
  field: PromiseField | null;
  editor: 'text' | 'select' | 'number' | null;
  filter: 'text' | 'select';
  numeric?: boolean;
  hiddenByDefault?: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'statement', width: 320, field: 'statement', editor: 'text', filter: 'text' },
  { id: 'touchpoint', width: 190, field: 'touchpoint', editor: 'select', filter: 'select' },
  { id: 'stage', width: 120, field: null, editor: null, filter: 'select' },
  { id: 'channel', width: 105, field: null, editor: null, filter: 'select' },
  {
    id: 'source',
    width: 140,
    field: 'source',
    editor: 'select',
    filter: 'select',
    hiddenByDefault: true,
  },
  {
    id: 'kind',
    width: 120,
    field: 'kind',
    editor: 'select',
    filter: 'select',
    hiddenByDefault: true,
  },
  {
    id: 'importance',
    width: 96,
    field: 'importance',
    editor: 'number',
    filter: 'select',
    numeric: true,
  },
  { id: 'metric', width: 150, field: 'metric', editor: 'text', filter: 'text' },
  { id: 'unit', width: 80, field: 'unit', editor: 'text', filter: 'text', hiddenByDefault: true },
  {
    id: 'direction',
    width: 110,
    field: 'direction',
    editor: 'select',
    filter: 'select',
    hiddenByDefault: true,
  },
  {
    id: 'threshold',
    width: 96,
    field: 'threshold',
    editor: 'number',
    filter: 'text',
    numeric: true,
    hiddenByDefault: true,
  },
  { id: 'belief', width: 130, field: 'belief', editor: 'number', filter: 'select', numeric: true },
];

let cache = new Map<string, { key: string; row: PromiseRow }>();

/**
 * Joins each promise with its touchpoint, stage and channel names. Rows of promises that
 * did not change since the last call are reused, so an edit in a long list costs one row.
 */
export function buildRows(data: RegisterData): PromiseRow[] {
  const next = new Map<string, { key: string; row: PromiseRow }>();
  const rows = data.promises.map((promise) => {
    const touchpoint = data.touchpointById.get(promise.touchpointId);
    const stage = (touchpoint && data.stageById.get(touchpoint.stageId)?.name) ?? '';
    const channel = (touchpoint && data.channelById.get(touchpoint.channelId)?.name) ?? '';
    const key = `${promise.updatedAt}|${promise.belief}|${promise.importance}|${touchpoint?.name}|${stage}|${channel}|${promise.statement.length}`;
    const cached = cache.get(promise.id);
    if (cached && cached.key === key && cached.row.promise.statement === promise.statement) {
      next.set(promise.id, cached);
      return cached.row;
    }
    const row: PromiseRow = {
      id: promise.id,
      promise,
      statement: promise.statement,
      touchpoint: touchpoint?.name ?? '',
      stage,
      channel,
      source: promise.source,
      kind: promise.kind,
      importance: promise.importance,
      metric: promise.target?.metric ?? '',
      unit: promise.target?.unit ?? '',
      direction: promise.target?.direction ?? '',
      threshold: promise.target?.threshold ?? null,
      belief: promise.belief,
      haystack: '',
    };
    row.haystack = fold(
      [row.statement, row.touchpoint, row.stage, row.channel, row.metric, row.unit].join('\n'),
    );
    next.set(promise.id, { key, row });
    return row;
  });
  cache = next;
  return rows;
}

/** The free-text search: statement, touchpoint, stage, channel and target. */
export function rowMatches(row: PromiseRow, query: string): boolean {
  return matchesQuery(
    query,
    row.statement,
    row.touchpoint,
    row.stage,
    row.channel,
    row.metric,
    row.unit,
  );
}

/** A column filter: text columns contain the text; the others equal the chosen value. */
export function cellMatches(row: PromiseRow, column: ColumnSpec, filter: string): boolean {
  if (filter === '') return true;
  const value = row[column.id];
  if (column.filter === 'text') return matchesQuery(filter, value === null ? '' : String(value));
  if (filter === '∅') return value === null || value === '';
  return String(value) === filter;
}
