import { lineProblem, reason, type ErrorText, type LineProblem } from '../domain';
import type { CsvTable } from '../formats/csv';
import {
  parseDirection,
  parseKind,
  parseSource,
  REQUIRED_FIELDS,
  type CsvField,
  type CsvKind,
} from './csv-fields';
import { parseDecimal } from './promise-edit';
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
export type ImportResult =
  { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

// Control characters other than tab and newline: the store keeps none (domain/common.ts).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A field of the import by name, as the mapping shows it, in the reader's language. */
const column = (field: CsvField) => ({ key: `csv.fields.${field}` });

const LIMITS: Partial<Record<CsvField, number>> = {
  stage: 120,
  channel: 120,
  touchpoint: 200,
  department: 200,
  description: 4000,
  statement: 10000,
  metric: 200,
  unit: 40,
};

/**
 * Plans an import of touchpoints or promises from a parsed CSV and a column mapping. Either
 * every row is usable and the plan says what to create, or nothing is planned and each bad
 * row is reported with its line and the reason. Names are matched to what the audit already
 * has (ignoring case and spacing), so importing the same file twice adds nothing.
 */
export function planRegisterImport(
  kind: CsvKind,
  existing: ExistingRegister,
  table: CsvTable,
  mapping: Record<string, number>,
): ImportResult {
  const problems: ImportProblem[] = [];
  for (const field of REQUIRED_FIELDS[kind]) {
    if ((mapping[field] ?? -1) < 0)
      problems.push(lineProblem(1, [reason('errors.csv.unmapped', { column: column(field) })]));
  }
  if (table.rows.length === 0) problems.push(lineProblem(1, [reason('errors.csv.noRows')]));
  if (problems.length > 0) return { ok: false, problems };

  const planner = new RegisterPlanner(existing);

  for (const row of table.rows) {
    const rowProblems: ErrorText[] = [];
    const cell = (field: CsvField) => {
      const index = mapping[field] ?? -1;
      const value = index >= 0 ? (row.cells[index] ?? '').trim() : '';
      const limit = LIMITS[field];
      if (limit && value.length > limit)
        rowProblems.push(reason('errors.csv.tooLong', { column: column(field), count: limit }));
      if (CONTROL.test(value))
        rowProblems.push(reason('errors.csv.control', { column: column(field) }));
      return value;
    };
    const tpName = cell('touchpoint');
    const empty = (field: CsvField) => reason('errors.csv.empty', { column: column(field) });
    if (!tpName) rowProblems.push(empty('touchpoint'));
    const stageName = cell('stage');
    const channelName = cell('channel');
    let touchpoint: PlanRef | null = null;
    let created = false;
    if (tpName && stageName && channelName) {
      ({ ref: touchpoint, created } = planner.touchpoint({
        stage: planner.stage(stageName),
        channel: planner.channel(channelName),
        name: tpName,
        department: cell('department'),
        description: kind === 'touchpoints' ? cell('description') : '',
      }));
    } else if (tpName) {
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
      continue;
    }

    const statement = cell('statement');
    if (!statement) rowProblems.push(empty('statement'));
    const sourceText = cell('source');
    const source = sourceText ? parseSource(sourceText) : 'other';
    if (!source)
      rowProblems.push(
        reason('errors.csv.source', { column: column('source'), value: sourceText }),
      );
    const kindText = cell('kind');
    const promiseKind = kindText ? parseKind(kindText) : 'functional';
    if (!promiseKind)
      rowProblems.push(reason('errors.csv.kind', { column: column('kind'), value: kindText }));
    const importanceText = cell('importance');
    const importance = importanceText ? parseDecimal(importanceText) : 3;
    if (importance === null || !Number.isInteger(importance) || importance < 1 || importance > 5) {
      rowProblems.push(
        reason('errors.csv.importance', { column: column('importance'), value: importanceText }),
      );
    }
    const beliefText = cell('belief');
    const belief = beliefText ? parseDecimal(beliefText) : null;
    if (beliefText && (belief === null || !Number.isInteger(belief) || belief < 0 || belief > 4)) {
      rowProblems.push(
        reason('errors.csv.belief', { column: column('belief'), value: beliefText }),
      );
    }
    const metric = cell('metric');
    const unit = cell('unit');
    const directionText = cell('direction');
    const thresholdText = cell('threshold');
    let target: PlannedPromise['target'] = null;
    if (metric) {
      const direction = directionText ? parseDirection(directionText) : 'at-most';
      if (!direction)
        rowProblems.push(
          reason('errors.csv.direction', { column: column('direction'), value: directionText }),
        );
      const threshold = parseDecimal(thresholdText);
      if (threshold === null)
        rowProblems.push(
          thresholdText
            ? reason('errors.csv.threshold', { column: column('threshold'), value: thresholdText })
            : reason('errors.csv.noThreshold', { column: column('threshold') }),
        );
      if (direction && threshold !== null) target = { metric, unit, direction, threshold };
    } else if (thresholdText || unit) {
      rowProblems.push(
        reason(thresholdText ? 'errors.csv.noMetricForThreshold' : 'errors.csv.noMetricForUnit', {
          column: column('metric'),
        }),
      );
    }

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
      source: source!,
      kind: promiseKind!,
      importance: importance!,
      target,
      belief: belief as PlannedPromise['belief'],
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: planner.plan };
}
