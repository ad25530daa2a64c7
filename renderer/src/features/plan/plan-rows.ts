import type { Action, ActionStatus } from '../../../../shared/domain';
import {
  daysOverdue,
  impactOf,
  ownerKey,
  statusRank,
  type Impact,
  type Verdict,
  type Verification,
} from '../../../../shared/plan';
import type { AuditScores } from '../../../../shared/scoring';
import { fold } from '../../app/search';
import type { RegisterData } from '../../db/register';
import { ACTION_PRIORITIES, ACTION_EFFORTS } from '../../../../shared/domain';

/** One action as every view of the plan shows it, with what its filters compare, computed once. */
export interface PlanRow {
  id: string;
  action: Action;
  title: string;
  /** The promise's statement, or the touchpoint's name for a touchpoint action. */
  gap: string;
  touchpoint: string;
  stage: string;
  owner: string;
  ownerKey: string;
  dueDate: string | null;
  /** Days past the due date of an open action; 0 when not overdue. */
  overdue: number;
  status: ActionStatus;
  statusRank: number;
  priorityRank: number;
  effortRank: number;
  /** The live severity of the gap (a touchpoint's worst promise); null when not observed. */
  severity: number | null;
  /** The evidence's score of the gap today (0–100), null when not observed. */
  evidenceScore: number | null;
  verification: Verification;
  impact: Impact;
  haystack: string;
}

/** The plan's rows, in the plan's default order: the most severe gap first. */
export function buildPlanRows(
  actions: readonly Action[],
  register: RegisterData,
  scores: AuditScores,
  verifications: ReadonlyMap<string, Verification>,
  day: string,
): PlanRow[] {
  const promiseById = new Map(register.promises.map((p) => [p.id, p]));
  const worstOfTouchpoint = new Map<string, number>();
  for (const p of register.promises) {
    const s = scores.promises.get(p.id)?.severity;
    if (s !== null && s !== undefined)
      worstOfTouchpoint.set(
        p.touchpointId,
        Math.max(worstOfTouchpoint.get(p.touchpointId) ?? 0, s),
      );
  }
  const rows = actions.map((a): PlanRow => {
    const promise = a.promiseId !== null ? promiseById.get(a.promiseId) : undefined;
    const tp = register.touchpointById.get(promise?.touchpointId ?? a.touchpointId ?? '');
    const stage = tp ? (register.stageById.get(tp.stageId)?.name ?? '') : '';
    const gap = promise?.statement ?? tp?.name ?? '';
    const severity =
      a.promiseId !== null
        ? (scores.promises.get(a.promiseId)?.severity ?? null)
        : (worstOfTouchpoint.get(a.touchpointId ?? '') ?? null);
    const evidenceScore =
      a.promiseId !== null
        ? (scores.promises.get(a.promiseId)?.alignment ?? null)
        : (scores.touchpoints.get(a.touchpointId ?? '')?.score ?? null);
    return {
      id: a.id,
      action: a,
      title: a.title,
      gap,
      touchpoint: tp?.name ?? '',
      stage,
      owner: a.owner.trim(),
      ownerKey: ownerKey(a.owner),
      dueDate: a.dueDate,
      overdue: daysOverdue(a, day),
      status: a.status,
      statusRank: statusRank(a.status),
      priorityRank: ACTION_PRIORITIES.indexOf(a.priority),
      effortRank: ACTION_EFFORTS.indexOf(a.effort),
      severity,
      evidenceScore,
      verification: verifications.get(a.id)!,
      impact: impactOf(a, scores, register.promises),
      haystack: fold(
        [a.title, gap, tp?.name, stage, a.owner, a.cause, a.remedy, a.prevention]
          .filter(Boolean)
          .join('\n'),
      ),
    };
  });
  return rows.sort(
    (a, b) =>
      (b.severity ?? -1) - (a.severity ?? -1) ||
      b.priorityRank - a.priorityRank ||
      a.title.localeCompare(b.title),
  );
}

/** The filters every view of the plan shares; empty strings mean "any". */
export interface PlanFilters {
  query: string;
  status: ActionStatus | '';
  /** An owner key (see ownerKey), or NO_OWNER. */
  owner: string;
  priority: Action['priority'] | '';
  verdict: Verdict | '';
  overdueOnly: boolean;
}

/** The owner filter's value for actions nobody owns. */
export const NO_OWNER = '\u0000none';

export const NO_FILTERS: PlanFilters = {
  query: '',
  status: '',
  owner: '',
  priority: '',
  verdict: '',
  overdueOnly: false,
};

/** The rows that pass every filter, in their order. */
export function filterPlanRows(rows: readonly PlanRow[], f: PlanFilters): PlanRow[] {
  const query = fold(f.query.trim());
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.owner || (f.owner === NO_OWNER ? r.ownerKey === '' : r.ownerKey === f.owner)) &&
      (!f.priority || r.action.priority === f.priority) &&
      (!f.verdict || r.verification.verdict === f.verdict) &&
      (!f.overdueOnly || r.overdue > 0) &&
      (!query || r.haystack.includes(query)),
  );
}
