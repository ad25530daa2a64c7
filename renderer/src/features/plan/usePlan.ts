import { useMemo } from 'react';
import type { Action, Audit, Observation } from '../../../../shared/domain';
import { verifyActions, type Verification } from '../../../../shared/plan';
import { useAuditRecords } from '../../db/queries';
import { useAuditScores, type ScoredAudit } from '../../db/scores/useAuditScores';
import { today } from '../../platform/clock';
import { buildPlanRows, type PlanRow } from './plan-rows';

/** Everything the plan's views read: the actions, the scored audit and each action's evidence verdict. */
export interface PlanData {
  /** The plan judges actions by the evidence itself, so it waits for it to be read. */
  scored: ScoredAudit & { observations: Observation[] };
  actions: Action[];
  rows: PlanRow[];
  verifications: Map<string, Verification>;
  today: string;
  /** Owners named in the plan, as first written, for the owner pickers. */
  owners: string[];
}

/** The audit's plan, re-read whenever its actions, register or evidence change. */
export function usePlan(audit: Audit): PlanData | undefined {
  const scored = useAuditScores(audit);
  const actions = useAuditRecords(audit.id, 'actions');
  return useMemo(() => {
    if (!scored?.observations || !actions) return undefined;
    const { observations } = scored;
    const day = today();
    const verifications = verifyActions(actions, {
      audit,
      touchpoints: scored.register.touchpoints,
      promises: scored.register.promises,
      observations,
    });
    const rows = buildPlanRows(actions, scored.register, scored.scores, verifications, day);
    const owners = [
      ...new Map(rows.filter((r) => r.owner).map((r) => [r.ownerKey, r.owner])).values(),
    ].sort((a, b) => a.localeCompare(b));
    return {
      scored: { ...scored, observations },
      actions,
      rows,
      verifications,
      today: day,
      owners,
    };
  }, [audit, scored, actions]);
}
