import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../shared/domain';
import { Dialog } from '../../app/components/Dialog';
import { FormField } from '../../app/components/FormField';
import { addJourneyRecord, editJourneyRecord } from './journey-actions';
import type { RegisterData } from '../../db/register';

/**
 * Edits a touchpoint: name, stage, channel, owning department and description; or, with
 * `touchpoint` null, adds one to the audit, at the stage and channel `at` (a matrix cell).
 */
export function TouchpointDialog({
  data,
  touchpoint,
  auditId = touchpoint?.auditId ?? '',
  at,
  onClose,
}: {
  data: RegisterData;
  touchpoint: Touchpoint | null;
  auditId?: string;
  at?: { stageId: string; channelId: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: touchpoint?.name ?? '',
    stageId: touchpoint?.stageId ?? at?.stageId ?? data.stages[0]?.id ?? '',
    channelId: touchpoint?.channelId ?? at?.channelId ?? data.channels[0]?.id ?? '',
    department: touchpoint?.department ?? '',
    description: touchpoint?.description ?? '',
  });
  const [error, setError] = useState('');
  const save = async () => {
    const name = form.name.trim();
    if (!name) return setError(t('register.journey.nameRequired'));
    const ok = touchpoint
      ? await editJourneyRecord(
          'touchpoints',
          touchpoint,
          { ...form, name },
          t('register.history.editTouchpoint', { name: touchpoint.name }),
        )
      : (await addJourneyRecord(
          'touchpoints',
          { ...form, name, department: form.department.trim(), auditId },
          t('register.history.newTouchpoint', { name }),
        )) !== null;
    if (ok) onClose();
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  return (
    <Dialog
      title={touchpoint ? t('register.journey.editTouchpoint') : t('guide.matrix.addHere')}
      onCancel={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </>
      }
    >
      <FormField label={t('register.journey.touchpointName')} error={error}>
        {(control) => (
          <input {...control} value={form.name} onChange={set('name')} autoFocus={!touchpoint} />
        )}
      </FormField>
      <div className="field-row">
        <label className="field">
          {t('register.journey.stage')}
          <select value={form.stageId} onChange={set('stageId')}>
            {data.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('register.journey.channel')}
          <select value={form.channelId} onChange={set('channelId')}>
            {data.channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        {t('register.journey.department')}
        <input value={form.department} onChange={set('department')} />
      </label>
      <label className="field">
        {t('register.journey.description')}
        <textarea rows={3} value={form.description} onChange={set('description')} />
      </label>
    </Dialog>
  );
}
