import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../../shared/domain';
import { ownerKey, summarizeOwners } from '../../../../shared/plan';
import { formatDay, formatNumber } from '../../app/format';
import { NO_OWNER, type PlanRow } from './plan-rows';

/** Who owns what: each owner's actions by status, how many are overdue or contradicted, and what is due next. */
export function OwnersView({
  rows,
  today,
  onShowOwner,
}: {
  rows: PlanRow[];
  today: string;
  /** Shows one owner's actions in the table (an owner key, or NO_OWNER). */
  onShowOwner: (owner: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const owners = useMemo(
    () =>
      summarizeOwners(
        rows.map((r) => r.action),
        today,
        new Map(rows.map((r) => [r.id, r.verification.verdict])),
      ),
    [rows, today],
  );
  const n = (v: number) => (v === 0 ? <span className="muted">0</span> : formatNumber(v, locale));
  if (owners.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table plan-owners" aria-label={t('plan.tabs.owners')}>
        <thead>
          <tr>
            <th scope="col">{t('plan.owners.owner')}</th>
            <th scope="col" className="num">
              {t('plan.owners.open')}
            </th>
            <th scope="col" className="num">
              {t('plan.owners.overdue')}
            </th>
            {ACTION_STATUSES.map((s) => (
              <th key={s} scope="col" className="num">
                {t(`actionStatus.${s}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('plan.owners.contradicted')}
            </th>
            <th scope="col">{t('plan.owners.nextDue')}</th>
          </tr>
        </thead>
        <tbody>
          {owners.map((o) => (
            <tr
              key={ownerKey(o.owner) || NO_OWNER}
              className={o.overdue > 0 ? 'plan-row-overdue' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => onShowOwner(o.owner ? ownerKey(o.owner) : NO_OWNER)}
                >
                  {o.owner || t('plan.noOwner')}
                </button>
              </th>
              <td className="num">{n(o.open)}</td>
              <td className={`num${o.overdue > 0 ? ' plan-late' : ''}`}>{n(o.overdue)}</td>
              {ACTION_STATUSES.map((s) => (
                <td key={s} className="num">
                  {n(o.byStatus[s])}
                </td>
              ))}
              <td className="num">{n(o.contradicted)}</td>
              <td className={o.nextDue && o.nextDue < today ? 'plan-late' : undefined}>
                {o.nextDue ? formatDay(o.nextDue, locale) : t('common.empty')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
