import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  type Audit,
  type Language,
} from '../../../../shared/domain';
import { createTranslator } from '../../../../shared/i18n';
import {
  RATING_SCALES,
  type RatingScale,
  type SurveyTarget,
} from '../../../../shared/survey/definition';
import {
  customerWordingOf,
  DEFAULT_QUESTION_LIMIT,
  generateSurvey,
  leastVoiceFirst,
  promisesOfTarget,
} from '../../../../shared/survey/generate';
import { surveyWords } from '../../../../shared/survey/answers';
import { db } from '../../db/db';
import { useRegister } from '../../db/register';
import { useAuditScores } from '../../db/scores/useAuditScores';
import { createSurvey } from '../../db/commands/surveys';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { errorText } from '../error-text';
import { Dialog } from './Dialog';

/** What a new survey is asked about, when the dialog is opened from a gap. */
export interface SurveyStart {
  touchpointId?: string;
  /** The promises to ask about; else those of the touchpoint with the least customer voice. */
  promiseIds?: readonly string[];
}

type TargetKind = 'touchpoint' | 'stage' | 'channel' | 'audit';

function targetOf(kind: TargetKind, id: string): SurveyTarget | null {
  if (kind === 'audit') return { kind: 'audit' };
  if (!id) return null;
  if (kind === 'touchpoint') return { kind: 'touchpoints', ids: [id] };
  return { kind, id };
}

/**
 * Builds a survey from the audit's promises and saves it with the audit: what it is for (a
 * touchpoint, a stage, a channel or the whole audit), which promises it asks about (at first
 * those with the least customer-voice evidence), each in the customer's words, the scale, the
 * NPS question, the language and the address the cards point to; a preview shows it as the
 * customer will read it. Exports and cards are made from the saved survey (Field work).
 */
export function SurveyDialog({
  audit,
  start = {},
  onClose,
}: {
  audit: Audit;
  start?: SurveyStart;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const ids = useId();
  // The register and the scores every screen reads: no second reading or scoring of the audit.
  const register = useRegister(audit.id);
  const scores = useAuditScores(audit)?.scores;
  const data = useMemo(
    () => (register && scores ? { bundle: { ...register, audit }, scores } : null),
    [register, scores, audit],
  );
  const [kind, setKind] = useState<TargetKind>('touchpoint');
  const [chosenTargetId, setTargetId] = useState(start.touchpointId ?? '');
  // Until one is chosen, the first touchpoint of the journey.
  const targetId =
    chosenTargetId || (kind === 'touchpoint' ? (register?.touchpoints[0]?.id ?? '') : '');
  const [chosen, setChosen] = useState<Set<string> | null>(
    start.promiseIds ? new Set(start.promiseIds) : null,
  );
  const [wordings, setWordings] = useState<Record<string, string>>({});
  const [scale, setScale] = useState<RatingScale>('csat');
  const [nps, setNps] = useState(true);
  const [language, setLanguage] = useState<Language>(audit.language);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const target = targetOf(kind, targetId);
  const promises = useMemo(
    () => (data && target ? promisesOfTarget(data.bundle, target) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, kind, targetId],
  );
  const voice = (id: string) => data?.scores.promises.get(id)?.customerVoice.count ?? 0;
  // Until the team chooses, the target's promises with the least customer voice are asked.
  const picked = useMemo(() => {
    if (chosen) return chosen;
    if (!data) return new Set<string>();
    return new Set(
      leastVoiceFirst(promises, data.scores)
        .slice(0, DEFAULT_QUESTION_LIMIT)
        .map((p) => p.id),
    );
  }, [chosen, data, promises]);
  const asked = promises.filter((p) => picked.has(p.id));
  const wordingOf = (id: string) => {
    const p = promises.find((x) => x.id === id);
    return wordings[id] ?? (p ? customerWordingOf(p) : '');
  };

  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const changeTarget = (nextKind: TargetKind, nextId: string) => {
    setKind(nextKind);
    setTargetId(nextId);
    setChosen(null);
  };

  const preview = useMemo(() => {
    if (!data || !target || asked.length === 0) return null;
    try {
      return generateSurvey(data.bundle, {
        id: '00000000-0000-4000-8000-000000000000',
        target,
        promises: asked.map((p) => p.id),
        scale,
        nps,
        language,
        scores: data.scores,
      });
    } catch {
      return null;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, kind, targetId, picked, scale, nps, language]);
  const words = surveyWords(language, scale);
  const customer = createTranslator(language).t;

  const save = async () => {
    if (!data || !target || !preview) return;
    setBusy(true);
    setProblem('');
    try {
      const definition = generateSurvey(data.bundle, {
        id: crypto.randomUUID(),
        target,
        promises: asked.map((p) => p.id),
        scale,
        nps,
        language,
        address: address.trim(),
        scores: data.scores,
      });
      const questions = definition.questions.map((q) => ({
        ...q,
        wording: wordingOf(q.promiseId).trim() || q.wording,
      }));
      const survey = await undoable(audit.id, t('surveys.history', { title: definition.title }), (journal) =>
        createSurvey(db, audit.id, { ...definition, questions }, journal),
      );
      notify('info', t('surveys.saved', { title: survey.title, count: questions.length }));
      onClose();
    } catch (error) {
      setProblem(errorText(error, t));
      setBusy(false);
    }
  };

  const options = (() => {
    if (!data) return [];
    const { bundle } = data;
    if (kind === 'touchpoint') return bundle.touchpoints;
    if (kind === 'stage') return bundle.stages;
    if (kind === 'channel') return bundle.channels;
    return [];
  })();

  return (
    <Dialog
      title={t('surveys.newTitle')}
      wide
      onCancel={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !preview}>
            {t('surveys.save')}
          </button>
        </>
      }
    >
      {!data ? (
        <p className="muted" role="status">
          {t('surveys.reading')}
        </p>
      ) : (
        <div className="survey-builder">
          <div className="survey-choices">
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${ids}-kind`}>{t('surveys.targetKind')}</label>
                <select
                  id={`${ids}-kind`}
                  value={kind}
                  onChange={(e) => {
                    const next = e.target.value as TargetKind;
                    const first =
                      next === 'touchpoint'
                        ? data.bundle.touchpoints[0]?.id
                        : next === 'stage'
                          ? data.bundle.stages[0]?.id
                          : next === 'channel'
                            ? data.bundle.channels[0]?.id
                            : '';
                    changeTarget(next, first ?? '');
                  }}
                >
                  {(['touchpoint', 'stage', 'channel', 'audit'] as const).map((k) => (
                    <option key={k} value={k}>
                      {t(`surveys.targets.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              {kind !== 'audit' && (
                <div className="field">
                  <label htmlFor={`${ids}-target`}>{t(`surveys.targets.${kind}`)}</label>
                  <select
                    id={`${ids}-target`}
                    value={targetId}
                    onChange={(e) => changeTarget(kind, e.target.value)}
                  >
                    {options.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>

            <fieldset className="survey-promises">
              <legend>{t('surveys.promises', { count: asked.length, total: promises.length })}</legend>
              <p className="muted">{t('surveys.promisesHint')}</p>
              {promises.length === 0 && <p className="empty">{t('surveys.noPromises')}</p>}
              <ul>
                {promises.map((p) => (
                  <li key={p.id}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={picked.has(p.id)}
                        onChange={() => toggle(p.id)}
                      />
                      <span>
                        {p.statement}
                        <span className="cell-sub">
                          {t('surveys.voice', { count: voice(p.id) })}
                        </span>
                      </span>
                    </label>
                    {picked.has(p.id) && (
                      <input
                        type="text"
                        className="survey-wording"
                        aria-label={t('surveys.wordingFor', { statement: p.statement })}
                        value={wordingOf(p.id)}
                        maxLength={2000}
                        onChange={(e) => setWordings((w) => ({ ...w, [p.id]: e.target.value }))}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </fieldset>

            <fieldset className="field-row">
              <legend>{t('surveys.scale')}</legend>
              {RATING_SCALES.map((s) => (
                <label key={s} className="check">
                  <input
                    type="radio"
                    name={`${ids}-scale`}
                    checked={scale === s}
                    onChange={() => setScale(s)}
                  />
                  {t(`surveys.scales.${s}`)}
                </label>
              ))}
              <label className="check">
                <input type="checkbox" checked={nps} onChange={(e) => setNps(e.target.checked)} />
                {t('surveys.nps')}
              </label>
            </fieldset>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${ids}-language`}>{t('surveys.language')}</label>
                <select
                  id={`${ids}-language`}
                  value={language}
                  onChange={(e) => setLanguage(e.target.value as Language)}
                >
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {t(`language.${l}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field grow">
                <label htmlFor={`${ids}-address`}>{t('surveys.address')}</label>
                <input
                  id={`${ids}-address`}
                  type="url"
                  inputMode="url"
                  placeholder={t('surveys.addressPlaceholder')}
                  value={address}
                  aria-describedby={`${ids}-address-hint`}
                  onChange={(e) => setAddress(e.target.value)}
                />
                <span id={`${ids}-address-hint`} className="muted">
                  {t('surveys.addressHint')}
                </span>
              </div>
            </div>
            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}
          </div>

          <section className="survey-preview" aria-label={t('surveys.preview')} lang={language}>
            <h3>{t('surveys.preview')}</h3>
            {!preview ? (
              <p className="muted">{t('surveys.previewEmpty')}</p>
            ) : (
              <>
                <p className="survey-preview-title">{preview.title}</p>
                <p className="muted">{preview.invitation}</p>
                <ol>
                  {preview.questions.map((q) => (
                    <li key={q.name}>
                      {wordingOf(q.promiseId) || q.wording}
                      <span className="cell-sub">
                        {words.rating.map((c) => c.label).join(' · ')}
                      </span>
                    </li>
                  ))}
                  {preview.nps && (
                    <li>
                      {preview.npsQuestion}
                      <span className="cell-sub">
                        {customer('survey.choices.npsLow')} … {customer('survey.choices.npsHigh')}
                      </span>
                    </li>
                  )}
                  <li>{preview.openQuestion}</li>
                </ol>
              </>
            )}
          </section>
        </div>
      )}
    </Dialog>
  );
}
