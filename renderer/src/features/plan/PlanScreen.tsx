import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { SearchBox } from '../../app/components/SearchBox';
import { formatDay } from '../../app/format';
import { matchesQuery } from '../../app/search';
import { useAuditRecords } from '../../db/queries';

/** The plan's actions: who does what by when, and where each stands. */
export function PlanScreen({ audit }: { audit: Audit }) {
  const { t, i18n } = useTranslation();
  const actions = useAuditRecords(audit.id, 'actions');
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => (actions ?? []).filter((a) => matchesQuery(query, a.title, a.owner, a.remedy, a.cause)),
    [actions, query],
  );
  return (
    <section className="screen" aria-labelledby="plan-title">
      <header className="screen-header">
        <div>
          <h1 id="plan-title">{t('plan.title')}</h1>
          <p className="subtitle">{t('plan.subtitle')}</p>
        </div>
      </header>
      <SearchBox value={query} onChange={setQuery} placeholder={t('plan.searchPlaceholder')} />
      {actions && actions.length === 0 && <p className="empty">{t('plan.empty')}</p>}
      {actions && actions.length > 0 && shown.length === 0 && <p className="empty">{t('common.noMatches', { query })}</p>}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('plan.columns.title')}</th>
                <th scope="col">{t('plan.columns.owner')}</th>
                <th scope="col">{t('plan.columns.due')}</th>
                <th scope="col">{t('plan.columns.priority')}</th>
                <th scope="col">{t('plan.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{a.owner || t('common.empty')}</td>
                  <td>{a.dueDate ? formatDay(a.dueDate, i18n.language) : t('common.empty')}</td>
                  <td>{t(`priority.${a.priority}`)}</td>
                  <td>{t(`actionStatus.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
