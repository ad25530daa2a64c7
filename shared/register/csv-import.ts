import type { CsvTable } from '../formats/csv';
import {
  CSV_HEADERS,
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

export interface ImportProblem {
  line: number;
  message: string;
}
export type ImportResult =
  { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

// Control characters other than tab and newline: the store keeps none (domain/common.ts).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

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
      problems.push({
        line: 1,
        message: `No column is mapped to “${CSV_HEADERS[field]}”, which is required.`,
      });
  }
  if (table.rows.length === 0)
    problems.push({ line: 1, message: 'The file has a header but no rows.' });
  if (problems.length > 0) return { ok: false, problems };

  const planner = new RegisterPlanner(existing);

  for (const row of table.rows) {
    const rowProblems: string[] = [];
    const cell = (field: CsvField) => {
      const index = mapping[field] ?? -1;
      const value = index >= 0 ? (row.cells[index] ?? '').trim() : '';
      const limit = LIMITS[field];
      if (limit && value.length > limit)
        rowProblems.push(`“${CSV_HEADERS[field]}” is longer than ${limit} characters`);
      if (CONTROL.test(value))
        rowProblems.push(
          `“${CSV_HEADERS[field]}” holds a control character, which Touchstone does not keep`,
        );
      return value;
    };
    const tpName = cell('touchpoint');
    if (!tpName) rowProblems.push(`“${CSV_HEADERS.touchpoint}” is empty`);
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
        if (!stageName)
          rowProblems.push(
            `“${CSV_HEADERS.stage}” is empty${kind === 'promises' ? ` and “${tpName}” is not a touchpoint of this audit` : ''}`,
          );
        if (!channelName)
          rowProblems.push(
            `“${CSV_HEADERS.channel}” is empty${kind === 'promises' ? ` and “${tpName}” is not a touchpoint of this audit` : ''}`,
          );
      } else if (candidates.length > 1) {
        rowProblems.push(
          `“${tpName}” is a touchpoint at more than one stage or channel; say which in “${CSV_HEADERS.stage}” and “${CSV_HEADERS.channel}”`,
        );
      } else touchpoint = candidates[0]!;
    }

    if (kind === 'touchpoints') {
      if (rowProblems.length > 0)
        problems.push({ line: row.line, message: rowProblems.join('; ') });
      else if (!created) planner.alreadyThere();
      continue;
    }

    const statement = cell('statement');
    if (!statement) rowProblems.push(`“${CSV_HEADERS.statement}” is empty`);
    const sourceText = cell('source');
    const source = sourceText ? parseSource(sourceText) : 'other';
    if (!source)
      rowProblems.push(
        `“${CSV_HEADERS.source}” is “${sourceText}”, not one of advertising, website, contract, staff script, brand guideline, price list, other`,
      );
    const kindText = cell('kind');
    const promiseKind = kindText ? parseKind(kindText) : 'functional';
    if (!promiseKind)
      rowProblems.push(`“${CSV_HEADERS.kind}” is “${kindText}”, not functional or emotional`);
    const importanceText = cell('importance');
    const importance = importanceText ? parseDecimal(importanceText) : 3;
    if (importance === null || !Number.isInteger(importance) || importance < 1 || importance > 5) {
      rowProblems.push(
        `“${CSV_HEADERS.importance}” is “${importanceText}”, not a whole number from 1 to 5`,
      );
    }
    const beliefText = cell('belief');
    const belief = beliefText ? parseDecimal(beliefText) : null;
    if (beliefText && (belief === null || !Number.isInteger(belief) || belief < 0 || belief > 4)) {
      rowProblems.push(
        `“${CSV_HEADERS.belief}” is “${beliefText}”, not a whole number from 0 to 4`,
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
          `“${CSV_HEADERS.direction}” is “${directionText}”, not “at most” or “at least”`,
        );
      const threshold = parseDecimal(thresholdText);
      if (threshold === null)
        rowProblems.push(
          `“${CSV_HEADERS.threshold}” ${thresholdText ? `is “${thresholdText}”, not a number` : 'is empty, but a target metric is given'}`,
        );
      if (direction && threshold !== null) target = { metric, unit, direction, threshold };
    } else if (thresholdText || unit) {
      rowProblems.push(
        `“${CSV_HEADERS.metric}” is empty, but a target ${thresholdText ? 'threshold' : 'unit'} is given`,
      );
    }

    if (rowProblems.length > 0 || !touchpoint) {
      problems.push({
        line: row.line,
        message: rowProblems.join('; ') || 'The row names no touchpoint',
      });
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
