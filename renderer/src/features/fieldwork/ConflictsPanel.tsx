import { useTranslation } from 'react-i18next';
import type { Audit, Observation, Visit } from '../../../../shared/domain';
import { HUB } from '../../../../shared/fieldwork/merge';
import { formatDay } from '../../app/format';
import { db } from '../../db/db';
import { resolveConflict, type Conflict } from '../../db/commands/field-packs';
import { useUi } from '../../stores/ui';
import type { RegisterData } from '../../db/register';
import { errorText } from '../../app/error-text';

/** Records changed both here and in the field: both versions side by side, one to keep. */
export function ConflictsPanel({
  conflicts,
  register,
}: {
  audit: Audit;
  conflicts: Conflict[];
  register: RegisterData;
}) {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const statement = (id: string) => register.promises.find((p) => p.id === id)?.statement ?? '';

  const describe = (table: Conflict['table'], record: Visit | Observation) => {
    if (table === 'visits') {
      const v = record as Visit;
      return (
        <dl className="version-fields">
          <dt>{t('fieldwork.columns.status')}</dt>
          <dd>{t(`fieldwork.visitStatus.${v.status}`)}</dd>
          <dt>{t('fieldwork.columns.observer')}</dt>
          <dd>{v.observer}</dd>
          <dt>{t('fieldwork.scenario')}</dt>
          <dd>{v.scenario}</dd>
          <dt>{t('fieldwork.columns.progress')}</dt>
          <dd>
            {v.checklist
              .map((i) =>
                i.state === 'scored'
                  ? (i.score ?? i.measured ?? '')
                  : i.state === 'pending'
                    ? '–'
                    : t(i.state === 'not-applicable' ? 'fieldwork.na' : 'fieldwork.cnc'),
              )
              .join(' · ')}
          </dd>
        </dl>
      );
    }
    const o = record as Observation;
    return (
      <dl className="version-fields">
        <dt>{t('fieldwork.promise')}</dt>
        <dd>{statement(o.promiseId)}</dd>
        <dt>{t('fieldwork.score')}</dt>
        <dd>
          {o.outcome === 'scored' ? (o.score ?? o.measured) : t(`fieldwork.state.${o.outcome}`)}
        </dd>
        <dt>{t('fieldwork.note')}</dt>
        <dd>{[o.verbatim, o.note].filter(Boolean).join(' — ')}</dd>
      </dl>
    );
  };

  const keep = async (c: Conflict, origin: string) => {
    try {
      await resolveConflict(db, c.table, c.current.record.id, origin);
      notify('info', t('fieldwork.conflictResolved'));
    } catch (error) {
      notify('error', errorText(error, t));
    }
  };

  if (conflicts.length === 0) return <p className="empty">{t('fieldwork.conflictsNone')}</p>;
  return (
    <div className="conflicts">
      <p className="muted">{t('fieldwork.conflictsIntro')}</p>
      {conflicts.map((c) => {
        const r = c.current.record;
        const title =
          c.table === 'visits'
            ? t('fieldwork.conflictVisit', {
                location: (r as Visit).location,
                date: formatDay((r as Visit).date, i18n.language),
              })
            : t('fieldwork.conflictObservation', {
                date: formatDay((r as Observation).date, i18n.language),
              });
        return (
          <section key={r.id} className="conflict card" aria-label={title}>
            <h3>{title}</h3>
            <div className="versions">
              {[c.current, ...c.others].map((v) => (
                <div key={v.origin} className="version">
                  <h4>
                    {v.origin === HUB ? t('fieldwork.versionHere') : t('fieldwork.versionFrom')}
                  </h4>
                  {describe(c.table, v.record)}
                  <button type="button" onClick={() => void keep(c, v.origin)}>
                    {t('fieldwork.keepThis')}
                  </button>
                </div>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
