import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, BrandPromise } from '../../../../shared/domain';
import { editValue } from '../../../../shared/register/promise-edit';
import { PlanActionButton } from '../../app/components/PlanActionButton';
import { EmptyState } from '../../app/components/EmptyState';
import { SearchBox } from '../../app/components/SearchBox';
import { shortcutKey } from '../../app/i18n';
import { BulkBar } from './BulkBar';
import { CellEditor } from './CellEditor';
import { ColumnsMenu } from './ColumnsMenu';
import { DraftRow } from './DraftRow';
import { deletePromises, savePromiseField } from './promise-actions';
import {
  buildRows,
  columnLabelKey,
  COLUMNS,
  withScores,
  type ColumnId,
  type ColumnSpec,
  type PromiseRow,
} from './promise-rows';
import { FilterCell, useColumnOptions, useDisplay } from './promise-cells';
import { useColumnVisibility, usePromiseTable, useWrapPreference } from './usePromiseTable';
import type { RegisterData } from '../../db/register';
import { useOpenRequest } from '../../stores/openers';
import { useAuditScores } from '../../db/scores/useAuditScores';

const ROW_HEIGHT = 38;

/** A stage × channel cell of the matrix whose promises the table shows, by their names. */
export interface MatrixCell {
  stage: string;
  channel: string;
}

/** What the register's screen starts when a step asks: a dialog or another tab. */
export interface RegisterStarts {
  template: () => void;
  csv: () => void;
  journey: () => void;
  beliefSession: () => void;
}

const SPEC = new Map(COLUMNS.map((c) => [c.id, c]));

interface Active {
  rowId: string | null;
  col: ColumnId;
}
interface Editing {
  rowId: string;
  col: ColumnId;
  initial: string;
}

/**
 * The promises of an audit as a spreadsheet-like grid: keyboard first, virtualized, undoable.
 * Columns of what the evidence says are read from the score engine while they are shown;
 * `cell` opens the grid filtered to one cell of the matrix.
 */
export function PromisesTable({
  audit,
  data,
  cell = null,
  onLeaveCell,
  start,
}: {
  audit: Audit;
  data: RegisterData;
  cell?: MatrixCell | null;
  onLeaveCell?: () => void;
  /** The next steps an empty register offers. */
  start?: RegisterStarts;
}) {
  const { t } = useTranslation();
  // Edits show at once; the live query's next result (which includes them) replaces them.
  const [overrides, setOverrides] = useState<{
    base: RegisterData;
    map: Map<string, BrandPromise>;
  }>({ base: data, map: new Map() });
  const pending = overrides.base === data ? overrides.map : null;
  const rowsBase = useMemo(
    () =>
      buildRows(
        pending && pending.size > 0
          ? { ...data, promises: data.promises.map((p) => pending.get(p.id) ?? p) }
          : data,
      ),
    [data, pending],
  );
  const visibility = useColumnVisibility();
  const showsScores = COLUMNS.some((c) => c.evidence && visibility.columnVisibility[c.id]);
  const scored = useAuditScores(audit, showsScores);
  const promiseScores = scored?.scores.promises;
  const rowsData = useMemo(() => withScores(rowsBase, promiseScores), [rowsBase, promiseScores]);
  const [wrap, setWrap] = useWrapPreference();
  const optimistic = (id: string) => (next: BrandPromise | null) =>
    setOverrides((old) => {
      const map = new Map(old.base === data ? old.map : []);
      if (next) map.set(id, next);
      else map.delete(id);
      return { base: data, map };
    });
  const {
    table,
    globalFilter,
    setGlobalFilter,
    rowSelection,
    setRowSelection,
    columnFilters,
    setColumnFilters,
  } = usePromiseTable(
    rowsData,
    visibility,
    cell
      ? [
          { id: 'stage', value: cell.stage },
          { id: 'channel', value: cell.channel },
        ]
      : [],
  );
  const filterOf = (id: ColumnId) => columnFilters.find((f) => f.id === id)?.value;
  const inCell =
    cell !== null && filterOf('stage') === cell.stage && filterOf('channel') === cell.channel;
  const rows = table.getRowModel().rows;
  const visible = table.getVisibleLeafColumns().map((c) => SPEC.get(c.id as ColumnId)!);
  const options = useColumnOptions(data);
  const display = useDisplay(data);
  const [active, setActive] = useState<Active>({ rowId: null, col: 'statement' });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [drafting, setDrafting] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const indexById = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const activeIndex = active.rowId !== null ? (indexById.get(active.rowId) ?? -1) : -1;
  const rowIndex = activeIndex >= 0 ? activeIndex : rows.length > 0 ? 0 : -1;
  const activeRow: PromiseRow | undefined = rows[rowIndex]?.original;
  const colIndex = Math.max(
    0,
    visible.findIndex((c) => c.id === active.col),
  );
  const activeCol = visible[colIndex] ?? visible[0]!;
  const selectedIds = Object.keys(rowSelection).filter(
    (id) => rowSelection[id] && indexById.has(id),
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (wrap ? ROW_HEIGHT * 2 : ROW_HEIGHT),
    overscan: 12,
  });
  // Wrapped rows are as tall as their text: each is measured once drawn.
  useEffect(() => virtualizer.measure(), [wrap, virtualizer]);
  // Every row gets the same width, so the tracks line up; the statement takes the slack.
  const template = `44px ${visible.map((c) => (c.id === 'statement' ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)).join(' ')}`;
  const rowWidth = `max(100%, ${44 + visible.reduce((sum, c) => sum + c.width, 0)}px)`;

  const focusGrid = () => gridRef.current?.focus({ preventScroll: true });
  const moveTo = useCallback(
    (index: number, col: ColumnId) => {
      const clamped = Math.max(0, Math.min(rows.length - 1, index));
      const row = rows[clamped];
      if (!row) return;
      setActive({ rowId: row.id, col });
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
    },
    [rows, virtualizer],
  );

  // A promise asked for elsewhere (the command palette): shown, current and focused, with the
  // search and filters that hid it cleared.
  useOpenRequest('register', true, (request) => {
    if (request.kind === 'new-promise') {
      if (data.touchpoints.length > 0) setDrafting(true);
      return true;
    }
    if (request.kind !== 'promise') return false;
    const index = indexById.get(request.id);
    if (index === undefined) {
      if (!rowsData.some((r) => r.id === request.id)) return true;
      setGlobalFilter('');
      table.resetColumnFilters();
      return false;
    }
    moveTo(index, 'statement');
    focusGrid();
    return true;
  });

  const startEdit = (row: PromiseRow, spec: ColumnSpec, initial?: string) => {
    if (!spec.field || !spec.editor) return;
    setEditing({
      rowId: row.id,
      col: spec.id,
      initial: initial ?? editValue(row.promise, spec.field),
    });
  };

  const commitEdit = async (
    row: PromiseRow,
    spec: ColumnSpec,
    value: string,
    move: 'down' | 'right' | 'left' | 'none',
  ) => {
    const ok = await savePromiseField(
      row.promise,
      spec.field!,
      value,
      t(columnLabelKey(spec.id)),
      optimistic(row.id),
    );
    if (!ok) return false;
    setEditing(null);
    const index = indexById.get(row.id) ?? rowIndex;
    if (move === 'down') moveTo(index + 1, spec.id);
    else if (move === 'right' || move === 'left') {
      const next =
        visible[Math.max(0, Math.min(visible.length - 1, colIndex + (move === 'right' ? 1 : -1)))]!;
      setActive({ rowId: row.id, col: next.id });
    }
    if (move !== 'none') focusGrid();
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== gridRef.current) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const keyMoves: Record<string, () => void> = {
      ArrowDown: () => moveTo(rowIndex + 1, activeCol.id),
      ArrowUp: () => moveTo(rowIndex - 1, activeCol.id),
      ArrowRight: () =>
        setActive({
          rowId: activeRow?.id ?? null,
          col: visible[Math.min(visible.length - 1, colIndex + 1)]!.id,
        }),
      ArrowLeft: () =>
        setActive({ rowId: activeRow?.id ?? null, col: visible[Math.max(0, colIndex - 1)]!.id }),
      PageDown: () => moveTo(rowIndex + 10, activeCol.id),
      PageUp: () => moveTo(rowIndex - 10, activeCol.id),
      Home: () =>
        ctrl
          ? moveTo(0, activeCol.id)
          : setActive({ rowId: activeRow?.id ?? null, col: visible[0]!.id }),
      End: () =>
        ctrl
          ? moveTo(rows.length - 1, activeCol.id)
          : setActive({ rowId: activeRow?.id ?? null, col: visible.at(-1)!.id }),
    };
    const move = keyMoves[e.key];
    if (move && !e.altKey) {
      e.preventDefault();
      move();
    } else if (e.key === 'Enter' && ctrl) {
      e.preventDefault();
      setDrafting(true);
    } else if ((e.key === 'Enter' || e.key === 'F2') && activeRow) {
      e.preventDefault();
      startEdit(activeRow, activeCol);
    } else if (e.key === ' ' && activeRow) {
      e.preventDefault();
      setRowSelection((old) => {
        const { [activeRow.id]: was, ...rest } = old;
        return was ? rest : { ...old, [activeRow.id]: true };
      });
    } else if (shortcutKey(e) === 'a' && ctrl) {
      e.preventDefault();
      setRowSelection(Object.fromEntries(rows.map((r) => [r.id, true])));
    } else if (e.key === 'Escape' && selectedIds.length > 0) {
      e.preventDefault();
      setRowSelection({});
    } else if (e.key === 'Delete' && activeRow) {
      e.preventDefault();
      const ids = selectedIds.length > 0 ? selectedIds : [activeRow.id];
      void deletePromises(audit.id, ids).then((ok) => ok && setRowSelection({}));
    } else if (e.key.length === 1 && !ctrl && !e.altKey && activeRow && activeCol.editor) {
      e.preventDefault();
      // Digits in the importance and belief columns set the value at once: a workshop's pace.
      if ((activeCol.id === 'importance' || activeCol.id === 'belief') && /\d/.test(e.key)) {
        void savePromiseField(
          activeRow.promise,
          activeCol.field!,
          e.key,
          t(columnLabelKey(activeCol.id)),
          optimistic(activeRow.id),
        );
      } else startEdit(activeRow, activeCol, activeCol.editor === 'select' ? undefined : e.key);
    }
  };

  const activeCellId = activeRow ? `cell-${activeRow.id}-${activeCol.id}` : undefined;

  return (
    <div className="promises">
      <div className="promises-toolbar">
        <SearchBox
          value={globalFilter}
          onChange={setGlobalFilter}
          placeholder={t('register.searchPlaceholder')}
        />
        <span className="muted" aria-live="polite">
          {t('register.count', { shown: rows.length, total: rowsData.length })}
        </span>
        <span className="spacer" />
        <ColumnsMenu table={table} wrap={wrap} onWrap={setWrap} />
        <PlanActionButton
          className=""
          link={activeRow ? { promiseId: activeRow.id, touchpointId: null } : null}
          subject={activeRow?.statement}
        />
        <button
          type="button"
          onClick={() => setDrafting(true)}
          disabled={data.touchpoints.length === 0}
        >
          {t('register.newPromise')}
        </button>
      </div>
      {inCell && (
        <p className="cell-filter" role="status">
          <span>{t('guide.matrix.filtered', { stage: cell.stage, channel: cell.channel })}</span>
          <button
            type="button"
            onClick={() => {
              setColumnFilters([]);
              onLeaveCell?.();
            }}
          >
            {t('guide.matrix.showAll')}
          </button>
        </p>
      )}
      {selectedIds.length > 0 && (
        <BulkBar audit={audit} data={data} ids={selectedIds} onDone={() => setRowSelection({})} />
      )}
      {drafting && (
        <DraftRow
          audit={audit}
          data={data}
          defaultTouchpointId={activeRow?.promise.touchpointId ?? data.touchpoints[0]?.id ?? ''}
          onAdded={(id) => setActive({ rowId: id, col: 'statement' })}
          onClose={() => {
            setDrafting(false);
            focusGrid();
          }}
        />
      )}
      {start && data.promises.length === 0 && (
        <EmptyState
          compact
          title={t('guide.empty.promisesTitle')}
          body={t('guide.empty.promisesBody')}
          steps={[
            { label: t('guide.empty.applyTemplate'), run: start.template, primary: true },
            { label: t('guide.empty.importCsv'), run: start.csv },
            data.touchpoints.length === 0
              ? { label: t('guide.empty.addJourney'), run: start.journey }
              : { label: t('guide.empty.addPromise'), run: () => setDrafting(true) },
          ]}
        />
      )}
      {start && data.promises.length > 0 && data.promises.every((p) => p.belief === null) && (
        <EmptyState
          compact
          title={t('guide.empty.beliefsTitle')}
          body={t('guide.empty.beliefsBody')}
          steps={[
            { label: t('guide.empty.startSession'), run: start.beliefSession, primary: true },
          ]}
        />
      )}
      {!start && data.touchpoints.length === 0 && (
        <p className="hint">{t('register.needTouchpoint')}</p>
      )}
      <div
        ref={gridRef}
        className="grid"
        role="grid"
        tabIndex={0}
        aria-label={t('register.tabs.promises')}
        aria-rowcount={rows.length + 1}
        aria-colcount={visible.length + 1}
        aria-multiselectable
        aria-activedescendant={editing ? undefined : activeCellId}
        onKeyDown={onKeyDown}
      >
        <div ref={scrollRef} className="grid-scroll">
          <div className="grid-head" role="rowgroup" style={{ width: rowWidth }}>
            <div
              className="grid-row grid-header"
              role="row"
              aria-rowindex={1}
              style={{ gridTemplateColumns: template }}
            >
              <div role="columnheader" className="grid-check">
                <input
                  type="checkbox"
                  aria-label={t('register.selectAll')}
                  checked={rows.length > 0 && selectedIds.length === rows.length}
                  onChange={(e) =>
                    setRowSelection(
                      e.target.checked ? Object.fromEntries(rows.map((r) => [r.id, true])) : {},
                    )
                  }
                  tabIndex={-1}
                />
              </div>
              {visible.map((spec) => {
                const column = table.getColumn(spec.id)!;
                const sorted = column.getIsSorted();
                return (
                  <div
                    key={spec.id}
                    role="columnheader"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                    className={spec.numeric ? 'num' : ''}
                  >
                    <button
                      type="button"
                      className="sort"
                      tabIndex={-1}
                      onClick={column.getToggleSortingHandler()}
                    >
                      {t(columnLabelKey(spec.id))}
                      <span aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
            <div
              className="grid-row grid-filters"
              role="row"
              style={{ gridTemplateColumns: template }}
            >
              <div role="gridcell" />
              {visible.map((spec) => (
                <div key={spec.id} role="gridcell">
                  <FilterCell
                    spec={spec}
                    column={table.getColumn(spec.id)!}
                    options={options.filter[spec.id]}
                  />
                </div>
              ))}
            </div>
          </div>
          <div
            className="grid-body"
            role="rowgroup"
            style={{ height: virtualizer.getTotalSize(), width: rowWidth }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              const r = row.original;
              const selected = !!rowSelection[r.id];
              return (
                <div
                  key={r.id}
                  ref={wrap ? virtualizer.measureElement : undefined}
                  data-index={item.index}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  className={`grid-row${selected ? ' selected' : ''}${item.index === rowIndex ? ' current' : ''}${wrap ? ' wrap' : ''}`}
                  style={{
                    gridTemplateColumns: template,
                    width: '100%',
                    transform: `translateY(${item.start}px)`,
                    ...(wrap ? { minHeight: ROW_HEIGHT } : { height: ROW_HEIGHT }),
                  }}
                >
                  <div role="gridcell" className="grid-check">
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      aria-label={t('register.selectRow')}
                      checked={selected}
                      onChange={() => row.toggleSelected()}
                    />
                  </div>
                  {visible.map((spec) => {
                    const isActive = item.index === rowIndex && spec.id === activeCol.id;
                    const isEditing = editing?.rowId === r.id && editing.col === spec.id;
                    return (
                      <div
                        key={spec.id}
                        id={`cell-${r.id}-${spec.id}`}
                        role="gridcell"
                        aria-readonly={!spec.editor}
                        className={`grid-cell${isActive ? ' active' : ''}${spec.numeric ? ' num' : ''}`}
                        onMouseDown={() => setActive({ rowId: r.id, col: spec.id })}
                        onDoubleClick={() => startEdit(r, spec)}
                        title={spec.id === 'statement' ? r.statement : undefined}
                      >
                        {isEditing ? (
                          <CellEditor
                            kind={spec.editor!}
                            label={t(columnLabelKey(spec.id))}
                            initial={editing.initial}
                            options={options.editor[spec.id]}
                            onCommit={(value, move) => commitEdit(r, spec, value, move)}
                            onCancel={() => {
                              setEditing(null);
                              focusGrid();
                            }}
                          />
                        ) : (
                          <span className="cell-text">{display(r, spec.id)}</span>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p className="hint">{t('register.newPromiseHint')}</p>
    </div>
  );
}
