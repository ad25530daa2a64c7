import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  SequentialIdentifier,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { bandOf } from './format';
import type { ReportContext } from './context';
import { COLOURS, NUMBERING, STYLE } from './styles';
import { clean, isRightToLeft } from './text';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** User or catalogue text as runs: cleaned, line ends as breaks, right-to-left text marked so. */
export function runs(text: string | null | undefined, style: RunStyle = {}): TextRun[] {
  const lines = clean(text).split('\n');
  const rtl = isRightToLeft(lines.join(' '));
  return lines.map(
    (line, i) =>
      new TextRun({
        ...style,
        text: line,
        break: i > 0 ? 1 : undefined,
        rightToLeft: rtl || undefined,
      }),
  );
}

/** A paragraph of text in a style. */
export function para(
  text: string | null | undefined,
  options: {
    style?: string;
    run?: RunStyle;
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    style: options.style,
    alignment: options.alignment,
    keepNext: options.keepNext,
    children: runs(text, options.run),
  });
}

/** A paragraph of mixed runs. */
export function mixed(children: ParagraphChild[], style?: string): Paragraph {
  return new Paragraph({ style, children });
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A real Word heading (Heading 1–3): numbered at 1 and 2, listed in the contents, each a new page at 1. */
export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: LEVELS[level - 1],
    pageBreakBefore: options.pageBreakBefore ?? level === 1,
    children: runs(text),
  });
}

/** A bulleted line. */
export function bullet(children: ParagraphChild[] | string, level = 0): Paragraph {
  return new Paragraph({
    numbering: { reference: NUMBERING.bullets, level },
    children: typeof children === 'string' ? runs(children) : children,
  });
}

/** A numbered step of a list that starts again at 1 when `restart` is set. */
export function step(text: string, restart: boolean): Paragraph {
  return new Paragraph({
    numbering: { reference: NUMBERING.steps, level: 0, restart },
    children: runs(text),
  });
}

/** A caption numbered by Word ("Figure 3: …"), kept with what it follows or precedes. */
export function caption(
  ctx: ReportContext,
  kind: 'figure' | 'table',
  title: string,
  keepNext = false,
): Paragraph {
  return new Paragraph({
    style: 'Caption',
    keepNext,
    children: [
      new TextRun(`${ctx.t(`report.${kind}`)} `),
      new SequentialIdentifier(kind === 'figure' ? 'Figure' : 'Table'),
      new TextRun(`: ${clean(title)}`),
    ],
  });
}

/** One cell of a data table. */
export interface Cell {
  text?: string;
  children?: Paragraph[];
  fill?: string;
  color?: string;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right';
  span?: number;
  /** Keeps this row on the page of the next (a group's heading row), when set on the row's first cell. */
  keepNext?: boolean;
  /** The characters of `children`, so a table knows when a row is too long to keep whole. */
  size?: number;
}

/** A column of a data table: its heading, its share of the width and its alignment. */
export interface Column {
  header: string;
  weight: number;
  align?: 'left' | 'center' | 'right';
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Above this many characters a row may break across pages: a row taller than a page cannot be kept whole. */
const LONG_ROW = 1200;

function widthsOf(columns: readonly Column[], total: number): number[] {
  const sum = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

function cellOf(cell: Cell, width: number, align: Column['align'], header: boolean): TableCell {
  const children = cell.children ?? [
    new Paragraph({
      style: header ? STYLE.cellHead : STYLE.cell,
      alignment: ALIGN[cell.align ?? align ?? 'left'],
      children: runs(cell.text ?? '', {
        bold: cell.bold,
        italics: cell.italics,
        color: cell.color,
      }),
    }),
  ];
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: cell.span,
    verticalAlign: header ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
    // The header is shaded directly as well as by the table style, so every reader draws it alike.
    shading:
      (cell.fill ?? (header ? COLOURS.navy : undefined))
        ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill ?? COLOURS.navy }
        : undefined,
  });
}

function lengthOf(cells: readonly Cell[]): number {
  return cells.reduce((n, c) => n + (c.size ?? c.text?.length ?? 0), 0);
}

/**
 * A table in the Touchstone Table style: its header row repeats on every page, and its rows do
 * not split across pages unless one is too long to fit on a page.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  width: number,
): Table {
  const widths = widthsOf(columns, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: columns.map((c, i) => cellOf({ text: c.header }, widths[i]!, c.align, true)),
  });
  // Banding is written on the cells, so every reader draws it alike; it starts again under each group row.
  let band = 0;
  const body = rows.map((cells) => {
    const group = cells.length === 1 && (cells[0]?.span ?? 1) > 1;
    const shaded = !group && band++ % 2 === 1;
    if (group) band = 0;
    let col = 0;
    const children = cells.map((cell) => {
      const span = cell.span ?? 1;
      const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0);
      const align = columns[col]?.align;
      col += span;
      return cellOf(shaded && !cell.fill ? { ...cell, fill: COLOURS.band } : cell, w, align, false);
    });
    return new TableRow({
      cantSplit: lengthOf(cells) < LONG_ROW,
      keepNext: cells[0]?.keepNext,
      children,
    });
  });
  return new Table({
    style: STYLE.table,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    tableLook: {
      firstRow: true,
      noHBand: true,
      lastRow: false,
      firstColumn: false,
      lastColumn: false,
      noVBand: true,
    },
    rows: [header, ...body],
  });
}

/** A score cell coloured by its band: kept, at risk, breaking, or grey where not yet observed. */
export function scoreCell(ctx: ReportContext, score: number | null, extra?: string): Cell {
  const band = bandOf(score);
  const colours = COLOURS[band];
  return {
    text:
      score === null
        ? ctx.t('report.notObserved')
        : extra
          ? `${ctx.f.score(score)} ${extra}`
          : ctx.f.score(score),
    fill: colours.fill,
    color: colours.text,
    bold: score !== null,
    italics: score === null,
    align: 'center',
  };
}

/** A paragraph for inside a table cell. */
export function cellPara(
  text: string | null | undefined,
  run: RunStyle = {},
  align?: Cell['align'],
): Paragraph {
  return new Paragraph({
    style: STYLE.cell,
    alignment: align ? ALIGN[align] : undefined,
    children: runs(text, run),
  });
}

/** An empty paragraph of a given height in points, for air between blocks. */
export function spacer(points: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: points * 20, lineRule: 'exact' },
    children: [],
  });
}
