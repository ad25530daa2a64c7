import type { Action, BrandPromise } from '../domain';

type ActionPriority = Action['priority'];
import { isKept, KEPT_POINTS, type AuditScores, type PromiseScore } from '../scoring';

/** A draft action the plan proposes for one gap; the consultant keeps, edits or drops it. */
export interface DraftProposal {
  promiseId: string;
  touchpointId: string;
  /** importance × (100 − alignment) of the gap. */
  severity: number;
  alignment: number;
  importance: number;
  strength: PromiseScore['strength'];
  priority: ActionPriority;
  /** Where the draft aims: "kept" (75) on 0–100. */
  targetScore: number;
}

/** How many gaps one "draft from the gaps" proposes unless told otherwise. */
export const DRAFT_LIMIT = 5;

/**
 * The priority a gap's severity suggests: 300 and more (say importance 5 at 40, or 3 at
 * nothing) is critical, 200 high, 100 medium, less low.
 */
export function priorityForSeverity(severity: number): ActionPriority {
  if (severity >= 300) return 'critical';
  if (severity >= 200) return 'high';
  if (severity >= 100) return 'medium';
  return 'low';
}

/**
 * The drafting rule: the observed promises that are not kept (alignment under 75), with no
 * action yet on the promise or on its touchpoint, highest severity first (then the lowest
 * alignment, then the most evidence), at most `limit` of them.
 */
export function proposeDrafts(
  scores: AuditScores,
  promises: readonly Pick<BrandPromise, 'id' | 'touchpointId'>[],
  actions: readonly Pick<Action, 'promiseId' | 'touchpointId'>[],
  limit = DRAFT_LIMIT,
): DraftProposal[] {
  const actedPromises = new Set(actions.flatMap((a) => (a.promiseId ? [a.promiseId] : [])));
  const actedTouchpoints = new Set(
    actions.flatMap((a) => (a.touchpointId ? [a.touchpointId] : [])),
  );
  const proposals: DraftProposal[] = [];
  for (const p of promises) {
    const s = scores.promises.get(p.id);
    if (!s || s.severity === null || s.alignment === null || isKept(s.alignment)) continue;
    if (actedPromises.has(p.id) || actedTouchpoints.has(p.touchpointId)) continue;
    proposals.push({
      promiseId: p.id,
      touchpointId: p.touchpointId,
      severity: s.severity,
      alignment: s.alignment,
      importance: s.importance,
      strength: s.strength,
      priority: priorityForSeverity(s.severity),
      targetScore: KEPT_POINTS,
    });
  }
  return proposals
    .sort(
      (a, b) =>
        b.severity - a.severity ||
        a.alignment - b.alignment ||
        (scores.promises.get(b.promiseId)?.count ?? 0) -
          (scores.promises.get(a.promiseId)?.count ?? 0) ||
        a.promiseId.localeCompare(b.promiseId),
    )
    .slice(0, Math.max(0, limit));
}
