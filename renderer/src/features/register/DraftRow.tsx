import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { addPromise } from './promise-actions';
import type { RegisterData } from '../../db/register';

interface DraftRowProps {
  audit: Audit;
  data: RegisterData;
  defaultTouchpointId: string;
  onAdded: (id: string) => void;
  onClose: () => void;
}

/**
 * The new-promise line above the table: type the promise, Enter adds it and clears the line
 * for the next one, keeping the touchpoint; Escape closes it.
 */
export function DraftRow({ audit, data, defaultTouchpointId, onAdded, onClose }: DraftRowProps) {
  const { t } = useTranslation();
  const [statement, setStatement] = useState('');
  const [touchpointId, setTouchpointId] = useState(defaultTouchpointId);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const add = async () => {
    if (busy || !statement.trim() || !touchpointId) return;
    setBusy(true);
    const created = await addPromise(audit.id, touchpointId, statement);
    setBusy(false);
    if (created) {
      setStatement('');
      onAdded(created.id);
    }
    input.current?.focus();
  };

  return (
    <div
      className="draft-row"
      role="group"
      aria-label={t('register.newPromise')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          void add();
        }
      }}
    >
      <input
        ref={input}
        className="draft-statement"
        aria-label={t('register.columns.statement')}
        placeholder={t('register.columns.statement')}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
      />
      <select
        aria-label={t('register.columns.touchpoint')}
        value={touchpointId}
        onChange={(e) => setTouchpointId(e.target.value)}
      >
        {data.touchpoints.map((tp) => (
          <option key={tp.id} value={tp.id}>
            {tp.name} · {data.stageById.get(tp.stageId)?.name} ·{' '}
            {data.channelById.get(tp.channelId)?.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="primary"
        disabled={busy || !statement.trim()}
        onClick={() => void add()}
      >
        {t('register.journey.add')}
      </button>
      <button type="button" className="ghost" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
