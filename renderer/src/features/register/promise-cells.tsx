import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMISE_KINDS, PROMISE_SOURCES, TARGET_DIRECTIONS } from '../../../../shared/domain';
import { formatNumber } from '../../app/format';
import type { Option } from './CellEditor';
import type { ColumnId, ColumnSpec, PromiseRow } from './promise-rows';
import type { PromiseTable } from './usePromiseTable';
import type { RegisterData } from '../../db/register';

type Options = Partial<Record<ColumnId, Option[]>>;

const unique = (values: string[]) =>
  [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));

/** The choices of each select editor and each select filter. */
export function useColumnOptions(data: RegisterData): { editor: Options; filter: Options } {
  const { t } = useTranslation();
  return useMemo(() => {
    const sources = PROMISE_SOURCES.map((s) => ({ value: s, label: t(`register.source.${s}`) }));
    const kinds = PROMISE_KINDS.map((k) => ({ value: k, label: t(`register.kind.${k}`) }));
    const directions = TARGET_DIRECTIONS.map((d) => ({
      value: d,
      label: t(`register.direction.${d}`),
    }));
    const touchpoints = data.touchpoints.map((tp) => ({
      value: tp.id,
      label: [
        tp.name,
        data.stageById.get(tp.stageId)?.name,
        data.channelById.get(tp.channelId)?.name,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
    const names = (list: { name: string }[]) =>
      unique(list.map((x) => x.name)).map((n) => ({ value: n, label: n }));
    return {
      editor: { touchpoint: touchpoints, source: sources, kind: kinds, direction: directions },
      filter: {
        touchpoint: names(data.touchpoints),
        stage: names(data.stages),
        channel: names(data.channels),
        source: sources,
        kind: kinds,
        direction: directions,
        importance: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
        belief: [
          { value: '∅', label: t('register.unset') },
          ...[0, 1, 2, 3, 4].map((n) => ({
            value: String(n),
            label: `${n} · ${t(`rubric.${n as 0 | 1 | 2 | 3 | 4}`)}`,
          })),
        ],
      },
    };
  }, [data, t]);
}

/** How each cell reads when it is not being edited. */
export function useDisplay(_data: RegisterData) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useCallback(
    (row: PromiseRow, id: ColumnId): ReactNode => {
      switch (id) {
        case 'source':
          return t(`register.source.${row.promise.source}`);
        case 'kind':
          return t(`register.kind.${row.promise.kind}`);
        case 'direction':
          return row.promise.target ? t(`register.direction.${row.promise.target.direction}`) : '';
        case 'threshold':
          return row.threshold === null ? '' : formatNumber(row.threshold, locale, 0, 3);
        case 'importance':
          return (
            <span className={`importance importance-${row.importance}`}>{row.importance}</span>
          );
        case 'belief':
          return row.belief === null ? (
            <span className="muted">{t('register.unset')}</span>
          ) : (
            <span className={`rubric rubric-${row.belief}`}>
              {row.belief} · {t(`rubric.${row.belief as 0 | 1 | 2 | 3 | 4}`)}
            </span>
          );
        default:
          return row[id];
      }
    },
    [t, locale],
  );
}

/** The filter under a column header: text contains, or one of the column's values. */
export function FilterCell({
  spec,
  column,
  options,
}: {
  spec: ColumnSpec;
  column: ReturnType<PromiseTable['getColumn']>;
  options?: Option[];
}) {
  const { t } = useTranslation();
  if (!column) return null;
  const value = String(column.getFilterValue() ?? '');
  const label = `${t('register.filterPlaceholder')}: ${t(`register.columns.${spec.id}`)}`;
  if (spec.filter === 'select') {
    return (
      <select
        className="filter"
        aria-label={label}
        value={value}
        onChange={(e) => column.setFilterValue(e.target.value || undefined)}
      >
        <option value="">{t('register.any')}</option>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className="filter"
      type="search"
      aria-label={label}
      placeholder={t('register.filterPlaceholder')}
      value={value}
      onChange={(e) => column.setFilterValue(e.target.value || undefined)}
    />
  );
}
