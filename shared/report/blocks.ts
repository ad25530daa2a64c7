import {
  type AlignmentType,
  HeadingLevel,
  Paragraph,
  SimpleField,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { ContentsHeading } from './contents';
import { bandOf } from './format';
import type { ReportContext } from './context';
import {
  COLOURS,
  NUMBERING,
  SCORE_STYLE,
  STYLE,
  TABLE_HEADING_SIZE,
  TABLE_TEXT_SIZE,
} from './styles';
import {
  DataTable,
  type CellLayout,
  type CellParagraph,
  type CellRunStyle,
  type RowLayout,
} from './table-xml';
import { clean, isRightToLeft } from './text';
import { fitColumns, type ColumnText } from './widths';

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

/** A real Word heading (Heading 1–3): numbered at 1 and 2, listed in the contents, each a new page at 1. */
export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  const paragraph = {
    pageBreakBefore: options.pageBreakBefore ?? level === 1,
    children: runs(text),
  };
  if (level === 3) return new Paragraph({ ...paragraph, heading: HeadingLevel.HEADING_3 });
  return new ContentsHeading(level, clean(text).replace(/\s+/g, ' ').trim(), paragraph);
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

/**
 * A caption ("Figure 3: …"), kept with what it follows or precedes. Its number is a SEQ field
 * written with its result, the count of captions of its kind so far (captions are built in the
 * document's order), which Word counts again when it updates the fields.
 */
export function caption(
  ctx: ReportContext,
  kind: 'figure' | 'table',
  title: string,
  keepNext = false,
): Paragraph {
  const number = ++ctx.captions[kind];
  return new Paragraph({
    style: 'Caption',
    // Caption does not keep with the next paragraph: only keeping it is written.
    keepNext: keepNext || undefined,
    children: [
      new TextRun(`${ctx.t(`report.${kind}`)} `),
      new SimpleField(`SEQ ${kind === 'figure' ? 'Figure' : 'Table'} \\* ARABIC`, String(number)),
      new TextRun(`: ${clean(title)}`),
    ],
  });
}

/** One cell of a data table. */
export interface Cell {
  text?: string;
  /** Paragraphs of their own (from cellPara), in place of the text. */
  children?: CellParagraph[];
  fill?: string;
  /** A paragraph style of its own, such as a score band's, in place of the one its column's alignment picks. */
  style?: string;
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

type Align = NonNullable<Column['align']>;

/** The paragraph styles that align a cell's text, so a document's cells say only which one they use. */
const CELL_STYLE: Record<Align, string> = {
  left: STYLE.cell,
  center: STYLE.cellCentred,
  right: STYLE.cellRight,
};
const HEADING_STYLE: Record<Align, string> = {
  left: STYLE.cellHead,
  center: STYLE.cellHeadCentred,
  right: STYLE.cellHeadRight,
};

/**
 * Run options as a body cell writes them: bold and italics only when on, as neither the table
 * text styles nor the table style's body rows make text bold or italic.
 */
function cellRun({ bold, italics, color, size }: CellRunStyle): CellRunStyle {
  return { bold: bold || undefined, italics: italics || undefined, color, size };
}

/** Above this many characters a row may break across pages: a row taller than a page cannot be kept whole. */
const LONG_ROW = 1200;

/** The text of each column's cells at the sizes they are drawn, to fit its width to. */
function columnTexts(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
): ColumnText[][] {
  const texts = columns.map((): ColumnText[] => []);
  for (const cells of rows) {
    let col = 0;
    for (const cell of cells) {
      const span = cell.span ?? 1;
      // A cell across columns has their widths together.
      const into = span === 1 ? texts[col] : undefined;
      if (cell.children)
        for (const p of cell.children)
          into?.push({ text: p.text, size: p.run?.size ?? TABLE_TEXT_SIZE });
      else into?.push({ text: cell.text ?? '', size: TABLE_TEXT_SIZE });
      col += span;
    }
  }
  return texts;
}

/**
 * A cell as it is written: the header's fill and bottom alignment and the rows' banding come
 * from the table style, so a cell has a fill of its own only where it differs (scores, groups).
 */
function cellOf(
  cell: Cell,
  width: number,
  align: Column['align'],
  header: boolean,
  headingSize = TABLE_HEADING_SIZE,
): CellLayout {
  const aligned = cell.align ?? align ?? 'left';
  return {
    width,
    span: cell.span,
    fill: cell.fill,
    paragraphs: cell.children ?? [
      header
        ? {
            text: cell.text ?? '',
            style: HEADING_STYLE[aligned],
            // Smaller than the style's where the headings would not fit otherwise.
            run: headingSize === TABLE_HEADING_SIZE ? undefined : { size: headingSize },
          }
        : {
            text: cell.text ?? '',
            style: cell.style ?? CELL_STYLE[aligned],
            run: cellRun({ bold: cell.bold, italics: cell.italics, color: cell.color }),
          },
    ],
  };
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
): DataTable {
  const { widths, headingSize } = fitColumns(columns, columnTexts(columns, rows), width);
  // The header's paragraphs keep with the first row by their style, Table Heading.
  const header: RowLayout = {
    tableHeader: true,
    cantSplit: true,
    cells: columns.map((c, i) =>
      cellOf({ text: c.header }, widths[i]!, c.align, true, headingSize),
    ),
  };
  const body = rows.map((cells): RowLayout => {
    let col = 0;
    const laidOut = cells.map((cell) => {
      const span = cell.span ?? 1;
      const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0);
      const align = columns[col]?.align;
      col += span;
      return cellOf(cell, w, align, false);
    });
    return {
      cantSplit: lengthOf(cells) < LONG_ROW,
      keepNext: cells[0]?.keepNext,
      cells: laidOut,
    };
  });
  return new DataTable({
    style: STYLE.table,
    width,
    columnWidths: widths,
    rows: [header, ...body],
  });
}

/** A score cell coloured by its band (broken … exceeded), or grey where not yet observed. */
export function scoreCell(ctx: ReportContext, score: number | null, extra?: string): Cell {
  const band = bandOf(score);
  return {
    text:
      score === null
        ? ctx.t('report.notObserved')
        : extra
          ? `${ctx.f.score(score)} ${extra}`
          : ctx.f.score(score),
    fill: COLOURS[band].fill,
    style: SCORE_STYLE[band],
  };
}

/** A paragraph for inside a table cell, in Table Text or another of the table paragraph styles. */
export function cellPara(
  text: string | null | undefined,
  run: CellRunStyle = {},
  style: string = STYLE.cell,
): CellParagraph {
  return { text: text ?? '', style, run: cellRun(run) };
}

/** An empty paragraph of a given height in points, for air between blocks. */
export function spacer(points: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: points * 20, lineRule: 'exact' },
    children: [],
  });
}
