import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_EFFORTS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ValidationError,
  type Action,
  type ActionStatus,
  type Audit,
} from '../../../../shared/domain';
import {
  missingForCommit,
  prefillAction,
  summarizeEvidence,
  transition,
  type ActionLink,
  type ActionPrefill,
  type CommitField,
} from '../../../../shared/plan';
import { KEPT_POINTS } from '../../../../shared/scoring';
import { Dialog } from '../../app/components/Dialog';
import { FieldError, fieldAria } from '../../app/components/FormField';
import { errorText, fieldErrors } from '../../app/error-text';
import { useUi } from '../../stores/ui';
import { saveAction, type ActionFields } from './plan-actions';
import { linkValue, parseLink, parseScore, scoreInput } from './action-form-values';
import { CommitNote, DoneNote, GapSelect } from './ActionFormParts';
import {
  currentStateText,
  futureStateText,
  prefillTitle,
  refusalText,
  scoreText,
} from './plan-text';
import type { PlanData } from './usePlan';

/** What opens the form: an action to edit, or a new one (on a gap, if one is chosen). */
export interface ActionFormRequest {
  action: Action | null;
  /** The status the person asked for (the Commit button opens the form at committed). */
  status?: ActionStatus;
  link?: ActionLink;
  /** Why the status change that opened the form was refused. */
  refusal?: string;
  /** A new action planned on a gap where it was seen: its title, target and priority. */
  prefill?: ActionPrefill;
}

/** Creates or edits an action, from the current state to the future state; keyboard first. */
export function ActionDialog({
  audit,
  plan,
  request,
  onDone,
  onRecordEvidence,
}: {
  audit: Audit;
  plan: PlanData;
  request: ActionFormRequest;
  onDone: () => void;
  onRecordEvidence: (action: Action) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const notify = useUi((s) => s.notify);
  const id = useId();
  const { register, scores, observations } = plan.scored;
  const a = request.action;
  const pre = a ? undefined : request.prefill;

  const summaryOf = (link: ActionLink | null) =>
    link ? summarizeEvidence(link, scores, register.promises, observations, audit.scoring) : null;
  const textOf = (link: ActionLink | null) => {
    const s = summaryOf(link);
    return s ? currentStateText(s, link!.promiseId ? 'promise' : 'touchpoint', t, locale) : '';
  };
  const startLink = a
    ? linkValue(a)
    : request.link
      ? linkValue(request.link)
      : pre
        ? linkValue(pre.link)
        : '';

  const [link, setLink] = useState(startLink);
  const [title, setTitle] = useState(a?.title ?? (pre ? prefillTitle(pre, t) : ''));
  const [current, setCurrent] = useState(
    a?.currentState.description ?? textOf(parseLink(startLink)),
  );
  const [currentScore, setCurrentScore] = useState(
    scoreInput(a ? a.currentState.score : (summaryOf(parseLink(startLink))?.score ?? null)),
  );
  const [future, setFuture] = useState(
    a?.futureState.description ?? (pre ? futureStateText(pre, t, locale) : ''),
  );
  const [targetScore, setTargetScore] = useState(
    scoreInput(a ? a.futureState.targetScore : (pre?.targetScore ?? KEPT_POINTS)),
  );
  const [targetDate, setTargetDate] = useState(a?.futureState.targetDate ?? '');
  const [cause, setCause] = useState(a?.cause ?? '');
  const [remedy, setRemedy] = useState(a?.remedy ?? '');
  const [prevention, setPrevention] = useState(a?.prevention ?? '');
  const [owner, setOwner] = useState(a?.owner ?? '');
  const [dueDate, setDueDate] = useState(a?.dueDate ?? '');
  const [priority, setPriority] = useState<Action['priority']>(
    a?.priority ?? pre?.priority ?? 'medium',
  );
  const [effort, setEffort] = useState<Action['effort']>(a?.effort ?? 'medium');
  const [status, setStatus] = useState<ActionStatus>(request.status ?? a?.status ?? 'proposed');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(request.refusal ?? null);
  const [saving, setSaving] = useState(false);

  const parsedLink = parseLink(link);
  const summary = useMemo(
    () => summaryOf(parsedLink),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [link, scores, observations],
  );
  const missing = missingForCommit({ remedy, owner, dueDate: dueDate || null });
  const flagged = new Set<CommitField>(status === 'proposed' && !refusal ? [] : missing);
  const verification = a ? plan.verifications.get(a.id) : undefined;

  // Choosing another gap refills the current state, unless it was written by hand.
  // The title and the future state follow the gap too, while they are the prefill's own words.
  const prefillOf = (l: ActionLink | null) =>
    l ? prefillAction(l, scores, register.promises, register.touchpoints) : null;
  const chooseLink = (value: string) => {
    const before = parseLink(link);
    const next = parseLink(value);
    if (!current.trim() || current === textOf(before)) {
      setCurrent(textOf(next));
      setCurrentScore(scoreInput(summaryOf(next)?.score ?? null));
    }
    if (!a) {
      const was = prefillOf(before);
      const will = prefillOf(next);
      if (will && (!title.trim() || (was && title === prefillTitle(was, t))))
        setTitle(prefillTitle(will, t));
      if (will && (!future.trim() || (was && future === futureStateText(was, t, locale))))
        setFuture(futureStateText(will, t, locale));
    }
    setLink(value);
  };

  const fillFromEvidence = () => {
    setCurrent(textOf(parsedLink));
    setCurrentScore(scoreInput(summary?.score ?? null));
  };

  const submit = async () => {
    if (saving) return;
    const problems: Record<string, string> = {};
    if (!parsedLink) problems.link = t('plan.form.chooseGap');
    if (!title.trim()) problems.title = t('plan.form.required');
    const cs = parseScore(currentScore);
    const ts = parseScore(targetScore);
    if (cs === undefined) problems.currentScore = t('plan.form.scoreRange');
    if (ts === undefined) problems.targetScore = t('plan.form.scoreRange');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !parsedLink || cs === undefined || ts === undefined)
      return;
    const moved = transition(
      {
        remedy,
        owner,
        dueDate: dueDate || null,
        status: a?.status ?? 'proposed',
        doneAt: a?.doneAt ?? null,
      },
      status,
      { today: plan.today, evidence: verification },
    );
    if (!moved.ok) {
      setRefusal(refusalText(null, status, moved.problems, t));
      return;
    }
    const fields: ActionFields = {
      ...parsedLink,
      title: title.trim(),
      currentState: { description: current, score: cs },
      futureState: { description: future, targetScore: ts, targetDate: targetDate || null },
      cause,
      remedy,
      prevention,
      owner: owner.trim(),
      dueDate: dueDate || null,
      priority,
      effort,
      ...moved.patch,
    };
    setSaving(true);
    try {
      await saveAction(audit, a, fields);
      notify('info', t(a ? 'plan.notices.saved' : 'plan.notices.created', { title: fields.title }));
      onDone();
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(fieldErrors(error.problems, t, (path) => path.split('.')[0]!));
      else setErrors({ '': errorText(error, t) });
    } finally {
      setSaving(false);
    }
  };

  // Ctrl+Enter saves from anywhere in the form, text areas included.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const field = (name: string) => `${id}-${name}`;
  const problem = (name: string) => <FieldError controlId={field(name)} problem={errors[name]} />;
  const commitField = (name: CommitField) => ({
    'aria-invalid': flagged.has(name) || undefined,
    'aria-describedby': flagged.has(name) ? field('missing') : undefined,
  });
  const area = (
    name: string,
    label: string,
    value: string,
    set: (v: string) => void,
    rows: number,
    extra: object = {},
  ) => (
    <div className="field">
      <label htmlFor={field(name)}>{label}</label>
      <textarea
        id={field(name)}
        rows={rows}
        value={value}
        onChange={(e) => set(e.target.value)}
        {...extra}
      />
      {problem(name)}
    </div>
  );

  return (
    <Dialog
      title={a ? t('plan.form.editTitle') : t('plan.form.newTitle')}
      wide
      onCancel={onDone}
      onSubmit={() => void submit()}
      footer={
        <>
          <span className="hint plan-form-keys">{t('plan.form.keys')}</span>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <div className="plan-form" onKeyDown={onKeyDown}>
        <div className="field">
          <label htmlFor={field('title')}>{t('plan.form.title')}</label>
          <input
            id={field('title')}
            value={title}
            autoFocus
            {...fieldAria(field('title'), !!errors.title)}
            onChange={(e) => setTitle(e.target.value)}
          />
          {problem('title')}
        </div>
        <div className="field">
          <label htmlFor={field('link')}>{t('plan.form.gap')}</label>
          <GapSelect
            id={field('link')}
            register={register}
            value={link}
            onChange={chooseLink}
            invalid={!!errors.link}
          />
          {problem('link')}
          {problem('promiseId')}
          {summary && (
            <p className="plan-evidence-line">
              <span>
                {t('plan.form.evidenceNow', {
                  score: scoreText(summary.score, t, locale),
                  strength: t(`plan.strength.${summary.strength}`),
                  count: summary.count,
                })}
              </span>
              <button type="button" className="link" onClick={fillFromEvidence}>
                {t('plan.form.fillFromEvidence')}
              </button>
            </p>
          )}
        </div>
        <div className="plan-form-states">
          <fieldset>
            <legend>{t('plan.form.currentState')}</legend>
            {area('current', t('plan.form.currentDescription'), current, setCurrent, 6)}
            <div className="field">
              <label htmlFor={field('currentScore')}>{t('plan.form.currentScore')}</label>
              <input
                id={field('currentScore')}
                inputMode="decimal"
                value={currentScore}
                {...fieldAria(field('currentScore'), !!errors.currentScore)}
                onChange={(e) => setCurrentScore(e.target.value)}
              />
              {problem('currentScore')}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('plan.form.futureState')}</legend>
            {area('future', t('plan.form.futureDescription'), future, setFuture, 6)}
            <div className="field-row">
              <div className="field">
                <label htmlFor={field('targetScore')}>{t('plan.form.targetScore')}</label>
                <input
                  id={field('targetScore')}
                  inputMode="decimal"
                  value={targetScore}
                  {...fieldAria(field('targetScore'), !!errors.targetScore)}
                  onChange={(e) => setTargetScore(e.target.value)}
                />
                {problem('targetScore')}
              </div>
              <div className="field">
                <label htmlFor={field('targetDate')}>{t('plan.form.targetDate')}</label>
                <input
                  id={field('targetDate')}
                  type="date"
                  value={targetDate}
                  onChange={(e) => setTargetDate(e.target.value)}
                />
              </div>
            </div>
          </fieldset>
        </div>
        <div className="plan-form-why">
          {area('cause', t('plan.form.cause'), cause, setCause, 3)}
          {area(
            'remedy',
            t('plan.field.remedy'),
            remedy,
            (v) => {
              setRemedy(v);
              setRefusal(null);
            },
            3,
            commitField('remedy'),
          )}
          {area('prevention', t('plan.form.prevention'), prevention, setPrevention, 3)}
        </div>
        <div className="plan-form-who">
          <div className="field">
            <label htmlFor={field('owner')}>{t('plan.field.owner')}</label>
            <input
              id={field('owner')}
              value={owner}
              list={field('owners')}
              onChange={(e) => {
                setOwner(e.target.value);
                setRefusal(null);
              }}
              {...commitField('owner')}
            />
            <datalist id={field('owners')}>
              {plan.owners.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={field('due')}>{t('plan.field.dueDate')}</label>
            <input
              id={field('due')}
              type="date"
              value={dueDate}
              onChange={(e) => {
                setDueDate(e.target.value);
                setRefusal(null);
              }}
              {...commitField('dueDate')}
            />
          </div>
          <div className="field">
            <label htmlFor={field('priority')}>{t('plan.form.priority')}</label>
            <select
              id={field('priority')}
              value={priority}
              onChange={(e) => setPriority(e.target.value as Action['priority'])}
            >
              {ACTION_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('effort')}>{t('plan.form.effort')}</label>
            <select
              id={field('effort')}
              value={effort}
              onChange={(e) => setEffort(e.target.value as Action['effort'])}
            >
              {ACTION_EFFORTS.map((k) => (
                <option key={k} value={k}>
                  {t(`plan.effort.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('status')}>{t('plan.form.status')}</label>
            <select
              id={field('status')}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as ActionStatus);
                setRefusal(null);
              }}
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`actionStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <CommitNote id={field('missing')} refusal={refusal} missing={missing} status={status} />
        {a && verification && (
          <DoneNote action={a} verification={verification} onRecord={() => onRecordEvidence(a)} />
        )}
        {errors[''] && (
          <p className="field-error" role="alert">
            {errors['']}
          </p>
        )}
      </div>
    </Dialog>
  );
}
