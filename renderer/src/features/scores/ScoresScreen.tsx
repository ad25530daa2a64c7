import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { formatNumber } from '../../app/format';
import { useAuditRecords } from '../../db/queries';

/** How much of each journey stage has evidence, beside the team's mean belief. */
export function ScoresScreen({ audit }: { audit: Audit }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const stages = useAuditRecords(audit.id, 'stages');
  const touchpoints = useAuditRecords(audit.id, 'touchpoints');
  const promises = useAuditRecords(audit.id, 'promises');
  const observations = useAuditRecords(audit.id, 'observations');

  const rows = useMemo(() => {
    const stageOfTouchpoint = new Map((touchpoints ?? []).map((tp) => [tp.id, tp.stageId]));
    const evidence = new Map<string, number>();
    for (const o of observations ?? []) evidence.set(o.promiseId, (evidence.get(o.promiseId) ?? 0) + 1);
    return [...(stages ?? [])]
      .sort((a, b) => a.order - b.order)
      .map((stage) => {
        const own = (promises ?? []).filter((p) => stageOfTouchpoint.get(p.touchpointId) === stage.id);
        const beliefs = own.flatMap((p) => (p.belief === null ? [] : [p.belief]));
        return {
          stage,
          promises: own.length,
          observed: own.filter((p) => (evidence.get(p.id) ?? 0) > 0).length,
          observations: own.reduce((s, p) => s + (evidence.get(p.id) ?? 0), 0),
          meanBelief: beliefs.length ? beliefs.reduce((a, b) => a + b, 0) / beliefs.length : null,
        };
      });
  }, [stages, touchpoints, promises, observations]);

  return (
    <section className="screen" aria-labelledby="scores-title">
      <header className="screen-header">
        <div>
          <h1 id="scores-title">{t('scores.title')}</h1>
          <p className="subtitle">{t('scores.subtitle')}</p>
        </div>
      </header>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('scores.stage')}</th>
              <th scope="col" className="num">{t('scores.promises')}</th>
              <th scope="col" className="num">{t('scores.observed')}</th>
              <th scope="col" className="num">{t('scores.observations')}</th>
              <th scope="col" className="num">{t('scores.meanBelief')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.stage.id}>
                <th scope="row">{r.stage.name}</th>
                <td className="num">{formatNumber(r.promises, locale)}</td>
                <td className="num">{formatNumber(r.observed, locale)}</td>
                <td className="num">{formatNumber(r.observations, locale)}</td>
                <td className="num">{r.meanBelief === null ? t('common.empty') : formatNumber(r.meanBelief, locale, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
