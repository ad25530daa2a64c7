import {
  ACTION_PRIORITIES,
  type Action,
  type BrandPromise,
  type Channel,
  type JourneyStage,
  type Touchpoint,
} from '../domain';
import { writeCsv } from '../formats/csv';
import { daysOverdue } from './overdue';
import type { Verification } from './verification';

/** The plan CSV's columns, in order, with the headers Touchstone writes (see docs/csv.md). */
export const PLAN_CSV_HEADERS = [
  'Action',
  'Status',
  'Priority',
  'Effort',
  'Owner',
  'Due date',
  'Days overdue',
  'Stage',
  'Channel',
  'Touchpoint',
  'Promise',
  'Current state',
  'Current score',
  'Future state',
  'Target score',
  'Target date',
  'Cause',
  'Remedy',
  'Prevention',
  'Done on',
  'Verification',
  'Score since done',
  'Created',
  'Updated',
] as const;

export interface PlanForCsv {
  actions: readonly Action[];
  stages: readonly JourneyStage[];
  channels: readonly Channel[];
  touchpoints: readonly Touchpoint[];
  promises: readonly BrandPromise[];
  /** The verdict of each done action's evidence (shared/plan/verification.ts). */
  verifications: ReadonlyMap<string, Verification>;
  /** Today, YYYY-MM-DD, for the days overdue. */
  today: string;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * The plan as CSV (UTF-8 with BOM, like the register's export): one line per action, most
 * urgent first (priority, then due date), with coded values (status, priority, effort,
 * verification) and ISO dates that any spreadsheet sorts.
 */
export function planToCsv(plan: PlanForCsv): Uint8Array<ArrayBuffer> {
  const promise = new Map(plan.promises.map((p) => [p.id, p]));
  const touchpoint = new Map(plan.touchpoints.map((t) => [t.id, t]));
  const stage = new Map(plan.stages.map((s) => [s.id, s]));
  const channel = new Map(plan.channels.map((c) => [c.id, c]));
  const rank = (a: Action) => ACTION_PRIORITIES.indexOf(a.priority);
  const actions = [...plan.actions].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.title.localeCompare(b.title),
  );
  const rows = actions.map((a) => {
    const p = a.promiseId !== null ? promise.get(a.promiseId) : undefined;
    const tp = touchpoint.get(p?.touchpointId ?? a.touchpointId ?? '');
    const v = plan.verifications.get(a.id);
    const overdue = daysOverdue(a, plan.today);
    return [
      a.title,
      a.status,
      a.priority,
      a.effort,
      a.owner,
      a.dueDate,
      overdue > 0 ? overdue : null,
      tp ? (stage.get(tp.stageId)?.name ?? '') : '',
      tp ? (channel.get(tp.channelId)?.name ?? '') : '',
      tp?.name ?? '',
      p?.statement ?? '',
      a.currentState.description,
      round1(a.currentState.score),
      a.futureState.description,
      a.futureState.targetScore,
      a.futureState.targetDate,
      a.cause,
      a.remedy,
      a.prevention,
      a.doneAt,
      v && v.verdict !== 'not-done' ? v.verdict : null,
      round1(v?.score ?? null),
      a.createdAt.slice(0, 10),
      a.updatedAt.slice(0, 10),
    ];
  });
  return writeCsv(PLAN_CSV_HEADERS, rows);
}
