import {
  lineProblem,
  reason,
  type ErrorKey,
  type ErrorText,
  type ErrorValues,
  type LineProblem,
} from '../domain';
import type { CsvTable } from '../formats/csv';
import {
  parseDirection,
  parseKind,
  REQUIRED_FIELDS,
  type CsvField,
  type CsvKind,
} from './csv-fields';
import { parseDecimal } from './promise-edit';
import { readSource, sourceKindNamed } from './source-kind';
import {
  RegisterPlanner,
  type ExistingRegister,
  type ImportPlan,
  type PlannedPromise,
  type PlannedTouchpoint,
  type PlanRef,
} from './register-plan';

export type { ExistingRegister, ImportPlan, PlanRef, PlannedPromise, PlannedTouchpoint };

/** A bad line of the file: its number and each reason, in English as `message`. */
export type ImportProblem = LineProblem;
/**
 * Either a plan, or the lines that stop it; both with the warnings: optional values that
 * could not be used as written, each kept as text or left empty, and said so in the preview.
 */
export type ImportResult =
  | { ok: true; plan: ImportPlan; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[]; warnings: ImportProblem[] };

// Control characters other than tab and newline: the store keeps none (domain/common.ts).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A field of the import by name, as the mapping shows it, in the reader's language. */
const column = (field: CsvField) => ({ key: `csv.fields.${field}` });

const LIMITS: Partial<Record<CsvField, number>> = {
  stage: 120,
  channel: 120,
  touchpoint: 200,
  department: 200,
  description: 4000,
  statement: 10000,
  source: 500,
  customerWording: 2000,
  metric: 200,
  unit: 40,
};

/** Fields that place or name a record: a value they cannot take refuses its row. */
const REFUSING: ReadonlySet<CsvField> = new Set(['stage', 'channel', 'touchpoint', 'statement']);

/**
 * Plans an import of touchpoints or promises from a parsed CSV and a column mapping. Only
 * what places and names a record refuses a row (an empty touchpoint or statement, a
 * touchpoint that cannot be placed, a name too long or holding control characters); either
 * every row is usable and the plan says what to create, or nothing is planned and each bad
 * row is reported with its line and the reason. An optional value that cannot be used as
 * written never refuses its row: it is kept as text or left empty, and a warning says so.
 * Names are matched to what the audit already has (ignoring case and spacing), so importing
 * the same file twice adds nothing.
 */
export function planRegisterImport(
  kind: CsvKind,
  existing: ExistingRegister,
  table: CsvTable,
  mapping: Record<string, number>,
): ImportResult {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  for (const field of REQUIRED_FIELDS[kind]) {
    if ((mapping[field] ?? -1) < 0)
      problems.push(lineProblem(1, [reason('errors.csv.unmapped', { column: column(field) })]));
  }
  if (table.rows.length === 0) problems.push(lineProblem(1, [reason('errors.csv.noRows')]));
  if (problems.length > 0) return { ok: false, problems, warnings };

  const planner = new RegisterPlanner(existing);

  for (const row of table.rows) {
    const rowProblems: ErrorText[] = [];
    const rowWarnings: ErrorText[] = [];
    const cell = (field: CsvField) => {
      const index = mapping[field] ?? -1;
      let value = index >= 0 ? (row.cells[index] ?? '').trim() : '';
      const limit = LIMITS[field];
      const refusing = REFUSING.has(field);
      if (CONTROL.test(value)) {
        if (refusing) rowProblems.push(reason('errors.csv.control', { column: column(field) }));
        else {
          rowWarnings.push(reason('errors.csvKept.control', { column: column(field) }));
          value = value.replace(CONTROL_ALL, ' ').trim();
        }
      }
      if (limit && value.length > limit) {
        if (refusing)
          rowProblems.push(reason('errors.csv.tooLong', { column: column(field), count: limit }));
        else {
          rowWarnings.push(
            reason('errors.csvKept.tooLong', { column: column(field), count: limit }),
          );
          value = value.slice(0, limit).trim();
        }
      }
      return value;
    };
    const warn = (key: ErrorKey, field: CsvField, values: ErrorValues = {}) =>
      rowWarnings.push(reason(key, { column: column(field), ...values }));
    const tpName = cell('touchpoint');
    const empty = (field: CsvField) => reason('errors.csv.empty', { column: column(field) });
    if (!tpName) rowProblems.push(empty('touchpoint'));
    const stageName = cell('stage');
    const channelName = cell('channel');
    const department = cell('department');
    const description = kind === 'touchpoints' ? cell('description') : '';
    let touchpoint: PlanRef | null = null;
    let created = false;
    const placed = () => rowProblems.length === 0;
    if (tpName && stageName && channelName && placed()) {
      ({ ref: touchpoint, created } = planner.touchpoint({
        stage: planner.stage(stageName),
        channel: planner.channel(channelName),
        name: tpName,
        department,
        description,
      }));
    } else if (tpName && (!stageName || !channelName)) {
      // Without stage and channel a promise may still name a touchpoint the audit has, once.
      const candidates = planner.touchpointsNamed(tpName);
      if (kind === 'touchpoints' || candidates.length === 0) {
        const missing = (field: CsvField) =>
          kind === 'promises'
            ? reason('errors.csv.emptyUnknownTouchpoint', {
                column: column(field),
                touchpoint: tpName,
              })
            : empty(field);
        if (!stageName) rowProblems.push(missing('stage'));
        if (!channelName) rowProblems.push(missing('channel'));
      } else if (candidates.length > 1) {
        rowProblems.push(
          reason('errors.csv.ambiguousTouchpoint', {
            touchpoint: tpName,
            stage: column('stage'),
            channel: column('channel'),
          }),
        );
      } else touchpoint = candidates[0]!;
    }

    if (kind === 'touchpoints') {
      if (rowProblems.length > 0) problems.push(lineProblem(row.line, rowProblems));
      else if (!created) planner.alreadyThere();
      if (rowWarnings.length > 0) warnings.push(lineProblem(row.line, rowWarnings));
      continue;
    }

    const statement = cell('statement');
    if (!statement) rowProblems.push(empty('statement'));
    let source = readSource(cell('source'));
    const sourceKindText = cell('sourceKind');
    if (sourceKindText) {
      const named = sourceKindNamed(sourceKindText);
      if (named) source = { ...source, kind: named.kind };
      else warn('errors.csvKept.sourceKind', 'sourceKind', { value: sourceKindText });
    }
    const customerWording = cell('customerWording');
    const kindText = cell('kind');
    let promiseKind = kindText ? parseKind(kindText) : 'functional';
    if (!promiseKind) {
      warn('errors.csvKept.kind', 'kind', { value: kindText });
      promiseKind = 'functional';
    }
    const importanceText = cell('importance');
    let importance = importanceText ? parseDecimal(importanceText) : 3;
    if (importance === null || !Number.isInteger(importance) || importance < 1 || importance > 5) {
      warn('errors.csvKept.importance', 'importance', { value: importanceText });
      importance = 3;
    }
    const beliefText = cell('belief');
    let belief = beliefText ? parseDecimal(beliefText) : null;
    if (beliefText && (belief === null || !Number.isInteger(belief) || belief < 0 || belief > 4)) {
      warn('errors.csvKept.belief', 'belief', { value: beliefText });
      belief = null;
    }
    const metric = cell('metric');
    const unit = cell('unit');
    const directionText = cell('direction');
    const thresholdText = cell('threshold');
    let target: PlannedPromise['target'] = null;
    if (metric) {
      let direction = directionText ? parseDirection(directionText) : 'at-most';
      if (!direction) {
        warn('errors.csvKept.direction', 'direction', { value: directionText });
        direction = 'at-most';
      }
      const threshold = parseDecimal(thresholdText);
      if (threshold !== null) target = { metric, unit, direction, threshold };
      else if (thresholdText)
        warn('errors.csvKept.threshold', 'threshold', { value: thresholdText, metric });
      else warn('errors.csvKept.noThreshold', 'threshold', { metric });
    } else {
      if (thresholdText) warn('errors.csvKept.noMetric', 'threshold', { value: thresholdText });
      if (unit) warn('errors.csvKept.noMetric', 'unit', { value: unit });
      if (directionText) warn('errors.csvKept.noMetric', 'direction', { value: directionText });
    }

    if (rowWarnings.length > 0) warnings.push(lineProblem(row.line, rowWarnings));
    if (rowProblems.length > 0 || !touchpoint) {
      problems.push(
        lineProblem(
          row.line,
          rowProblems.length > 0 ? rowProblems : [reason('errors.csv.noTouchpoint')],
        ),
      );
      continue;
    }
    planner.promise({
      touchpoint,
      statement,
      source,
      customerWording,
      kind: promiseKind,
      importance,
      target,
      belief: belief as PlannedPromise['belief'],
    });
  }
  return problems.length > 0
    ? { ok: false, problems, warnings }
    : { ok: true, plan: planner.plan, warnings };
}
