import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_METHODS, type Audit } from '../../../../shared/domain';
import { SearchBox } from '../../app/components/SearchBox';
import { changeWithUndo } from '../../app/undo';
import { formatNumber } from '../../app/format';
import { db } from '../../db/db';
import { useAuditObservations } from '../../db/observation-cache';
import { deleteObservations } from '../../db/commands/fieldwork';
import type { RegisterData } from '../../db/register';
import { filterLog, logRows, NO_FILTERS, type LogFilters } from './log-rows';
import { LOG_COLUMNS, nextLogSort, sortLog, type LogSort } from './log-sort';
import { LOG_ROW_HEIGHT, LOG_TEMPLATE, LogBody, useLogTexts } from './LogLine';

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
  const { observations } = useAuditObservations(audit.id);
  const [filters, setFilters] = useState<LogFilters>(NO_FILTERS);
  const [sorting, setSorting] = useState<LogSort>({ id: 'date', desc: true });
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  // The scrolling box, as state too: the lines' virtualizer, a child, must see it once it exists.
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const scrollBoxRef = useCallback((box: HTMLDivElement | null) => {
    scrollRef.current = box;
    setScrollBox(box);
  }, []);
  const headRef = useRef<HTMLDivElement>(null);

  const promiseById = useMemo(() => new Map(register.promises.map((p) => [p.id, p])), [register]);
  const all = useMemo(
    () => (observations ? logRows(observations, promiseById, register.touchpointById) : []),
    [observations, promiseById, register.touchpointById],
  );
  const [observers, waves] = useMemo(() => {
    const people = new Set<string>();
    const rounds = new Set<number>();
    for (const r of all) {
      if (r.observer) people.add(r.observer);
      rounds.add(r.wave);
    }
    return [[...people].sort(), [...rounds].sort((a, b) => a - b)];
  }, [all]);
  const filtered = useMemo(() => filterLog(all, filters), [all, filters]);

  // Sorted here rather than by a table model: at 200,000 rows a generic row model costs
  // more than the sort itself, and the log needs only one column's order.
  const rows = useMemo(() => sortLog(filtered, sorting), [filtered, sorting]);
  const set = (patch: Partial<LogFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setActive(0);
  };
  const current = rows[Math.min(active, rows.length - 1)];

  const remove = async (ids: string[]) => {
    if (ids.length === 0) return;
    const made = await changeWithUndo(
      audit.id,
      t('fieldwork.historyObservation'),
      (journal) => deleteObservations(db, ids, journal),
      t('fieldwork.observationsDeleted', { count: ids.length }),
    );
    if (made) setSelection(new Set());
  };

  const go = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    // Rows have one height, so the row is brought into view exactly: below the sticky header
    // (inside the scrolling box, above the rows) and above the bottom edge.
    const box = scrollRef.current;
    const head = headRef.current?.offsetHeight ?? 0;
    if (!box) return;
    const top = head + next * LOG_ROW_HEIGHT;
    if (top - head < box.scrollTop) box.scrollTop = top - head;
    else if (top + LOG_ROW_HEIGHT > box.scrollTop + box.clientHeight)
      box.scrollTop = top + LOG_ROW_HEIGHT - box.clientHeight;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 400) / LOG_ROW_HEIGHT) - 1,
    );
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

  const texts = useLogTexts();
  // Stable for the lines, which are drawn again only when what they show changes.
  const openRef = useRef(onEdit);
  useEffect(() => {
    openRef.current = onEdit;
  });
  const open = useCallback((id: string) => openRef.current(id), []);
  const toggle = useCallback(
    (id: string) =>
      setSelection((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

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
            count: all.length,
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
      <div className="grid log-grid">
        {/* The grid is the box that scrolls, so the keyboard that moves in it also scrolls it. */}
        <div
          ref={scrollBoxRef}
          className="grid-scroll"
          role="grid"
          tabIndex={0}
          aria-label={t('fieldwork.tabs.log')}
          aria-rowcount={rows.length + 1}
          aria-multiselectable
          aria-activedescendant={current ? `log-${current.id}` : undefined}
          onKeyDown={onKeyDown}
        >
          <div ref={headRef} className="grid-head" role="rowgroup">
            <div
              className="grid-row grid-header"
              role="row"
              aria-rowindex={1}
              style={{ gridTemplateColumns: LOG_TEMPLATE }}
            >
              <div role="columnheader" className="grid-check">
                <span className="sr-only">{t('fieldwork.logSelected')}</span>
              </div>
              {LOG_COLUMNS.map((id) => {
                const sorted = sorting?.id === id ? (sorting.desc ? 'desc' : 'asc') : false;
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
                      onClick={() => setSorting((s) => nextLogSort(s, id))}
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
          <LogBody
            rows={rows}
            scrollBox={scrollBox}
            selection={selection}
            active={active}
            texts={texts}
            onPick={setActive}
            onOpen={open}
            onToggle={toggle}
          />
        </div>
      </div>
      <p className="hint">{t('fieldwork.logHint')}</p>
    </div>
  );
}
