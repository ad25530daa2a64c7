import { useTranslation } from 'react-i18next';
import type { Action, ActionStatus } from '../../../../shared/domain';
import type { PlanRow } from './plan-rows';
import { verdictText } from './plan-text';

/** What the plan's views can ask the screen to do with an action. */
export interface PlanHandlers {
  /** Opens the action form; `status` asks for a status change there. */
  open: (action: Action, status?: ActionStatus) => void;
  move: (actions: Action[], to: ActionStatus) => void;
  record: (action: Action) => void;
}

const NEXT: Partial<
  Record<
    ActionStatus,
    { to: ActionStatus; label: 'plan.next.commit' | 'plan.next.start' | 'plan.next.done' }
  >
> = {
  proposed: { to: 'committed', label: 'plan.next.commit' },
  committed: { to: 'in-progress', label: 'plan.next.start' },
  'in-progress': { to: 'done', label: 'plan.next.done' },
};

/** The one button that takes an action a step further: commit, start, mark done, record evidence, verify. */
export function NextStep({ row, on }: { row: PlanRow; on: PlanHandlers }) {
  const { t } = useTranslation();
  const a = row.action;
  const next = NEXT[a.status];
  const label = (text: string) => `${text}: ${a.title}`;
  if (next)
    return (
      <button type="button" aria-label={label(t(next.label))} onClick={() => on.move([a], next.to)}>
        {t(next.label)}
      </button>
    );
  if (a.status === 'done' && row.verification.verdict === 'verified')
    return (
      <button
        type="button"
        className="primary"
        aria-label={label(t('plan.next.verify'))}
        onClick={() => on.move([a], 'verified')}
      >
        {t('plan.next.verify')}
      </button>
    );
  if (a.status === 'done' || row.verification.verdict === 'contradicted')
    return (
      <button type="button" aria-label={label(t('plan.next.record'))} onClick={() => on.record(a)}>
        {t('plan.next.record')}
      </button>
    );
  return null;
}

/** The status of an action with what its evidence says, and how late it is. */
export function StatusCell({ row }: { row: PlanRow }) {
  const { t } = useTranslation();
  return (
    <span className="plan-status">
      <span className={`plan-status-name status-${row.status}`}>
        {t(`actionStatus.${row.status}`)}
      </span>
      <Badges row={row} />
    </span>
  );
}

/** What the evidence says of a done action, and how many days an open one is late. */
export function Badges({ row }: { row: PlanRow }) {
  const { t, i18n } = useTranslation();
  const v = row.verification;
  return (
    <>
      {v.verdict !== 'not-done' && (
        <span
          className={`plan-verdict verdict-${v.verdict}`}
          title={verdictText(v, t, i18n.language)}
        >
          {t(`plan.verdict.${v.verdict}`)}
        </span>
      )}
      {row.overdue > 0 && (
        <span className="plan-overdue">{t('plan.overdue', { count: row.overdue })}</span>
      )}
    </>
  );
}
