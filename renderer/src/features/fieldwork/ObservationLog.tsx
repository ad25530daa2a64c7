import {
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_METHODS, type Audit, type Observation } from '../../../../shared/domain';
import { SearchBox } from '../../app/components/SearchBox';
import { stepHistory } from '../../app/undo';
import { formatDay, formatNumber } from '../../app/format';
import { db } from '../../db/db';
import { deleteRecords } from '../../db/records';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import type { RegisterData } from '../register/useRegister';
import { filterLog, logRows, NO_FILTERS, type LogFilters, type LogRow } from './log-rows';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const COLUMNS = [
  'date',
  'method',
  'wave',
  'promise',
  'touchpoint',
  'observer',
  'location',
  'score',
  'measured',
  'text',
] as const;
type Column = (typeof COLUMNS)[number];
const TEMPLATE =
  '34px 112px 112px 52px minmax(200px,2fr) 140px 120px 130px 112px 80px minmax(160px,1.5fr)';
const ROW_HEIGHT = 34;

const compare = (a: unknown, b: unknown) => {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));
};
const columns: ColumnDef<typeof features, LogRow>[] = COLUMNS.map((id) => ({
  id,
  accessorFn: (row: LogRow) => row[id],
  sortFn: (a, b) => compare(a.original[id], b.original[id]),
}));

/** Every piece of evidence of the audit: filtered, searched, sorted, edited; virtualized. */
export function ObservationLog({
  audit,
  register,
  onEdit,
}: {
  audit: Audit;
  register: RegisterData;
  onEdit: (observationId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const observations = useLiveQuery(
    () => db.observations.where('auditId').equals(audit.id).toArray(),
    [audit.id],
  );
  const [filters, setFilters] = useState<LogFilters>(NO_FILTERS);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: true }]);
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const cacheRef = useRef(new Map<string, { source: Observation; row: LogRow }>());
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const promiseById = useMemo(() => new Map(register.promises.map((p) => [p.id, p])), [register]);
  const all = useMemo(() => {
    if (!observations) return [];
    const { rows, cache } = logRows(
      observations,
      promiseById,
      register.touchpointById,
      cacheRef.current,
    );
    cacheRef.current = cache;
    return rows;
  }, [observations, promiseById, register.touchpointById]);
  const observers = useMemo(
    () => [...new Set(all.map((r) => r.observer).filter(Boolean))].sort(),
    [all],
  );
  const waves = useMemo(() => [...new Set(all.map((r) => r.wave))].sort((a, b) => a - b), [all]);
  const filtered = useMemo(() => filterLog(all, filters), [all, filters]);

  const table = useTable({
    features,
    columns,
    data: filtered,
    getRowId: (r) => r.id,
    state: { sorting },
    onSortingChange: setSorting,
  });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const set = (patch: Partial<LogFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setActive(0);
  };
  const current = rows[Math.min(active, rows.length - 1)]?.original;

  const remove = async (ids: string[]) => {
    if (ids.length === 0) return;
    try {
      await undoable(audit.id, t('fieldwork.historyObservation'), (journal) =>
        deleteRecords(db, 'observations', ids, journal),
      );
      setSelection(new Set());
      notify('info', t('fieldwork.observationsDeleted', { count: ids.length }), {
        label: t('history.undo'),
        run: () => void stepHistory('undo'),
      });
    } catch (error) {
      notify('error', error instanceof Error ? error.message : String(error));
    }
  };

  const go = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(active + 1),
      ArrowUp: () => go(active - 1),
      PageDown: () => go(active + page),
      PageUp: () => go(active - page),
      Home: () => go(0),
      End: () => go(rows.length - 1),
      Enter: () => current && onEdit(current.id),
      ' ': () =>
        current &&
        setSelection((s) => {
          const next = new Set(s);
          if (next.has(current.id)) next.delete(current.id);
          else next.add(current.id);
          return next;
        }),
      Delete: () => void remove(selection.size > 0 ? [...selection] : current ? [current.id] : []),
    };
    const action = keys[e.key];
    if (action && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      action();
    }
  };

  const cell = (r: LogRow, id: Column) => {
    switch (id) {
      case 'date':
        return formatDay(r.date, i18n.language);
      case 'method':
        return t(`method.${r.method}`);
      case 'score':
        return r.outcome === 'not-applicable'
          ? t('fieldwork.na')
          : r.outcome === 'could-not-check'
            ? t('fieldwork.cnc')
            : r.score === null
              ? ''
              : `${r.score} ${t(`rubric.${r.score as 0}`)}`;
      case 'measured':
        return r.measured === null ? '' : formatNumber(r.measured, i18n.language, 2);
      default:
        return String(r[id]);
    }
  };

  if (!observations) return <p role="status">{t('app.loading')}</p>;
  const select = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: [string, string][],
  ) => (
    <label className="log-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('fieldwork.any')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const text = (label: string, value: string, onChange: (v: string) => void, type = 'search') => (
    <label className="log-filter">
      <span>{label}</span>
      <input type={type} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );

  return (
    <div className="log">
      <div className="promises-toolbar">
        <SearchBox
          value={filters.query}
          onChange={(query) => set({ query })}
          placeholder={t('fieldwork.logSearch')}
        />
        <span className="muted" aria-live="polite">
          {t('fieldwork.logCount', {
            shown: formatNumber(rows.length, i18n.language),
            total: formatNumber(all.length, i18n.language),
          })}
        </span>
        <span className="spacer" />
        <button type="button" onClick={() => set(NO_FILTERS)} disabled={filters === NO_FILTERS}>
          {t('fieldwork.clearFilters')}
        </button>
      </div>
      <fieldset className="log-filters">
        <legend className="sr-only">{t('fieldwork.filters')}</legend>
        {select(
          t('fieldwork.logColumns.method'),
          filters.method,
          (method) => set({ method }),
          OBSERVATION_METHODS.map((m) => [m, t(`method.${m}`)]),
        )}
        {select(
          t('fieldwork.logColumns.wave'),
          filters.wave,
          (wave) => set({ wave }),
          waves.map((w) => [String(w), t('fieldwork.wave', { n: w })]),
        )}
        {select(
          t('fieldwork.logColumns.observer'),
          filters.observer,
          (observer) => set({ observer }),
          observers.map((o) => [o, o]),
        )}
        {text(t('fieldwork.logColumns.location'), filters.location, (location) =>
          set({ location }),
        )}
        {select(
          t('fieldwork.logColumns.touchpoint'),
          filters.touchpointId,
          (touchpointId) => set({ touchpointId }),
          register.touchpoints.map((tp) => [tp.id, tp.name]),
        )}
        {text(t('fieldwork.logColumns.promise'), filters.promise, (promise) => set({ promise }))}
        {select(
          t('fieldwork.logColumns.score'),
          filters.score,
          (score) => set({ score }),
          (['0', '1', '2', '3', '4', 'na', 'cnc'] as const).map((s) => [
            s,
            t(`fieldwork.scoreFilter.${s}`),
          ]),
        )}
        {text(t('fieldwork.from'), filters.from, (from) => set({ from }), 'date')}
        {text(t('fieldwork.to'), filters.to, (to) => set({ to }), 'date')}
      </fieldset>
      {all.length === 0 && <p className="empty">{t('fieldwork.logEmpty')}</p>}
      {all.length > 0 && rows.length === 0 && <p className="empty">{t('fieldwork.logNoMatch')}</p>}
      <div
        ref={gridRef}
        className="grid log-grid"
        role="grid"
        tabIndex={0}
        aria-label={t('fieldwork.tabs.log')}
        aria-rowcount={rows.length + 1}
        aria-multiselectable
        aria-activedescendant={current ? `log-${current.id}` : undefined}
        onKeyDown={onKeyDown}
      >
        <div ref={scrollRef} className="grid-scroll">
          <div className="grid-head" role="rowgroup">
            <div
              className="grid-row grid-header"
              role="row"
              aria-rowindex={1}
              style={{ gridTemplateColumns: TEMPLATE }}
            >
              <div role="columnheader" className="grid-check" />
              {COLUMNS.map((id) => {
                const column = table.getColumn(id)!;
                const sorted = column.getIsSorted();
                return (
                  <div
                    key={id}
                    role="columnheader"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="sort"
                      tabIndex={-1}
                      onClick={column.getToggleSortingHandler()}
                    >
                      {t(`fieldwork.logColumns.${id}`)}
                      <span aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
          </div>
          <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = rows[item.index]!.original;
              const selected = selection.has(r.id);
              return (
                <div
                  key={r.id}
                  id={`log-${r.id}`}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  className={`grid-row${selected ? ' selected' : ''}${item.index === active ? ' current' : ''}`}
                  style={{
                    gridTemplateColumns: TEMPLATE,
                    transform: `translateY(${item.start}px)`,
                    height: ROW_HEIGHT,
                    width: '100%',
                  }}
                  onMouseDown={() => setActive(item.index)}
                  onDoubleClick={() => onEdit(r.id)}
                >
                  <div role="gridcell" className="grid-check">
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      aria-label={t('register.selectRow')}
                      checked={selected}
                      onChange={() =>
                        setSelection((s) => {
                          const next = new Set(s);
                          if (next.has(r.id)) next.delete(r.id);
                          else next.add(r.id);
                          return next;
                        })
                      }
                    />
                  </div>
                  {COLUMNS.map((id) => (
                    <div
                      key={id}
                      role="gridcell"
                      className={`grid-cell${id === 'wave' || id === 'measured' ? ' num' : ''}`}
                      title={id === 'promise' || id === 'text' ? String(r[id]) : undefined}
                    >
                      <span className="cell-text">{cell(r, id)}</span>
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p className="hint">{t('fieldwork.logHint')}</p>
    </div>
  );
}
