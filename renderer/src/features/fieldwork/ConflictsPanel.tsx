import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, Observation, Visit } from '../../../../shared/domain';
import { HUB } from '../../../../shared/fieldwork/merge';
import { differingFields, isServerOrigin } from '../../../../shared/sync/conflicts';
import type { SyncedRecord } from '../../../../shared/sync/documents';
import { formatDay } from '../../app/format';
import { db } from '../../db/db';
import { resolveConflict, type Conflict } from '../../db/commands/field-packs';
import { useUi } from '../../stores/ui';
import type { RegisterData } from '../../db/register';
import { errorText } from '../../app/error-text';

type Version = Conflict['current'];

/** A field's value as the review shows it: text as it is, anything else as compact JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * Records whose versions disagree — changed here and in the field, or on two laptops sharing a
 * team database — side by side: keep one version whole, or take each differing field from the
 * version chosen for it.
 */
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
  const [picks, setPicks] = useState<Record<string, Record<string, string>>>({});
  const statement = (id: string) => register.promises.find((p) => p.id === id)?.statement ?? '';

  const label = (v: Version) =>
    v.origin === HUB
      ? t('fieldwork.versionHere')
      : isServerOrigin(v.origin)
        ? t('fieldwork.versionServer', {
            date: formatDay(v.record.updatedAt.slice(0, 10), i18n.language),
            version: v.record.version,
          })
        : t('fieldwork.versionFrom');

  const title = (c: Conflict) => {
    const r = c.current.record;
    if (c.table === 'visits')
      return t('fieldwork.conflictVisit', {
        location: (r as Visit).location,
        date: formatDay((r as Visit).date, i18n.language),
      });
    if (c.table === 'observations')
      return t('fieldwork.conflictObservation', {
        date: formatDay((r as Observation).date, i18n.language),
      });
    if (c.table === 'promises')
      return t('fieldwork.conflictRecord', {
        entity: t('errors.subject.promises'),
        name: (r as { statement: string }).statement,
      });
    const named = r as { name?: string; title?: string; fileName?: string };
    return t('fieldwork.conflictRecord', {
      entity: t(`errors.subject.${c.table}`),
      name: named.name ?? named.title ?? named.fileName ?? '',
    });
  };

  const value = (c: Conflict, field: string, record: SyncedRecord) => {
    const v = (record as unknown as Record<string, unknown>)[field];
    if (c.table === 'observations' && field === 'promiseId') return statement(String(v));
    if (c.table === 'visits' && field === 'checklist')
      return (v as Visit['checklist'])
        .map((i) =>
          i.state === 'scored'
            ? (i.score ?? i.measured ?? '')
            : i.state === 'pending'
              ? '–'
              : t(i.state === 'not-applicable' ? 'fieldwork.na' : 'fieldwork.cnc'),
        )
        .join(' · ');
    return shown(v);
  };

  const settle = async (
    c: Conflict,
    resolution: { keep: string } | { fields: Record<string, string> },
  ) => {
    try {
      await resolveConflict(db, c.table, c.current.record.id, resolution);
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
        const versions = [c.current, ...c.others];
        const fields = differingFields(
          versions.map((v) => v.record as unknown as Record<string, unknown>),
        );
        const key = `${c.table}:${c.current.record.id}`;
        const chosen = picks[key] ?? {};
        const heading = title(c);
        return (
          <section key={key} className="conflict card" aria-label={heading}>
            <h3>{heading}</h3>
            <div className="versions">
              {versions.map((v) => (
                <div key={v.origin} className="version" data-origin={v.origin}>
                  <h4>{label(v)}</h4>
                  <dl className="version-fields">
                    {fields.map((field) => (
                      <div key={field}>
                        <dt>{t(`fieldwork.fieldNames.${field}`, { defaultValue: field })}</dt>
                        <dd>
                          <label>
                            <input
                              type="radio"
                              name={`${key}:${field}`}
                              checked={(chosen[field] ?? c.current.origin) === v.origin}
                              onChange={() =>
                                setPicks((p) => ({ ...p, [key]: { ...chosen, [field]: v.origin } }))
                              }
                            />{' '}
                            {value(c, field, v.record)}
                          </label>
                        </dd>
                      </div>
                    ))}
                  </dl>
                  <button type="button" onClick={() => void settle(c, { keep: v.origin })}>
                    {t('fieldwork.keepThis')}
                  </button>
                </div>
              ))}
            </div>
            {fields.length > 1 && (
              <button
                type="button"
                onClick={() =>
                  void settle(c, {
                    fields: Object.fromEntries(
                      fields.map((f) => [f, chosen[f] ?? c.current.origin]),
                    ),
                  })
                }
              >
                {t('fieldwork.keepChosenFields')}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
