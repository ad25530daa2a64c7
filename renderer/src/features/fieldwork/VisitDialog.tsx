import { today } from '../../platform/clock';
import { asksFirst, evidenceDateNotice } from '../../../../shared/fieldwork/evidence-date';
import { DateNotice } from '../../app/components/DateNotice';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ValidationError,
  VISIT_KINDS,
  type Audit,
  type Visit,
  type VisitKind,
} from '../../../../shared/domain';
import { Dialog } from '../../app/components/Dialog';
import { FieldError, fieldAria } from '../../app/components/FormField';
import { errorText, fieldErrors } from '../../app/error-text';
import { rankSearch, searchIndex } from '../../../../shared/search';
import { db } from '../../db/db';
import { createVisit, pendingItem, updateVisit } from '../../db/commands/fieldwork';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { useRegister } from '../../db/register';

/**
 * Plans a visit, or edits one's details: kind, location, date, observer, wave, scenario, and
 * the checklist, chosen by touchpoint or by promise. Lines already answered keep their answers.
 */
export function VisitDialog({
  audit,
  visit,
  observers,
  onDone,
}: {
  audit: Audit;
  visit: Visit | null;
  observers: string[];
  onDone: (visit: Visit | null) => void;
}) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const register = useRegister(audit.id);
  const [kind, setKind] = useState<VisitKind>(visit?.kind ?? 'field-check');
  const [location, setLocation] = useState(visit?.location ?? '');
  const [date, setDate] = useState(visit?.date ?? today());
  const [observer, setObserver] = useState(visit?.observer ?? '');
  const [wave, setWave] = useState(String(visit?.wave ?? 1));
  const [scenario, setScenario] = useState(visit?.scenario ?? '');
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(visit?.checklist.map((i) => i.promiseId) ?? []),
  );
  const [query, setQuery] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // The visit's checked lines will be evidence of its date: a date that moves the scores
  // unexpectedly is asked about once (a date kept as it was is not).
  const notice =
    visit && visit.date === date ? null : evidenceDateNotice(date, audit, today());
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const asking = asksFirst(notice) && askedFor === date;

  // The pickers' search rule: statement, touchpoint, stage or channel (shared/search).
  const index = useMemo(() => {
    if (!register) return [];
    return searchIndex(register.promises, (p) => {
      const tp = register.touchpointById.get(p.touchpointId);
      return [
        p.statement,
        tp?.name,
        tp && register.stageById.get(tp.stageId)?.name,
        tp && register.channelById.get(tp.channelId)?.name,
      ];
    });
  }, [register]);
  const groups = useMemo(() => {
    if (!register) return [];
    const found = new Set(rankSearch(index, query).items.map((p) => p.id));
    return register.touchpoints
      .map((tp) => ({
        touchpoint: tp,
        place: `${register.stageById.get(tp.stageId)?.name ?? ''} · ${register.channelById.get(tp.channelId)?.name ?? ''}`,
        promises: register.promises.filter(
          (p) => p.touchpointId === tp.id && (found.has(p.id) || chosen.has(p.id)),
        ),
      }))
      .filter((g) => g.promises.length > 0);
  }, [register, index, query, chosen]);

  const toggle = (ids: string[], on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  const submit = async () => {
    if (asksFirst(notice) && askedFor !== date) {
      setAskedFor(date);
      return;
    }
    const problems: Record<string, string> = {};
    if (chosen.size === 0) problems.checklist = t('fieldwork.checklistEmpty');
    const waveNumber = Number(wave);
    if (Object.keys(problems).length > 0) return setErrors(problems);
    setBusy(true);
    // Keep answered lines; new promises start unchecked, in register order.
    const order = new Map(register?.promises.map((p, i) => [p.id, i]));
    const kept = new Map(visit?.checklist.map((i) => [i.promiseId, i]));
    const checklist = [...chosen]
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map((id) => kept.get(id) ?? pendingItem(id));
    const fields = {
      kind,
      location,
      date,
      observer: observer.trim(),
      wave: waveNumber,
      scenario,
      checklist,
    };
    try {
      const saved = await undoable(
        audit.id,
        t('fieldwork.historyVisit', { location: location || '…' }),
        (journal) =>
          visit
            ? updateVisit(db, visit.id, fields, journal)
            : createVisit(db, { ...fields, auditId: audit.id, status: 'planned' }, journal),
      );
      if (!visit) notify('info', t('fieldwork.visitCreated', { location: saved.location }));
      onDone(saved);
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(fieldErrors(error.problems, t, (path) => path.split(/[.[]/)[0]!));
      else setErrors({ '': errorText(error, t) });
      setBusy(false);
    }
  };

  const error = (field: string, label: string) => (
    <FieldError controlId={`visit-${field}`} label={label || undefined} problem={errors[field]} />
  );
  const invalid = (field: string) => fieldAria(`visit-${field}`, !!errors[field]);

  return (
    <Dialog
      title={visit ? t('fieldwork.visitTitleEdit') : t('fieldwork.visitTitleNew')}
      wide
      onCancel={() => onDone(null)}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {asking
              ? t('fieldwork.dateNotice.confirm')
              : visit
                ? t('fieldwork.save')
                : t('fieldwork.create')}
          </button>
        </>
      }
    >
      <div className="visit-form">
        <div className="visit-form-fields">
          <fieldset className="inline-choices">
            <legend>{t('fieldwork.kind')}</legend>
            {VISIT_KINDS.map((k) => (
              <label key={k} className="check">
                <input
                  type="radio"
                  name="visit-kind"
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                {t(`fieldwork.visitKind.${k}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="visit-location">{t('fieldwork.location')}</label>
            <input
              id="visit-location"
              value={location}
              autoFocus
              placeholder={t('fieldwork.locationPlaceholder')}
              onChange={(e) => setLocation(e.target.value)}
              {...invalid('location')}
            />
            {error('location', t('fieldwork.location'))}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="visit-date">{t('fieldwork.date')}</label>
              <input
                id="visit-date"
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
                {...invalid('date')}
              />
              {error('date', t('fieldwork.date'))}
            </div>
            <div className="field">
              <label htmlFor="visit-wave">{t('fieldwork.waveLabel')}</label>
              <input
                id="visit-wave"
                type="number"
                min={1}
                value={wave}
                onChange={(e) => setWave(e.target.value)}
                {...invalid('wave')}
              />
              {error('wave', t('fieldwork.waveLabel'))}
            </div>
          </div>
          <DateNotice notice={notice} asking={asking} />
          <div className="field">
            <label htmlFor="visit-observer">{t('fieldwork.observer')}</label>
            <input
              id="visit-observer"
              list="visit-observers"
              value={observer}
              aria-describedby="visit-observer-hint"
              onChange={(e) => setObserver(e.target.value)}
            />
            <datalist id="visit-observers">
              {observers.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
            <p className="field-hint muted" id="visit-observer-hint">
              {t('fieldwork.observerHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="visit-scenario">{t('fieldwork.scenario')}</label>
            <textarea
              id="visit-scenario"
              rows={4}
              value={scenario}
              placeholder={t('fieldwork.scenarioPlaceholder')}
              onChange={(e) => setScenario(e.target.value)}
            />
          </div>
        </div>
        <fieldset className="visit-checklist-picker" aria-describedby="visit-checklist-count">
          <legend>{t('fieldwork.checklistLabel')}</legend>
          <input
            type="search"
            aria-label={t('fieldwork.checklistSearch')}
            placeholder={t('fieldwork.checklistSearch')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <p id="visit-checklist-count" className="muted" role="status">
            {t('fieldwork.checklistChosen', { count: chosen.size })}
          </p>
          {error('checklist', '')}
          <div className="picker-groups">
            {groups.map((g) => {
              const ids = g.promises.map((p) => p.id);
              const all = ids.every((id) => chosen.has(id));
              return (
                <div key={g.touchpoint.id} className="picker-group">
                  <label className="check picker-touchpoint">
                    <input
                      type="checkbox"
                      checked={all}
                      aria-label={t('fieldwork.wholeTouchpoint', { name: g.touchpoint.name })}
                      onChange={(e) => toggle(ids, e.target.checked)}
                    />
                    <strong>{g.touchpoint.name}</strong>
                    <span className="muted"> {g.place}</span>
                  </label>
                  {g.promises.map((p) => (
                    <label key={p.id} className="check picker-promise">
                      <input
                        type="checkbox"
                        checked={chosen.has(p.id)}
                        onChange={(e) => toggle([p.id], e.target.checked)}
                      />
                      {p.statement}
                    </label>
                  ))}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      {errors[''] && (
        <p className="field-error" role="alert">
          {errors['']}
        </p>
      )}
    </Dialog>
  );
}
