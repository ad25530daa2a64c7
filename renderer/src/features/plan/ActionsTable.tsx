import {
  createSortedRowModel,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { formatDay, formatNumber } from '../../app/format';
import { isEditingText } from '../../app/undo';
import { NextStep, StatusCell, type PlanHandlers } from './NextStep';
import { PlanBulkBar } from './PlanBulkBar';
import { deleteActions } from './plan-actions';
import type { PlanRow } from './plan-rows';
import { scoreText } from './plan-text';
import type { PlanData } from './usePlan';

const features = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
});

/** The sortable columns and what each sorts by; empty values last whichever way. */
const SORTS = {
  title: (r: PlanRow) => r.title,
  status: (r: PlanRow) => r.statusRank,
  owner: (r: PlanRow) => r.owner,
  due: (r: PlanRow) => r.dueDate,
  priority: (r: PlanRow) => r.priorityRank,
  severity: (r: PlanRow) => r.severity,
  score: (r: PlanRow) => r.evidenceScore,
} as const;
type SortId = keyof typeof SORTS;

function compare(a: unknown, b: unknown): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

const columns: ColumnDef<typeof features, PlanRow>[] = (Object.keys(SORTS) as SortId[]).map(
  (id) => ({
    id,
    accessorFn: SORTS[id],
    sortFn: (a, b) => compare(SORTS[id](a.original), SORTS[id](b.original)),
  }),
);

/** The plan as a table: sortable, selectable for bulk status and owner changes, merge and delete. */
export function ActionsTable({
  audit,
  plan,
  rows: data,
  on,
}: {
  audit: Audit;
  plan: PlanData;
  rows: PlanRow[];
  on: PlanHandlers;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [sorting, setSorting] = useState<SortingState>([]);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r: PlanRow) => r.id,
    state: { sorting, rowSelection },
    onSortingChange: setSorting,
    onRowSelectionChange: setRowSelection,
    enableRowSelection: true,
  });
  const rows = table.getRowModel().rows;
  const shown = new Set(rows.map((r) => r.id));
  const selectedRows = rows.filter((r) => rowSelection[r.id]).map((r) => r.original);
  const selected = selectedRows.map((r) => r.action);
  const allSelected = rows.length > 0 && selectedRows.length === rows.length;

  const header = (id: SortId, className = '') => {
    const column = table.getColumn(id)!;
    const sorted = column.getIsSorted();
    return (
      <th
        scope="col"
        className={className}
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      >
        <button type="button" className="sort" onClick={column.getToggleSortingHandler()}>
          {t(`plan.columns.${id}`)}
          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };

  // Delete on a row (outside a text field) deletes it, or the selection it belongs to; undoable.
  const onRowKey = (e: KeyboardEvent, row: PlanRow) => {
    if (e.key !== 'Delete' || isEditingText(e.target)) return;
    e.preventDefault();
    const ids = rowSelection[row.id] ? selected.map((r) => r.id) : [row.id];
    void deleteActions(audit, ids).then((ok) => ok && setRowSelection({}));
  };

  return (
    <>
      {selected.length > 0 && (
        <PlanBulkBar
          audit={audit}
          plan={plan}
          selected={selected}
          on={on}
          onClear={() => setRowSelection({})}
        />
      )}
      <div className="table-wrap">
        <table className="table plan-table" aria-label={t('plan.tabs.table')}>
          <thead>
            <tr>
              <th scope="col" className="plan-check">
                <input
                  type="checkbox"
                  aria-label={t('plan.selectAll')}
                  checked={allSelected}
                  onChange={(e) =>
                    setRowSelection(
                      e.target.checked
                        ? Object.fromEntries([...shown].map((id) => [id, true]))
                        : {},
                    )
                  }
                />
              </th>
              {header('title')}
              {header('status', 'plan-status-col')}
              {header('owner', 'plan-owner-col')}
              {header('due')}
              {header('priority')}
              {header('severity', 'num')}
              {header('score', 'num')}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const r = row.original;
              const a = r.action;
              return (
                <tr
                  key={r.id}
                  className={`${rowSelection[r.id] ? 'current ' : ''}${r.overdue > 0 ? 'plan-row-overdue' : ''}`}
                  onKeyDown={(e) => onRowKey(e, r)}
                >
                  <td className="plan-check">
                    <input
                      type="checkbox"
                      aria-label={t('plan.selectRow', { title: r.title })}
                      checked={!!rowSelection[r.id]}
                      onChange={() => row.toggleSelected()}
                    />
                  </td>
                  <th scope="row" className="plan-title-cell">
                    <button type="button" className="link" onClick={() => on.open(a)}>
                      {r.title}
                    </button>
                    <span className="plan-gap muted" title={r.gap}>
                      {a.promiseId ? r.gap : t('plan.wholeTouchpoint', { name: r.gap })}
                      {r.touchpoint && a.promiseId ? ` · ${r.touchpoint}` : ''}
                    </span>
                  </th>
                  <td>
                    <div className="plan-status-cell">
                      <StatusCell row={r} />
                      <NextStep row={r} on={on} />
                    </div>
                  </td>
                  <td className="plan-owner" title={r.owner || undefined}>
                    {r.owner ? (
                      <span className="plan-clamp">{r.owner}</span>
                    ) : (
                      <span className="plan-none">{t('plan.noOwner')}</span>
                    )}
                  </td>
                  <td className={r.overdue > 0 ? 'plan-due plan-late' : 'plan-due'}>
                    {r.dueDate ? formatDay(r.dueDate, locale) : t('common.empty')}
                  </td>
                  <td>
                    <span className={`plan-priority priority-${a.priority}`}>
                      {t(`priority.${a.priority}`)}
                    </span>
                  </td>
                  <td className="num">
                    {r.severity === null ? t('common.empty') : formatNumber(r.severity, locale)}
                  </td>
                  <td className="num plan-score">
                    {scoreText(r.evidenceScore, t, locale)}
                    {' → '}
                    {formatNumber(r.verification.target, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
