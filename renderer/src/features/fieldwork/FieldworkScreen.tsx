import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_METHODS, type Audit } from '../../../../shared/domain';
import { SearchBox } from '../../app/components/SearchBox';
import { formatDay, formatNumber } from '../../app/format';
import { matchesQuery } from '../../app/search';
import { useAuditRecords } from '../../db/queries';

/** Visits planned and done, and how much evidence each method has brought per wave. */
export function FieldworkScreen({ audit }: { audit: Audit }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const visits = useAuditRecords(audit.id, 'visits');
  const observations = useAuditRecords(audit.id, 'observations');
  const [query, setQuery] = useState('');

  const waves = useMemo(() => [...new Set((observations ?? []).map((o) => o.wave))].sort((a, b) => a - b), [observations]);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const o of observations ?? []) map.set(`${o.method}|${o.wave}`, (map.get(`${o.method}|${o.wave}`) ?? 0) + 1);
    return map;
  }, [observations]);
  const shown = useMemo(
    () =>
      [...(visits ?? [])]
        .sort((a, b) => b.date.localeCompare(a.date))
        .filter((v) => matchesQuery(query, v.location, v.observer, v.scenario)),
    [visits, query],
  );

  return (
    <section className="screen" aria-labelledby="fieldwork-title">
      <header className="screen-header">
        <div>
          <h1 id="fieldwork-title">{t('fieldwork.title')}</h1>
          <p className="subtitle">{t('fieldwork.subtitle')}</p>
        </div>
      </header>
      <h2>{t('fieldwork.evidence')}</h2>
      <div className="table-wrap">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('fieldwork.method')}</th>
              {waves.map((w) => (
                <th key={w} scope="col" className="num">{t('fieldwork.wave', { n: w })}</th>
              ))}
              <th scope="col" className="num">{t('fieldwork.total')}</th>
            </tr>
          </thead>
          <tbody>
            {OBSERVATION_METHODS.map((m) => (
              <tr key={m}>
                <th scope="row">{t(`method.${m}`)}</th>
                {waves.map((w) => (
                  <td key={w} className="num">{formatNumber(counts.get(`${m}|${w}`) ?? 0, locale)}</td>
                ))}
                <td className="num">{formatNumber(waves.reduce((s, w) => s + (counts.get(`${m}|${w}`) ?? 0), 0), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('fieldwork.visits')}</h2>
      <SearchBox value={query} onChange={setQuery} placeholder={t('fieldwork.searchPlaceholder')} />
      {visits && visits.length === 0 && <p className="empty">{t('fieldwork.noVisits')}</p>}
      {visits && visits.length > 0 && shown.length === 0 && <p className="empty">{t('common.noMatches', { query })}</p>}
      <ul className="card-list">
        {shown.map((v) => (
          <li key={v.id} className="card">
            <strong>{v.location}</strong>
            <span className="muted">
              {' '}
              · {t(`fieldwork.visitKind.${v.kind}`)} · {formatDay(v.date, locale)} · {v.observer} ·{' '}
              {t(`fieldwork.visitStatus.${v.status}`)} · {t('fieldwork.checklist', { count: v.checklist.length })}
            </span>
            {v.scenario && <p>{v.scenario}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
