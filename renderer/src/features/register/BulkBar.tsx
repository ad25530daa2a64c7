import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import type { PromisePatch } from '../../../../shared/register/promise-edit';
import { bulkEditPromises, deletePromises } from './promise-actions';
import type { RegisterData } from '../../db/register';

const KEEP = '';

/** Changes importance, belief or touchpoint of every selected promise at once, or deletes them. */
export function BulkBar({
  audit,
  data,
  ids,
  onDone,
}: {
  audit: Audit;
  data: RegisterData;
  ids: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [importance, setImportance] = useState(KEEP);
  const [belief, setBelief] = useState(KEEP);
  const [touchpointId, setTouchpointId] = useState(KEEP);

  const patch: PromisePatch = {};
  if (importance !== KEEP) patch.importance = Number(importance);
  if (belief !== KEEP) patch.belief = belief === 'none' ? null : Number(belief);
  if (touchpointId !== KEEP) patch.touchpointId = touchpointId;

  const apply = async () => {
    if (await bulkEditPromises(audit.id, ids, patch)) {
      setImportance(KEEP);
      setBelief(KEEP);
      setTouchpointId(KEEP);
    }
  };

  return (
    <div
      className="bulk-bar"
      role="region"
      aria-label={t('register.bulk.selected', { count: ids.length })}
    >
      <strong>{t('register.bulk.selected', { count: ids.length })}</strong>
      <label>
        {t('register.bulk.importance')}
        <select value={importance} onChange={(e) => setImportance(e.target.value)}>
          <option value={KEEP}>{t('register.bulk.keep')}</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('register.bulk.belief')}
        <select value={belief} onChange={(e) => setBelief(e.target.value)}>
          <option value={KEEP}>{t('register.bulk.keep')}</option>
          <option value="none">{t('register.unset')}</option>
          {[0, 1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {n} · {t(`rubric.${n as 0 | 1 | 2 | 3 | 4}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('register.bulk.touchpoint')}
        <select value={touchpointId} onChange={(e) => setTouchpointId(e.target.value)}>
          <option value={KEEP}>{t('register.bulk.keep')}</option>
          {data.touchpoints.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {tp.name} · {data.stageById.get(tp.stageId)?.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="primary"
        disabled={Object.keys(patch).length === 0}
        onClick={() => void apply()}
      >
        {t('register.bulk.apply')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => void deletePromises(audit.id, ids).then((ok) => ok && onDone())}
      >
        {t('register.bulk.delete')}
      </button>
      <button type="button" className="ghost" onClick={onDone}>
        {t('register.bulk.clear')}
      </button>
    </div>
  );
}
