import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { store, stored } from '../../stores/ui';
import { cellMatches, COLUMNS, rowMatches, type PromiseRow } from './promise-rows';

const features = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
});

const VISIBILITY_KEY = 'touchstone.register.columns';

function storedVisibility(): ColumnVisibilityState {
  const defaults = Object.fromEntries(COLUMNS.map((c) => [c.id, !c.hiddenByDefault]));
  try {
    const saved = JSON.parse(localStorage.getItem(VISIBILITY_KEY) ?? '{}') as Record<
      string,
      unknown
    >;
    for (const [key, value] of Object.entries(saved))
      if (key in defaults && typeof value === 'boolean') defaults[key] = value;
  } catch {
    // A damaged preference falls back to the defaults.
  }
  return { ...defaults, statement: true };
}

/** Compares with empty values last whichever way the column is sorted. */
function compareValues(a: unknown, b: unknown): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

const columns: ColumnDef<typeof features, PromiseRow>[] = COLUMNS.map((spec) => ({
  id: spec.id,
  accessorFn: (row: PromiseRow) => row[spec.id],
  enableHiding: spec.id !== 'statement',
  filterFn: (row, _columnId, value) => cellMatches(row.original, spec, String(value ?? '')),
  sortFn: (a, b) =>
    compareValues(a.original[spec.sortBy ?? spec.id], b.original[spec.sortBy ?? spec.id]),
}));

/** Which columns are shown, remembered on this computer; the statement always is. */
const WRAP_KEY = 'touchstone.register.wrap';

/** Whether the grid wraps its statements, remembered like the columns shown. */
export function useWrapPreference(): [boolean, (next: boolean) => void] {
  const [wrap, setWrap] = useState(() => stored(WRAP_KEY) === '1');
  const remember = (next: boolean) => {
    setWrap(next);
    store(WRAP_KEY, next ? '1' : '0');
  };
  return [wrap, remember];
}

export function useColumnVisibility() {
  const [columnVisibility, setVisibility] = useState<ColumnVisibilityState>(storedVisibility);
  const setColumnVisibility = useMemo(
    () =>
      (updater: ColumnVisibilityState | ((old: ColumnVisibilityState) => ColumnVisibilityState)) =>
        setVisibility((old) => {
          const next = {
            ...(typeof updater === 'function' ? updater(old) : updater),
            statement: true,
          };
          try {
            localStorage.setItem(VISIBILITY_KEY, JSON.stringify(next));
          } catch {
            // Preferences are a convenience; the table works without them.
          }
          return next;
        }),
    [],
  );
  return { columnVisibility, setColumnVisibility };
}
export type ColumnVisibility = ReturnType<typeof useColumnVisibility>;

/**
 * The promises table's model: sorting, filters, search, column visibility (`visibility`, kept
 * by the caller, which reads scores only while a column shows them) and selection.
 */
export function usePromiseTable(
  data: PromiseRow[],
  { columnVisibility, setColumnVisibility }: ColumnVisibility,
  initialFilters: ColumnFiltersState = [],
) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>(initialFilters);
  const [globalFilter, setGlobalFilter] = useState('');
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row: PromiseRow) => row.id,
    state: { sorting, columnFilters, globalFilter, columnVisibility, rowSelection },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: setColumnVisibility,
    onRowSelectionChange: setRowSelection,
    globalFilterFn: (row, _columnId, value) => rowMatches(row.original, String(value ?? '')),
    // The search looks at the whole row at once, so it needs asking only once per row.
    getColumnCanGlobalFilter: (column) => column.id === 'statement',
    enableRowSelection: true,
  });
  return {
    table,
    globalFilter,
    setGlobalFilter,
    rowSelection,
    setRowSelection,
    columnFilters,
    setColumnFilters,
  };
}
export type PromiseTable = ReturnType<typeof usePromiseTable>['table'];
