import { today } from '../../platform/clock';
import { useMemo, useState, type ReactNode } from 'react';
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
import { asksFirst, evidenceDateNotice } from '../../../../shared/fieldwork/evidence-date';
import { isLineObservation } from '../../../../shared/fieldwork/lines';
import { parseMeasured } from '../../../../shared/fieldwork/measure';
import { formatDay } from '../format';
import { Combobox } from './Combobox';
import { DateNotice } from './DateNotice';
import { promiseOptions } from './pick-options';
import { Dialog } from './Dialog';
import { FieldError, errorIdOf, fieldAria } from './FormField';
import { errorText, fieldErrors, reasonText } from '../error-text';
import { db } from '../../db/db';
import { createObservation, updateObservation } from '../../db/commands/fieldwork';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import type { RegisterData } from '../../db/register';

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
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const o = observation;
  const contextIds = context?.promiseIds;
  const promiseChoices = useMemo(
    () =>
      promiseOptions(register, t, contextIds ? { only: new Set(contextIds) } : {}),
    [register, t, contextIds],
  );
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
  // A visit's checked line: what the visit decides is changed on the visit, not here.
  const line = o !== null && isLineObservation(o);
  // A date that moves the scores unexpectedly is asked about once (a date kept as it was is not).
  const notice =
    o && o.date === date
      ? null
      : evidenceDateNotice(date, audit, today(), { verification: context !== undefined });
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const asking = asksFirst(notice) && askedFor === date;

  const submit = async () => {
    if (asksFirst(notice) && askedFor !== date) {
      setAskedFor(date);
      return;
    }
    let value: number | null = null;
    if (outcome === 'scored' && measured.trim() && target) {
      const parsed = parseMeasured(measured, target.unit);
      if (!parsed.ok) return setErrors({ measured: reasonText(parsed, t) });
      value = parsed.value;
    }
    if (!promiseId) return setErrors({ promiseId: t('fieldwork.choosePromise') });
    const found = {
      outcome,
      score: outcome === 'scored' ? score : null,
      measured: outcome === 'scored' ? value : null,
      verbatim,
      note,
    };
    const fields = line
      ? found
      : { promiseId, method, date, wave: Number(wave), observer, location, ...found };
    try {
      await undoable(
        audit.id,
        context?.historyLabel ?? t('fieldwork.historyObservation'),
        (journal) =>
          o
            ? updateObservation(db, o.id, fields, journal)
            : createObservation(
                db,
                {
                  promiseId,
                  method,
                  date,
                  wave: Number(wave),
                  observer,
                  location,
                  ...found,
                  auditId: audit.id,
                  visitId: null,
                  photoIds: [],
                  externalKey: null,
                },
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

  const problem = (field: string, label: string) => (
    <FieldError controlId={`obs-${field}`} label={label || undefined} problem={errors[field]} />
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
            {asking ? t('fieldwork.dateNotice.confirm') : (context?.saveLabel ?? t('fieldwork.save'))}
          </button>
        </>
      }
    >
      {context?.intro}
      {line && (
        <p className="field-hint" id="obs-line-hint">
          {t('fieldwork.lineObservationHint', {
            location: o.location,
            date: formatDay(o.date, i18n.language),
          })}
        </p>
      )}
      <div className="field">
        <label htmlFor="obs-promise">{t('fieldwork.promise')}</label>
        <Combobox
          id="obs-promise"
          options={promiseChoices}
          value={promiseId}
          autoFocus={!line}
          disabled={line}
          describedBy={line ? 'obs-line-hint' : undefined}
          placeholder={t('find.combobox.choosePromise')}
          onChange={setPromiseId}
        />
        {problem('promiseId', '')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="obs-method">{t('fieldwork.method')}</label>
          <select
            id="obs-method"
            value={method}
            disabled={line}
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
          <input
            id="obs-date"
            type="date"
            value={date}
            readOnly={line}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={
              [errors.date && errorIdOf('obs-date'), notice && 'obs-date-notice']
                .filter(Boolean)
                .join(' ') || undefined
            }
            onChange={(e) => setDate(e.target.value)}
          />
          {problem('date', t('fieldwork.date'))}
        </div>
        <div className="field">
          <label htmlFor="obs-wave">{t('fieldwork.waveLabel')}</label>
          <input
            id="obs-wave"
            type="number"
            min={1}
            readOnly={line}
            value={wave}
            {...fieldAria('obs-wave', !!errors.wave)}
            onChange={(e) => setWave(e.target.value)}
          />
          {problem('wave', t('fieldwork.waveLabel'))}
        </div>
      </div>
      <DateNotice notice={notice} asking={asking} id="obs-date-notice" />
      {context?.dateWarning(date)}
      <div className="field-row">
        <div className="field">
          <label htmlFor="obs-observer">{t('fieldwork.observer')}</label>
          <input
            id="obs-observer"
            value={observer}
            readOnly={line}
            onChange={(e) => setObserver(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="obs-location">{t('fieldwork.location')}</label>
          <input
            id="obs-location"
            value={location}
            readOnly={line}
            onChange={(e) => setLocation(e.target.value)}
          />
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
