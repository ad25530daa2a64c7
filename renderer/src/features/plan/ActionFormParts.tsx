import { useTranslation } from 'react-i18next';
import type { Action, ActionStatus } from '../../../../shared/domain';
import { COMMIT_FIELDS, type CommitField, type Verification } from '../../../../shared/plan';
import { formatDay } from '../../app/format';
import type { RegisterData } from '../../db/register';
import { listText, verdictText } from './plan-text';

/** The gap an action closes: a whole touchpoint, or one of its promises (`t:<id>` / `p:<id>`). */
export function GapSelect({
  id,
  register,
  value,
  onChange,
}: {
  id: string;
  register: RegisterData;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('plan.form.chooseGap')}</option>
      {register.touchpoints.map((tp) => (
        <optgroup key={tp.id} label={tp.name}>
          <option value={`t:${tp.id}`}>{t('plan.wholeTouchpoint', { name: tp.name })}</option>
          {register.promises
            .filter((p) => p.touchpointId === tp.id)
            .map((p) => (
              <option key={p.id} value={`p:${p.id}`}>
                {p.statement}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/**
 * "A reason is not an excuse": says what the action still needs to be committed (a warning
 * once a status past proposed is chosen), or why the status asked for was refused.
 */
export function CommitNote({
  id,
  refusal,
  missing,
  status,
}: {
  id: string;
  refusal: string | null;
  missing: CommitField[];
  status: ActionStatus;
}) {
  const { t } = useTranslation();
  if (refusal)
    return (
      <p id={id} className="field-error plan-refusal" role="alert">
        {refusal}
      </p>
    );
  if (missing.length === 0 && status !== 'proposed') return null;
  return (
    <p
      id={id}
      className={missing.length > 0 && status !== 'proposed' ? 'plan-missing warn' : 'plan-missing'}
    >
      {missing.length > 0
        ? t('plan.form.needsToCommit', {
            fields: listText(
              COMMIT_FIELDS.filter((f) => missing.includes(f)).map((f) => t(`plan.needs.${f}`)),
              t,
            ),
          })
        : t('plan.form.readyToCommit')}
    </p>
  );
}

/** When a done action was done, what the evidence since says, and the way to record more. */
export function DoneNote({
  action,
  verification,
  onRecord,
}: {
  action: Action;
  verification: Verification;
  onRecord: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (action.doneAt === null || verification.verdict === 'not-done') return null;
  return (
    <div className={`plan-done verdict-${verification.verdict}`}>
      <span>
        {t('plan.form.doneOn', { date: formatDay(action.doneAt, i18n.language) })}{' '}
        {verdictText(verification, t, i18n.language)}
      </span>
      <button type="button" onClick={onRecord}>
        {t('plan.next.record')}
      </button>
    </div>
  );
}
