import {
  EMPTY_OBJECT,
  FileChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRowProperties,
  TextRun,
  WidthType,
  type IContext,
  type IRunOptions,
  type IXmlableObject,
} from 'docx';
import { clean, isRightToLeft } from './text';

/**
 * How a run of cell text looks: the few options cells use, so that a run's kind is quick to name;
 * the size in half-points, as the column widths are measured.
 */
export type CellRunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'color'> & { size?: number };

/** A paragraph of a cell: its text (line ends as breaks), paragraph style (which aligns it) and run style. */
export interface CellParagraph {
  text: string;
  style: string;
  run?: CellRunStyle;
}

/** A cell laid out: its width in twips, the columns it spans, its shading and its paragraphs. */
export interface CellLayout {
  width: number;
  span?: number;
  fill?: string;
  paragraphs: readonly CellParagraph[];
}

/** A row laid out: whether it may split across pages, repeats as a header, keeps with the next. */
export interface RowLayout {
  cantSplit: boolean;
  tableHeader?: boolean;
  keepNext?: boolean;
  cells: readonly CellLayout[];
}

export interface TableLayout {
  style: string;
  width: number;
  columnWidths: readonly number[];
  rows: readonly RowLayout[];
}

type Xml = IXmlableObject;

/** The parts shared by many cells are frozen, so that nothing writing the document can change one for all. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function childrenOf(xml: Xml | undefined, name: string): Xml[] {
  const content: unknown = xml?.[name];
  return Array.isArray(content) ? (content as Xml[]) : [];
}

const PRESERVE = deepFreeze({ _attr: { 'xml:space': 'preserve' } });

/**
 * Whether a text needs xml:space="preserve" to keep its spaces: spaces at either end, or more than
 * one in a row. Most cells need none, and a report's tens of thousands of cells write less without.
 */
const keepsSpaces = (text: string): boolean => /^\s|\s$|\s\s/.test(text);

/**
 * The properties of cells, paragraphs and runs, each written once by docx from its options and
 * then shared: a report's tens of thousands of cells come in a few dozen kinds.
 */
class SharedParts {
  private readonly parts = new Map<string, Xml[]>();

  constructor(private readonly context: IContext) {}

  private part(key: string, write: () => Xml[]): Xml[] {
    let part = this.parts.get(key);
    if (!part) {
      part = deepFreeze(write());
      this.parts.set(key, part);
    }
    return part;
  }

  /** A cell's w:tcPr. */
  cell(cell: CellLayout): Xml[] {
    const key = `${cell.width}|${cell.span ?? ''}|${cell.fill ?? ''}`;
    return this.part(`tc|${key}`, () =>
      childrenOf(
        new TableCell({
          children: [],
          width: { size: cell.width, type: WidthType.DXA },
          columnSpan: cell.span,
          shading: cell.fill
            ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill }
            : undefined,
        }).prepForXml(this.context),
        'w:tc',
      ).filter((child) => 'w:tcPr' in child),
    );
  }

  /** A paragraph's w:pPr, if it has one; keepNext is the row's, which docx gives each paragraph of a row. */
  paragraph(style: string | undefined, keepNext: boolean | undefined): Xml[] {
    return this.part(`p|${style ?? ''}|${keepNext ?? ''}`, () =>
      childrenOf(new Paragraph({ style, keepNext }).prepForXml(this.context), 'w:p'),
    );
  }

  /** What comes before a run's text: its w:rPr and the line break that starts it, if any. */
  run(style: CellRunStyle = {}, rightToLeft: boolean, lineBreak: boolean): Xml[] {
    const { bold, italics, color, size } = style;
    const key = `r|${bold}|${italics}|${color}|${size}|${rightToLeft}|${lineBreak}`;
    return this.part(key, () =>
      childrenOf(
        new TextRun({
          ...style,
          break: lineBreak ? 1 : undefined,
          rightToLeft: rightToLeft || undefined,
        }).prepForXml(this.context),
        'w:r',
      ),
    );
  }

  /** A row's w:trPr. */
  row(row: RowLayout): Xml[] {
    return this.part(`tr|${row.cantSplit}|${row.tableHeader ?? ''}`, () => {
      const properties = new TableRowProperties({
        cantSplit: row.cantSplit,
        tableHeader: row.tableHeader,
      }).prepForXml(this.context);
      return properties ? [properties] : [];
    });
  }
}

/** A paragraph of cell text: cleaned, line ends as breaks, right-to-left text marked so, as `runs` writes it. */
function paragraphXml(parts: SharedParts, p: CellParagraph, keepNext: boolean | undefined): Xml {
  const text = clean(p.text);
  const rightToLeft = isRightToLeft(text);
  const children = parts.paragraph(p.style, keepNext).slice();
  text.split('\n').forEach((line, i) => {
    const run = parts.run(p.run, rightToLeft, i > 0).slice();
    run.push({ 'w:t': keepsSpaces(line) ? [PRESERVE, line] : [line] });
    children.push({ 'w:r': run });
  });
  return { 'w:p': children };
}

function cellXml(parts: SharedParts, cell: CellLayout, keepNext: boolean | undefined): Xml {
  const children = parts.cell(cell).slice();
  for (const p of cell.paragraphs) children.push(paragraphXml(parts, p, keepNext));
  if (cell.paragraphs.length === 0) {
    // A cell ends with a paragraph: docx gives an empty cell an empty one.
    const properties = parts.paragraph(undefined, keepNext);
    children.push({ 'w:p': properties.length > 0 ? properties : EMPTY_OBJECT });
  }
  return { 'w:tc': children };
}

function rowXml(parts: SharedParts, row: RowLayout): Xml {
  const children = parts.row(row).slice();
  for (const cell of row.cells) children.push(cellXml(parts, cell, row.keepNext));
  return { 'w:tr': children };
}

/** Each document's shared parts, made with the first of its tables written. */
const partsByDocument = new WeakMap<object, SharedParts>();

function sharedParts(context: IContext): SharedParts {
  // A component formatted on its own has no document to share with.
  if (!context.file) return new SharedParts(context);
  let parts = partsByDocument.get(context.file);
  if (!parts) {
    parts = new SharedParts(context);
    partsByDocument.set(context.file, parts);
  }
  return parts;
}

/**
 * The table style's header row and banded rows on, its first and last column, last row and
 * column banding off, as Word writes it: the bitmask w:val (0x20 first row, 0x400 no column
 * banding) that LibreOffice reads, and the same flags as 1/0 attributes. docx writes only the
 * attributes, as true/false, which LibreOffice ignores.
 */
const TABLE_LOOK: Xml = deepFreeze({
  'w:tblLook': {
    _attr: {
      'w:val': '0420',
      'w:firstRow': '1',
      'w:lastRow': '0',
      'w:firstColumn': '0',
      'w:lastColumn': '0',
      'w:noHBand': '0',
      'w:noVBand': '1',
    },
  },
});

/** docx's table properties with the table look last, where the schema puts it. */
function withTableLook(frame: Xml[]): Xml[] {
  return frame.map((child) =>
    'w:tblPr' in child ? { 'w:tblPr': [...childrenOf(child, 'w:tblPr'), TABLE_LOOK] } : child,
  );
}

/**
 * A table of data written straight to the XML docx writes for a Table of TableRows, TableCells,
 * Paragraphs and TextRuns with the same options, byte for byte, at a fraction of the time and
 * memory: docx's components cost several times the XML they write at tens of thousands of cells.
 * Its table properties and grid are docx's own, but for the table look.
 */
export class DataTable extends FileChild {
  constructor(private readonly layout: TableLayout) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): Xml {
    const { style, width, columnWidths, rows } = this.layout;
    const frame = new Table({
      style,
      width: { size: width, type: WidthType.DXA },
      columnWidths: [...columnWidths],
      layout: TableLayoutType.FIXED,
      rows: [],
    }).prepForXml(context);
    const parts = sharedParts(context);
    // docx leaves out a row without cells, as Word cannot open one.
    const body = rows.filter((row) => row.cells.length > 0).map((row) => rowXml(parts, row));
    return { 'w:tbl': [...withTableLook(childrenOf(frame, 'w:tbl')), ...body] };
  }
}
