import { useTranslation } from 'react-i18next';
import type { Action, Audit } from '../../../../shared/domain';
import { formatDay } from '../../app/format';
import { ObservationDialog } from '../../app/components/ObservationDialog';
import type { PlanData } from './usePlan';

/**
 * Records a new piece of evidence on the gap of a done action, the quick way to close the
 * loop: the field-work observation form, limited to the action's promises and told why. The
 * observation joins the audit's evidence like any other, and the plan judges the action on it.
 */
export function EvidenceDialog({
  audit,
  plan,
  action,
  onDone,
}: {
  audit: Audit;
  plan: PlanData;
  action: Action;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { register, observations } = plan.scored;
  const promiseIds = register.promises
    .filter((p) =>
      action.promiseId !== null
        ? p.id === action.promiseId
        : p.touchpointId === action.touchpointId,
    )
    .map((p) => p.id);
  const lastWave = observations.reduce((max, o) => Math.max(max, o.wave), 1);
  return (
    <ObservationDialog
      audit={audit}
      register={register}
      observation={null}
      onDone={onDone}
      context={{
        promiseIds,
        preset: {
          method: 'mystery-shop',
          wave: lastWave,
          note: t('plan.record.note', { title: action.title }),
        },
        title: t('plan.record.title'),
        saveLabel: t('plan.record.save'),
        historyLabel: t('plan.history.evidence'),
        savedText: t('plan.record.saved'),
        intro: (
          <p className="muted">
            {t('plan.record.intro', {
              title: action.title,
              since: action.doneAt ? formatDay(action.doneAt, i18n.language) : '—',
            })}
          </p>
        ),
        dateWarning: (date) =>
          action.doneAt !== null &&
          date < action.doneAt && (
            <p className="plan-missing warn" role="note">
              {t('plan.record.beforeDone')}
            </p>
          ),
      }}
    />
  );
}
