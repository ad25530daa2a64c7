import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, RUBRIC } from '../../../../shared/domain';

type Rubric = (typeof RUBRIC)[number];
import { SearchBox } from '../../app/components/SearchBox';
import { matchesQuery } from '../../app/search';
import { useAuditRecords } from '../../db/queries';

/** The register read stage by stage: touchpoints and the promises made at each. */
export function RegisterScreen({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const stages = useAuditRecords(audit.id, 'stages');
  const channels = useAuditRecords(audit.id, 'channels');
  const touchpoints = useAuditRecords(audit.id, 'touchpoints');
  const promises = useAuditRecords(audit.id, 'promises');
  const [query, setQuery] = useState('');

  const channelName = useMemo(() => new Map((channels ?? []).map((c) => [c.id, c.name])), [channels]);
  const tree = useMemo(() => {
    const sorted = [...(stages ?? [])].sort((a, b) => a.order - b.order);
    return sorted.map((stage) => ({
      stage,
      touchpoints: (touchpoints ?? [])
        .filter((tp) => tp.stageId === stage.id)
        .map((tp) => {
          const own = (promises ?? []).filter((p) => p.touchpointId === tp.id);
          const tpMatches = matchesQuery(query, tp.name, tp.department, channelName.get(tp.channelId));
          return { touchpoint: tp, promises: tpMatches ? own : own.filter((p) => matchesQuery(query, p.statement)) };
        })
        .filter((x) => x.promises.length > 0 || matchesQuery(query, x.touchpoint.name, x.touchpoint.department)),
    }));
  }, [stages, touchpoints, promises, query, channelName]);

  return (
    <section className="screen" aria-labelledby="register-title">
      <header className="screen-header">
        <div>
          <h1 id="register-title">{t('register.title')}</h1>
          <p className="subtitle">{t('register.subtitle')}</p>
        </div>
      </header>
      <SearchBox value={query} onChange={setQuery} placeholder={t('register.searchPlaceholder')} />
      {stages && stages.length === 0 && <p className="empty">{t('register.empty')}</p>}
      {tree.map(({ stage, touchpoints: tps }) => (
        <section key={stage.id} className="stage-block" aria-label={stage.name}>
          <h2>{stage.name}</h2>
          {tps.length === 0 && <p className="empty">{query ? t('common.noMatches', { query }) : t('register.noTouchpoints')}</p>}
          {tps.map(({ touchpoint, promises: ps }) => (
            <article key={touchpoint.id} className="touchpoint-card">
              <h3>
                {touchpoint.name}
                <span className="muted"> · {channelName.get(touchpoint.channelId)} · {touchpoint.department}</span>
              </h3>
              {ps.length === 0 ? (
                <p className="empty">{t('register.noPromises')}</p>
              ) : (
                <ul className="promise-list">
                  {ps.map((p) => (
                    <li key={p.id}>
                      <span className="statement">{p.statement}</span>
                      <span className="chip">{t('register.importance', { value: p.importance })}</span>
                      <span className="chip">
                        {p.belief === null ? t('register.beliefUnknown') : t('register.belief', { value: t(`rubric.${p.belief as Rubric}`) })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      ))}
    </section>
  );
}
