import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterData } from '../../db/register';

/** Stages × channels: where touchpoints and promises are, and where there are none. */
export function MatrixView({ data }: { data: RegisterData }) {
  const { t } = useTranslation();
  const cells = useMemo(() => {
    const promisesAt = new Map<string, number>();
    for (const p of data.promises)
      promisesAt.set(p.touchpointId, (promisesAt.get(p.touchpointId) ?? 0) + 1);
    const map = new Map<string, { names: string[]; promises: number }>();
    for (const tp of data.touchpoints) {
      const key = `${tp.stageId}/${tp.channelId}`;
      const cell = map.get(key) ?? { names: [], promises: 0 };
      cell.names.push(tp.name);
      cell.promises += promisesAt.get(tp.id) ?? 0;
      map.set(key, cell);
    }
    return map;
  }, [data]);

  if (data.stages.length === 0 || data.channels.length === 0)
    return <p className="hint">{t('register.journey.needStageAndChannel')}</p>;
  return (
    <section aria-labelledby="matrix-title">
      <h2 id="matrix-title">{t('register.matrix.title')}</h2>
      <p className="hint">{t('register.matrix.hint')}</p>
      <div className="table-wrap">
        <table className="table matrix">
          <thead>
            <tr>
              <th scope="col" className="muted">
                {t('register.matrix.corner')}
              </th>
              {data.channels.map((c) => (
                <th key={c.id} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.stages.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                {data.channels.map((c) => {
                  const cell = cells.get(`${s.id}/${c.id}`);
                  if (!cell) {
                    return (
                      <td key={c.id} className="matrix-gap">
                        {t('register.matrix.empty')}
                      </td>
                    );
                  }
                  return (
                    <td
                      key={c.id}
                      className={cell.promises === 0 ? 'matrix-cell matrix-thin' : 'matrix-cell'}
                    >
                      <div className="matrix-counts">
                        <strong>{t('register.matrix.promises', { count: cell.promises })}</strong>
                        <span className="muted">
                          {t('register.matrix.touchpoints', { count: cell.names.length })}
                        </span>
                      </div>
                      <ul>
                        {cell.names.map((n, i) => (
                          <li key={`${n}-${i}`}>{n}</li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
