import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, Touchpoint } from '../../../../shared/domain';
import { SearchBox } from '../../app/components/SearchBox';
import { matchesQuery } from '../../app/search';
import { addJourneyRecord, confirmAndDelete } from './journey-actions';
import { TouchpointDialog } from './TouchpointDialog';
import type { RegisterData } from '../../db/register';

/** Touchpoints: a quick-add line (Enter adds, stage and channel stay), a searchable list, edit and delete. */
export function TouchpointsPanel({ audit, data }: { audit: Audit; data: RegisterData }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [stageId, setStageId] = useState('');
  const [channelId, setChannelId] = useState('');
  const [department, setDepartment] = useState('');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Touchpoint | null>(null);
  const stage = data.stageById.has(stageId) ? stageId : (data.stages[0]?.id ?? '');
  const channel = data.channelById.has(channelId) ? channelId : (data.channels[0]?.id ?? '');

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of data.promises) map.set(p.touchpointId, (map.get(p.touchpointId) ?? 0) + 1);
    return map;
  }, [data.promises]);
  const shown = data.touchpoints.filter((tp) =>
    matchesQuery(
      query,
      tp.name,
      tp.department,
      tp.description,
      data.stageById.get(tp.stageId)?.name,
      data.channelById.get(tp.channelId)?.name,
    ),
  );

  const add = async () => {
    if (!name.trim() || !stage || !channel) return;
    const created = await addJourneyRecord(
      'touchpoints',
      {
        auditId: audit.id,
        stageId: stage,
        channelId: channel,
        name: name.trim(),
        department: department.trim(),
        description: '',
      },
      t('register.history.newTouchpoint', { name: name.trim() }),
    );
    if (created) setName('');
  };
  const ready = data.stages.length > 0 && data.channels.length > 0;

  return (
    <section className="touchpoints-panel" aria-label={t('register.journey.touchpoints')}>
      <h2>{t('register.journey.touchpoints')}</h2>
      {!ready ? (
        <p className="hint">{t('register.journey.needStageAndChannel')}</p>
      ) : (
        <div
          className="quick-add"
          role="group"
          aria-label={t('register.journey.newTouchpoint')}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.target as HTMLElement).tagName !== 'BUTTON') {
              e.preventDefault();
              void add();
            }
          }}
        >
          <input
            aria-label={t('register.journey.touchpointName')}
            placeholder={t('register.journey.touchpointName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <select
            aria-label={t('register.journey.stage')}
            value={stage}
            onChange={(e) => setStageId(e.target.value)}
          >
            {data.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <select
            aria-label={t('register.journey.channel')}
            value={channel}
            onChange={(e) => setChannelId(e.target.value)}
          >
            {data.channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <input
            aria-label={t('register.journey.department')}
            placeholder={t('register.journey.department')}
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
          />
          <button
            type="button"
            className="primary"
            disabled={!name.trim()}
            onClick={() => void add()}
          >
            {t('register.journey.add')}
          </button>
        </div>
      )}
      <SearchBox
        value={query}
        onChange={setQuery}
        placeholder={t('register.journey.searchTouchpoints')}
      />
      {data.touchpoints.length === 0 && (
        <p className="empty">{t('register.journey.emptyTouchpoints')}</p>
      )}
      {data.touchpoints.length > 0 && shown.length === 0 && (
        <p className="empty">{t('common.noMatches', { query })}</p>
      )}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('register.journey.touchpointName')}</th>
                <th scope="col">{t('register.journey.stage')}</th>
                <th scope="col">{t('register.journey.channel')}</th>
                <th scope="col">{t('register.journey.department')}</th>
                <th scope="col">{t('register.tabs.promises')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((tp) => (
                <tr key={tp.id}>
                  <th scope="row">
                    {tp.name}
                    {tp.description && <div className="muted small">{tp.description}</div>}
                  </th>
                  <td>{data.stageById.get(tp.stageId)?.name}</td>
                  <td>{data.channelById.get(tp.channelId)?.name}</td>
                  <td>{tp.department}</td>
                  <td className="num">{counts.get(tp.id) ?? 0}</td>
                  <td>
                    <div className="row-actions nowrap">
                      <button
                        type="button"
                        onClick={() => setEditing(tp)}
                        aria-label={`${t('common.edit')}: ${tp.name}`}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="danger-text ghost"
                        aria-label={`${t('common.delete')}: ${tp.name}`}
                        onClick={() =>
                          void confirmAndDelete(
                            'touchpoints',
                            tp,
                            t('register.journey.deleteTouchpointTitle', { name: tp.name }),
                          )
                        }
                      >
                        {t('common.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <TouchpointDialog data={data} touchpoint={editing} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
