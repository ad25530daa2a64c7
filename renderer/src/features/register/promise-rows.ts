import type { BrandPromise } from '../../../../shared/domain';
import { scoreBand, type EvidenceStrength, type PromiseScore } from '../../../../shared/scoring';
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
  /** The source's kind, by its code; empty when nobody has said. */
  source: string;
  sourceText: string;
  customerWording: string;
  kind: string;
  importance: number;
  metric: string;
  unit: string;
  direction: string;
  threshold: number | null;
  belief: number | null;
  /** From the score engine (db/scores), when the evidence columns are shown; null otherwise. */
  alignment: number | null;
  evidence: number | null;
  strength: EvidenceStrength | null;
  gap: number | null;
  /** The searchable texts, folded once so that each keystroke only compares. */
  haystack: string;
}

/** The columns read from the score engine. */
export const EVIDENCE_COLUMNS = ['alignment', 'evidence', 'strength', 'gap'] as const;
export type EvidenceColumnId = (typeof EVIDENCE_COLUMNS)[number];

export type ColumnId =
  | 'statement'
  | 'touchpoint'
  | 'stage'
  | 'channel'
  | 'source'
  | 'sourceText'
  | 'customerWording'
  | 'kind'
  | 'importance'
  | 'metric'
  | 'unit'
  | 'direction'
  | 'threshold'
  | 'belief'
  | 'alignment'
  | 'evidence'
  | 'strength'
  | 'gap';

export interface ColumnSpec {
  id: ColumnId;
  /** Width in pixels; the statement column also takes any room left. */
  width: number;
  /** Which field an edit of this column changes; stage and channel follow the touchpoint. */
  field: PromiseField | null;
  editor: 'text' | 'select' | 'number' | null;
  /** Text contains, one of the values, the band of a 0–100 score, or no filter. */
  filter: 'text' | 'select' | 'band' | 'none';
  numeric?: boolean;
  hiddenByDefault?: boolean;
  /** Read from the score engine: its catalogue key is under guide.register.columns. */
  evidence?: boolean;
  /** The row value the column sorts by, when not its own. */
  sortBy?: keyof PromiseRow;
}

/** The catalogue key of a column's name. */
export function columnLabelKey(
  id: ColumnId,
):
  | `guide.register.columns.${EvidenceColumnId}`
  | `register.columns.${Exclude<ColumnId, EvidenceColumnId>}` {
  return (EVIDENCE_COLUMNS as readonly string[]).includes(id)
    ? `guide.register.columns.${id as EvidenceColumnId}`
    : `register.columns.${id as Exclude<ColumnId, EvidenceColumnId>}`;
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
    id: 'sourceText',
    width: 200,
    field: 'sourceText',
    editor: 'text',
    filter: 'text',
    hiddenByDefault: true,
  },
  {
    id: 'customerWording',
    width: 260,
    field: 'customerWording',
    editor: 'text',
    filter: 'text',
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
  // What the evidence says, from the same score engine as Scores: shown when asked for.
  ...(
    [
      { id: 'alignment', width: 160, filter: 'band' },
      { id: 'evidence', width: 90, filter: 'none', numeric: true },
      { id: 'strength', width: 110, filter: 'select', sortBy: 'evidence' },
      { id: 'gap', width: 160, filter: 'none', numeric: true },
    ] as const
  ).map((c): ColumnSpec => ({
    ...c,
    field: null,
    editor: null,
    hiddenByDefault: true,
    evidence: true,
  })),
];

/**
 * The rows with what the score engine says of each promise: alignment, how many observations
 * counted, their strength and the perception gap. A promise the scores do not know yet (added
 * a moment ago) keeps empty values until they do.
 */
export function withScores(
  rows: PromiseRow[],
  scores: ReadonlyMap<string, PromiseScore> | undefined,
): PromiseRow[] {
  if (!scores) return rows;
  return rows.map((row) => {
    const s = scores.get(row.id);
    return s
      ? { ...row, alignment: s.alignment, evidence: s.count, strength: s.strength, gap: s.gap }
      : row;
  });
}

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
    const key = `${promise.version}|${promise.updatedAt}|${promise.belief}|${promise.importance}|${touchpoint?.name}|${stage}|${channel}|${promise.statement.length}`;
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
      source: promise.source.kind ?? '',
      sourceText: promise.source.text,
      customerWording: promise.customerWording,
      kind: promise.kind,
      importance: promise.importance,
      metric: promise.target?.metric ?? '',
      unit: promise.target?.unit ?? '',
      direction: promise.target?.direction ?? '',
      threshold: promise.target?.threshold ?? null,
      belief: promise.belief,
      alignment: null,
      evidence: null,
      strength: null,
      gap: null,
      haystack: '',
    };
    row.haystack = fold(
      [
        row.statement,
        row.touchpoint,
        row.stage,
        row.channel,
        row.metric,
        row.unit,
        row.sourceText,
        row.customerWording,
      ].join('\n'),
    );
    next.set(promise.id, { key, row });
    return row;
  });
  cache = next;
  return rows;
}

/** The free-text search: statement, touchpoint, stage, channel, target, source and customer wording. */
export function rowMatches(row: PromiseRow, query: string): boolean {
  return matchesQuery(
    query,
    row.statement,
    row.touchpoint,
    row.stage,
    row.channel,
    row.metric,
    row.unit,
    row.sourceText,
    row.customerWording,
  );
}

/** A column filter: text columns contain the text; the others equal the chosen value. */
export function cellMatches(row: PromiseRow, column: ColumnSpec, filter: string): boolean {
  if (filter === '') return true;
  const value = row[column.id];
  if (column.filter === 'band')
    return filter === '∅'
      ? value === null
      : typeof value === 'number' && String(scoreBand(value)) === filter;
  if (column.filter === 'text') return matchesQuery(filter, value === null ? '' : String(value));
  if (filter === '∅') return value === null || value === '';
  return String(value) === filter;
}
