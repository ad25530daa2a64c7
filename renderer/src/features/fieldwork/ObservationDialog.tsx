import { today } from '../../platform/clock';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OBSERVATION_METHODS,
  OBSERVATION_OUTCOMES,
  RUBRIC,
  ValidationError,
  type Audit,
  type Observation,
  type ObservationMethod,
  type ObservationOutcome,
  type RubricScore,
} from '../../../../shared/domain';
import { parseMeasured } from '../../../../shared/fieldwork/measure';
import { Dialog } from '../../app/components/Dialog';
import { errorText, fieldErrors, reasonText } from '../../app/error-text';
import { db } from '../../db/db';
import { createObservation, updateObservation } from '../../db/commands/fieldwork';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import type { RegisterData } from '../register/useRegister';

/**
 * How another screen opens the form for new evidence in its own context: which promises it
 * may be about, what it starts with, and its own title, words and warning.
 */
export interface ObservationContext {
  promiseIds: readonly string[];
  preset: { method: ObservationMethod; wave: number; note: string };
  title: string;
  saveLabel: string;
  historyLabel: string;
  savedText: string;
  intro: ReactNode;
  /** A warning about the date chosen, or null. */
  dateWarning: (date: string) => ReactNode;
}

/** Adds evidence of any method by hand, or edits a piece of evidence from the log. */
export function ObservationDialog({
  audit,
  register,
  observation,
  context,
  onDone,
}: {
  audit: Audit;
  register: RegisterData;
  observation: Observation | null;
  context?: ObservationContext;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const o = observation;
  const allowed = context ? new Set(context.promiseIds) : null;
  const [promiseId, setPromiseId] = useState(o?.promiseId ?? context?.promiseIds[0] ?? '');
  const [method, setMethod] = useState<ObservationMethod>(
    o?.method ?? context?.preset.method ?? 'interview',
  );
  const [date, setDate] = useState(o?.date ?? today());
  const [wave, setWave] = useState(String(o?.wave ?? context?.preset.wave ?? 1));
  const [observer, setObserver] = useState(o?.observer ?? '');
  const [location, setLocation] = useState(o?.location ?? '');
  const [outcome, setOutcome] = useState<ObservationOutcome>(o?.outcome ?? 'scored');
  const [score, setScore] = useState<RubricScore | null>(o?.score ?? null);
  const [measured, setMeasured] = useState(
    o?.measured !== null && o?.measured !== undefined ? String(o.measured) : '',
  );
  const [verbatim, setVerbatim] = useState(o?.verbatim ?? '');
  const [note, setNote] = useState(o?.note ?? context?.preset.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const target = register.promises.find((p) => p.id === promiseId)?.target ?? null;

  const submit = async () => {
    let value: number | null = null;
    if (outcome === 'scored' && measured.trim() && target) {
      const parsed = parseMeasured(measured, target.unit);
      if (!parsed.ok) return setErrors({ measured: reasonText(parsed, t) });
      value = parsed.value;
    }
    if (!promiseId) return setErrors({ promiseId: t('fieldwork.choosePromise') });
    const fields = {
      promiseId,
      method,
      date,
      wave: Number(wave),
      observer,
      location,
      outcome,
      score: outcome === 'scored' ? score : null,
      measured: outcome === 'scored' ? value : null,
      verbatim,
      note,
    };
    try {
      await undoable(
        audit.id,
        context?.historyLabel ?? t('fieldwork.historyObservation'),
        (journal) =>
          o
            ? updateObservation(db, o.id, fields, journal)
            : createObservation(
                db,
                { ...fields, auditId: audit.id, visitId: null, photoIds: [], externalKey: null },
                journal,
              ),
      );
      notify('info', context?.savedText ?? t('fieldwork.observationSaved'));
      onDone();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(fieldErrors(error.problems, t));
      else setErrors({ '': errorText(error, t) });
    }
  };

  const problem = (field: string, label: string) =>
    errors[field] && (
      <p className="field-error" role="alert">
        {t('errors.at', { path: label, message: errors[field] })}
      </p>
    );

  return (
    <Dialog
      title={
        context?.title ??
        (o ? t('fieldwork.observationTitleEdit') : t('fieldwork.observationTitleNew'))
      }
      wide
      onCancel={onDone}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {context?.saveLabel ?? t('fieldwork.save')}
          </button>
        </>
      }
    >
      {context?.intro}
      <div className="field">
        <label htmlFor="obs-promise">{t('fieldwork.promise')}</label>
        <select
          id="obs-promise"
          value={promiseId}
          autoFocus
          onChange={(e) => setPromiseId(e.target.value)}
        >
          <option value="">{t('fieldwork.choosePromise')}</option>
          {register.touchpoints.map((tp) => {
            const own = register.promises.filter(
              (p) => p.touchpointId === tp.id && (!allowed || allowed.has(p.id)),
            );
            return (
              own.length > 0 && (
                <optgroup key={tp.id} label={tp.name}>
                  {own.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.statement}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
        {problem('promiseId', '')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="obs-method">{t('fieldwork.method')}</label>
          <select
            id="obs-method"
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
          <label htmlFor="obs-date">{t('fieldwork.date')}</label>
          <input id="obs-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          {problem('date', t('fieldwork.date'))}
        </div>
        <div className="field">
          <label htmlFor="obs-wave">{t('fieldwork.waveLabel')}</label>
          <input
            id="obs-wave"
            type="number"
            min={1}
            value={wave}
            onChange={(e) => setWave(e.target.value)}
          />
          {problem('wave', t('fieldwork.waveLabel'))}
        </div>
      </div>
      {context?.dateWarning(date)}
      <div className="field-row">
        <div className="field">
          <label htmlFor="obs-observer">{t('fieldwork.observer')}</label>
          <input id="obs-observer" value={observer} onChange={(e) => setObserver(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="obs-location">{t('fieldwork.location')}</label>
          <input id="obs-location" value={location} onChange={(e) => setLocation(e.target.value)} />
        </div>
      </div>
      <fieldset className="inline-choices">
        <legend>{t('fieldwork.outcome')}</legend>
        {OBSERVATION_OUTCOMES.map((k) => (
          <label key={k} className="check">
            <input
              type="radio"
              name="obs-outcome"
              checked={outcome === k}
              onChange={() => setOutcome(k)}
            />
            {t(`fieldwork.state.${k}`)}
          </label>
        ))}
      </fieldset>
      {outcome === 'scored' && (
        <div className="field-row">
          <fieldset className="inline-choices">
            <legend>{t('fieldwork.score')}</legend>
            {RUBRIC.map((s) => (
              <label key={s} className="check">
                <input
                  type="radio"
                  name="obs-score"
                  checked={score === s}
                  onChange={() => setScore(s)}
                />
                {s} {t(`rubric.${s}`)}
              </label>
            ))}
          </fieldset>
          {target && (
            <div className="field">
              <label htmlFor="obs-measured">
                {target.unit
                  ? t('fieldwork.measured', { unit: target.unit })
                  : t('fieldwork.measuredValue')}
              </label>
              <input
                id="obs-measured"
                inputMode="decimal"
                value={measured}
                onChange={(e) => setMeasured(e.target.value)}
              />
              {problem('measured', '')}
            </div>
          )}
        </div>
      )}
      {problem('score', t('fieldwork.score'))}
      <div className="field">
        <label htmlFor="obs-verbatim">{t('fieldwork.verbatim')}</label>
        <textarea
          id="obs-verbatim"
          rows={3}
          value={verbatim}
          onChange={(e) => setVerbatim(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="obs-note">{t('fieldwork.note')}</label>
        <textarea id="obs-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {errors[''] && (
        <p className="field-error" role="alert">
          {errors['']}
        </p>
      )}
    </Dialog>
  );
}
