import type { BrandPromise, Channel, JourneyStage, Touchpoint } from '../domain';
import type { CsvTable } from '../formats/csv';
import {
  CSV_HEADERS,
  foldKey,
  parseDirection,
  parseKind,
  parseSource,
  REQUIRED_FIELDS,
  type CsvField,
  type CsvKind,
} from './csv-fields';
import { parseDecimal } from './promise-edit';

/** A record the import points at: one already in the audit, or one the import creates. */
export type PlanRef = { id: string } | { index: number };

export interface PlannedTouchpoint {
  stage: PlanRef;
  channel: PlanRef;
  name: string;
  department: string;
  description: string;
}
export type PlannedPromise = Pick<
  BrandPromise,
  'statement' | 'source' | 'kind' | 'importance' | 'target' | 'belief'
> & { touchpoint: PlanRef };

export interface ImportPlan {
  stages: string[];
  channels: string[];
  touchpoints: PlannedTouchpoint[];
  promises: PlannedPromise[];
  /** Rows that name something the audit (or an earlier row) already has. */
  alreadyThere: number;
}
export interface ImportProblem {
  line: number;
  message: string;
}
export type ImportResult =
  { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

export interface ExistingRegister {
  stages: readonly Pick<JourneyStage, 'id' | 'name'>[];
  channels: readonly Pick<Channel, 'id' | 'name'>[];
  touchpoints: readonly Pick<Touchpoint, 'id' | 'name' | 'stageId' | 'channelId'>[];
  promises: readonly Pick<BrandPromise, 'touchpointId' | 'statement'>[];
}

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
const refKey = (r: PlanRef) => ('id' in r ? `id:${r.id}` : `new:${r.index}`);

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

  const plan: ImportPlan = {
    stages: [],
    channels: [],
    touchpoints: [],
    promises: [],
    alreadyThere: 0,
  };
  const stages = new Map(existing.stages.map((s) => [foldKey(s.name), { id: s.id } as PlanRef]));
  const channels = new Map(
    existing.channels.map((c) => [foldKey(c.name), { id: c.id } as PlanRef]),
  );
  const touchpointsByKey = new Map(
    existing.touchpoints.map((t) => [
      `${foldKey(t.name)}|id:${t.stageId}|id:${t.channelId}`,
      { id: t.id } as PlanRef,
    ]),
  );
  const touchpointsByName = new Map<string, PlanRef[]>();
  for (const t of existing.touchpoints)
    touchpointsByName.set(foldKey(t.name), [
      ...(touchpointsByName.get(foldKey(t.name)) ?? []),
      { id: t.id },
    ]);
  const promises = new Set(
    existing.promises.map((p) => `id:${p.touchpointId}|${foldKey(p.statement)}`),
  );

  for (const row of table.rows) {
    const rowProblems: string[] = [];
    const cell = (field: CsvField) => {
      const index = mapping[field] ?? -1;
      const value = index >= 0 ? (row.cells[index] ?? '').trim() : '';
      const limit = LIMITS[field];
      if (limit && value.length > limit)
        rowProblems.push(`“${CSV_HEADERS[field]}” is longer than ${limit} characters`);
      return value;
    };
    const named = (
      field: CsvField,
      list: Map<string, PlanRef>,
      created: string[],
    ): PlanRef | null => {
      const value = cell(field);
      if (!value) return null;
      const found = list.get(foldKey(value));
      if (found) return found;
      const ref = { index: created.push(value) - 1 };
      list.set(foldKey(value), ref);
      return ref;
    };

    const tpName = cell('touchpoint');
    if (!tpName) rowProblems.push(`“${CSV_HEADERS.touchpoint}” is empty`);
    const stageName = cell('stage');
    const channelName = cell('channel');
    let touchpoint: PlanRef | null = null;
    let newTouchpoint: PlannedTouchpoint | null = null;
    if (tpName && stageName && channelName) {
      const stage = named('stage', stages, plan.stages)!;
      const channel = named('channel', channels, plan.channels)!;
      const key = `${foldKey(tpName)}|${refKey(stage)}|${refKey(channel)}`;
      touchpoint = touchpointsByKey.get(key) ?? null;
      if (!touchpoint) {
        newTouchpoint = {
          stage,
          channel,
          name: tpName,
          department: cell('department'),
          description: kind === 'touchpoints' ? cell('description') : '',
        };
        touchpoint = { index: plan.touchpoints.length };
        touchpointsByKey.set(key, touchpoint);
        touchpointsByName.set(foldKey(tpName), [
          ...(touchpointsByName.get(foldKey(tpName)) ?? []),
          touchpoint,
        ]);
      }
    } else if (tpName) {
      // Without stage and channel a promise may still name a touchpoint the audit has, once.
      const candidates = touchpointsByName.get(foldKey(tpName)) ?? [];
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
      else if (newTouchpoint) plan.touchpoints.push(newTouchpoint);
      else plan.alreadyThere++;
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
    if (newTouchpoint) plan.touchpoints.push(newTouchpoint);
    const promiseKey = `${refKey(touchpoint)}|${foldKey(statement)}`;
    if (promises.has(promiseKey)) {
      plan.alreadyThere++;
      continue;
    }
    promises.add(promiseKey);
    plan.promises.push({
      touchpoint,
      statement,
      source: source!,
      kind: promiseKind!,
      importance: importance!,
      target,
      belief: belief as PlannedPromise['belief'],
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}
