import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OBSERVATION_METHODS,
  RUBRIC,
  type Action,
  type Audit,
  type ObservationMethod,
  type RubricScore,
} from '../../../../shared/domain';
import { parseMeasured } from '../../../../shared/fieldwork/measure';
import { Dialog } from '../../app/components/Dialog';
import { formatDay } from '../../app/format';
import { db } from '../../db/db';
import { createRecord } from '../../db/records';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { today } from './plan-rows';
import type { PlanData } from './usePlan';

/**
 * Records a new piece of evidence on the gap of a done action, the quick way to close the
 * loop: the observation goes into the audit's evidence like any other, and the plan judges
 * the action on it.
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
  const notify = useUi((s) => s.notify);
  const id = useId();
  const { register, observations } = plan.scored;
  const choices = register.promises.filter((p) =>
    action.promiseId !== null ? p.id === action.promiseId : p.touchpointId === action.touchpointId,
  );
  const lastWave = observations.reduce((max, o) => Math.max(max, o.wave), 1);
  const [promiseId, setPromiseId] = useState(choices[0]?.id ?? '');
  const [method, setMethod] = useState<ObservationMethod>('mystery-shop');
  const [date, setDate] = useState(today());
  const [wave, setWave] = useState(String(lastWave));
  const [observer, setObserver] = useState('');
  const [location, setLocation] = useState('');
  const [score, setScore] = useState<RubricScore | null>(null);
  const [measured, setMeasured] = useState('');
  const [verbatim, setVerbatim] = useState('');
  const [error, setError] = useState('');
  const target = choices.find((p) => p.id === promiseId)?.target ?? null;
  const before = action.doneAt !== null && date < action.doneAt;

  const submit = async () => {
    let value: number | null = null;
    if (measured.trim() && target) {
      const parsed = parseMeasured(measured, target.unit);
      if (!parsed.ok) return setError(`${t('plan.record.measured')} ${parsed.message}`);
      value = parsed.value;
    }
    if (score === null && value === null) return setError(t('plan.record.needScore'));
    try {
      await undoable(audit.id, t('plan.history.evidence'), (journal) =>
        createRecord(
          db,
          'observations',
          {
            auditId: audit.id,
            promiseId,
            visitId: null,
            method,
            date,
            wave: Number(wave),
            observer,
            location,
            outcome: 'scored',
            score: value === null ? score : null,
            measured: value,
            verbatim,
            note: t('plan.record.note', { title: action.title }),
            photoIds: [],
          },
          journal,
        ),
      );
      notify('info', t('plan.record.saved'));
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const f = (name: string) => `${id}-${name}`;
  return (
    <Dialog
      title={t('plan.record.title')}
      onCancel={onDone}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('plan.record.save')}
          </button>
        </>
      }
    >
      <p className="muted">
        {t('plan.record.intro', {
          title: action.title,
          since: action.doneAt ? formatDay(action.doneAt, i18n.language) : '—',
        })}
      </p>
      <div className="field">
        <label htmlFor={f('promise')}>{t('plan.record.promise')}</label>
        <select id={f('promise')} value={promiseId} onChange={(e) => setPromiseId(e.target.value)}>
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.statement}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row plan-record-row">
        <div className="field">
          <label htmlFor={f('method')}>{t('plan.record.method')}</label>
          <select
            id={f('method')}
            value={method}
            onChange={(e) => setMethod(e.target.value as ObservationMethod)}
          >
            {OBSERVATION_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`method.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={f('date')}>{t('plan.record.date')}</label>
          <input
            id={f('date')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={f('wave')}>{t('plan.record.wave')}</label>
          <input
            id={f('wave')}
            type="number"
            min={1}
            value={wave}
            onChange={(e) => setWave(e.target.value)}
          />
        </div>
      </div>
      {before && (
        <p className="plan-missing warn" role="note">
          {t('plan.record.beforeDone')}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={f('observer')}>{t('plan.record.observer')}</label>
          <input
            id={f('observer')}
            value={observer}
            onChange={(e) => setObserver(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={f('location')}>{t('plan.record.location')}</label>
          <input
            id={f('location')}
            value={location}
            onChange={(e) => setLocation(e.target.value)}
          />
        </div>
      </div>
      <fieldset className="plan-rubric">
        <legend>{t('plan.record.score')}</legend>
        {RUBRIC.map((s) => (
          <label key={s} className="plan-choice">
            <input
              type="radio"
              name={f('score')}
              checked={score === s}
              onChange={() => setScore(s)}
            />
            {s} {t(`rubric.${s}`)}
          </label>
        ))}
      </fieldset>
      {target && (
        <div className="field">
          <label htmlFor={f('measured')}>
            {t('plan.record.measuredIn', { metric: target.metric, unit: target.unit })}
          </label>
          <input
            id={f('measured')}
            inputMode="decimal"
            value={measured}
            onChange={(e) => setMeasured(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={f('verbatim')}>{t('plan.record.verbatim')}</label>
        <textarea
          id={f('verbatim')}
          rows={2}
          value={verbatim}
          onChange={(e) => setVerbatim(e.target.value)}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
