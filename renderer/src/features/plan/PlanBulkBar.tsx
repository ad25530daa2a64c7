import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
  type Audit,
} from '../../../../shared/domain';
import { useUi } from '../../stores/ui';
import type { PlanHandlers } from './NextStep';
import { deleteActions, mergeActions, setOwner } from './plan-actions';
import type { PlanData } from './usePlan';

/** Changes the status or the owner of the selected actions at once, merges them, or deletes them. */
export function PlanBulkBar({
  audit,
  plan,
  selected,
  on,
  onClear,
}: {
  audit: Audit;
  plan: PlanData;
  selected: Action[];
  on: PlanHandlers;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useUi((s) => s.confirm);
  const id = useId();
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [owner, setOwnerText] = useState('');
  const count = selected.length;

  const merge = async () => {
    const ok = await confirm({
      title: t('plan.bulk.mergeTitle', { count }),
      body: t('plan.bulk.mergeBody', { title: selected[0]!.title, count: count - 1 }),
      confirmLabel: t('plan.bulk.merge'),
      danger: false,
    });
    if (ok && (await mergeActions(audit, selected, plan.scored.register.promises))) onClear();
  };

  return (
    <div
      className="bulk-bar plan-bulk"
      role="region"
      aria-label={t('plan.bulk.selected', { count })}
    >
      <strong>{t('plan.bulk.selected', { count })}</strong>
      <label>
        {t('plan.bulk.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as ActionStatus | '')}>
          <option value="">{t('plan.bulk.keep')}</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`actionStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!status}
        onClick={() => {
          if (!status) return;
          on.move(selected, status);
          setStatus('');
        }}
      >
        {t('plan.bulk.applyStatus')}
      </button>
      <label>
        {t('plan.bulk.owner')}
        <input
          value={owner}
          list={`${id}-owners`}
          placeholder={t('plan.bulk.ownerPlaceholder')}
          onChange={(e) => setOwnerText(e.target.value)}
        />
        <datalist id={`${id}-owners`}>
          {plan.owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <button
        type="button"
        disabled={!owner.trim()}
        onClick={() =>
          void setOwner(
            audit,
            selected.map((a) => a.id),
            owner,
          ).then((ok) => ok && setOwnerText(''))
        }
      >
        {t('plan.bulk.applyOwner')}
      </button>
      <button type="button" disabled={count < 2} onClick={() => void merge()}>
        {t('plan.bulk.merge')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={() =>
          void deleteActions(
            audit,
            selected.map((a) => a.id),
          ).then((ok) => ok && onClear())
        }
      >
        {t('plan.bulk.delete')}
      </button>
      <button type="button" className="ghost" onClick={onClear}>
        {t('plan.bulk.clear')}
      </button>
    </div>
  );
}
