import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_METHODS, RUBRIC } from '../../../../shared/domain';
import { formatDay, formatNumber } from '../../app/format';
import type { LogRow } from './log-rows';
import { LOG_COLUMNS, type LogColumn } from './log-sort';

export const LOG_TEMPLATE =
  '34px 112px 112px 52px minmax(200px,2fr) 140px 120px 130px 112px 80px minmax(160px,1.5fr)';
export const LOG_ROW_HEIGHT = 34;
/** More characters than the widest cell shows: longer texts are cut before layout measures them. */
const CELL_CHARS = 120;
const clip = (text: string) => (text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS)}…` : text);

/** What the log's cells say, worked out once per language rather than per cell as rows scroll in. */
export interface LogTexts {
  day: (date: string) => string;
  number: (n: number) => string;
  method: Record<string, string>;
  score: string[];
  na: string;
  cnc: string;
  selectRow: string;
}

export function useLogTexts(): LogTexts {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const locale = i18n.language;
    const days = new Map<string, string>();
    const numbers = new Map<number, string>();
    return {
      day: (date: string) => {
        let text = days.get(date);
        if (text === undefined) days.set(date, (text = formatDay(date, locale)));
        return text;
      },
      number: (n: number) => {
        let text = numbers.get(n);
        if (text === undefined) numbers.set(n, (text = formatNumber(n, locale, 2)));
        return text;
      },
      method: Object.fromEntries(OBSERVATION_METHODS.map((m) => [m, t(`method.${m}`)])),
      score: RUBRIC.map((s) => `${s} ${t(`rubric.${s}`)}`),
      na: t('fieldwork.na'),
      cnc: t('fieldwork.cnc'),
      selectRow: t('register.selectRow'),
    };
  }, [t, i18n.language]);
}

function cellText(texts: LogTexts, r: LogRow, id: LogColumn): string {
  switch (id) {
    case 'date':
      return texts.day(r.date);
    case 'method':
      return texts.method[r.method]!;
    case 'score':
      return r.outcome === 'not-applicable'
        ? texts.na
        : r.outcome === 'could-not-check'
          ? texts.cnc
          : r.score === null
            ? ''
            : texts.score[r.score]!;
    case 'measured':
      return r.measured === null ? '' : texts.number(r.measured);
    case 'promise':
    case 'text':
      return clip(r[id]);
    default:
      return String(r[id]);
  }
}

/**
 * One line of the observation log. Drawn again only when its record, place or marks change:
 * a scroll by a few lines draws the lines coming in, not every line in view.
 */
export const LogLine = memo(function LogLine({
  row,
  index,
  top,
  selected,
  current,
  texts,
  onPick,
  onOpen,
  onToggle,
}: {
  row: LogRow;
  index: number;
  /** Its offset from the top of the log's body, in pixels. */
  top: number;
  selected: boolean;
  current: boolean;
  texts: LogTexts;
  onPick: (index: number) => void;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
}) {
  return (
    <div
      id={`log-${row.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`grid-row${selected ? ' selected' : ''}${current ? ' current' : ''}`}
      style={{
        gridTemplateColumns: LOG_TEMPLATE,
        transform: `translateY(${top}px)`,
        height: LOG_ROW_HEIGHT,
        width: '100%',
        // Each row is laid out on its own: new text in one never re-lays the others.
        contain: 'strict',
      }}
      onMouseDown={() => onPick(index)}
      onDoubleClick={() => onOpen(row.id)}
    >
      <div role="gridcell" className="grid-check">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={texts.selectRow}
          checked={selected}
          onChange={() => onToggle(row.id)}
        />
      </div>
      {LOG_COLUMNS.map((id) => (
        <div
          key={id}
          role="gridcell"
          className={`grid-cell${id === 'wave' || id === 'measured' ? ' num' : ''}`}
          title={id === 'promise' || id === 'text' ? row[id] : undefined}
        >
          {cellText(texts, row, id)}
        </div>
      ))}
    </div>
  );
});

/**
 * The lines of the log in view, virtualized. On its own so that scrolling, which redraws it
 * at every frame, redraws only the lines and not the filters and toolbar above them.
 */
export const LogBody = memo(LogBodyView);

function LogBodyView({
  rows,
  scrollBox,
  selection,
  active,
  texts,
  onPick,
  onOpen,
  onToggle,
}: {
  rows: readonly LogRow[];
  scrollBox: HTMLDivElement | null;
  selection: ReadonlySet<string>;
  active: number;
  texts: LogTexts;
  onPick: (index: number) => void;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
}) {
  // The virtualizer's functions are called while rendering only, and this component is
  // memoized by React.memo on its props, not by the compiler the rule speaks for.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollBox,
    estimateSize: () => LOG_ROW_HEIGHT,
    // A few rows beyond the edges for the arrow keys; more would be laid out for nothing
    // when the scrollbar is dragged and every row in view is new at each frame.
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();
  const slots = Math.max(1, items.length);
  return (
    <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const r = rows[item.index]!;
        return (
          <LogLine
            // Keyed by slot, not by record: consecutive rows fill every slot once, and a
            // row scrolling out hands its elements to the row scrolling in, so scrolling,
            // even by thousands of rows at once, updates text instead of rebuilding rows.
            key={item.index % slots}
            row={r}
            index={item.index}
            top={item.start}
            selected={selection.has(r.id)}
            current={item.index === active}
            texts={texts}
            onPick={onPick}
            onOpen={onOpen}
            onToggle={onToggle}
          />
        );
      })}
    </div>
  );
}
