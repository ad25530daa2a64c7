import type { Audit } from '../../../shared/domain';
import { prefillAction, type ActionLink } from '../../../shared/plan';
import { ActionDialog } from '../features/plan/ActionDialog';
import { usePlan } from '../features/plan/usePlan';
import { useOpeners } from '../stores/openers';
import { useUi } from '../stores/ui';

/**
 * The plan's action form over whatever screen asked for it ("Plan an action" on Scores, in a
 * promise's detail, the workshop reveal, the register): the one place the window shows it
 * outside the plan, so no screen reaches into another's folder.
 */
export function PlanActionHost({ audit }: { audit: Audit | null }) {
  const planning = useOpeners((s) => s.planning);
  if (!planning || !audit) return null;
  return (
    <Planning
      key={`${planning.promiseId}:${planning.touchpointId}`}
      audit={audit}
      link={planning}
    />
  );
}

function Planning({ audit, link }: { audit: Audit; link: ActionLink }) {
  const plan = usePlan(audit);
  const close = useOpeners((s) => s.closePlanning);
  if (!plan) return null;
  const { register, scores } = plan.scored;
  // The form reads its start once, when it opens.
  const prefill = prefillAction(link, scores, register.promises, register.touchpoints);
  if (!prefill) return null;
  return (
    <ActionDialog
      audit={audit}
      plan={plan}
      request={{ action: null, prefill }}
      onDone={close}
      onRecordEvidence={() => {
        close();
        useUi.getState().showScreen('plan');
      }}
    />
  );
}
