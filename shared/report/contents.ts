import {
  EMPTY_OBJECT,
  BookmarkEnd,
  BookmarkStart,
  FileChild,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  bookmarkUniqueNumericId,
  type IContext,
  type IParagraphOptions,
  type IXmlableObject,
} from 'docx';

// The contents, written with its result: an entry for every Heading 1 and 2 with the heading's
// number, linked to a bookmark on the heading, and a page number where the pages are laid out
// (fields.ts). Word's own TOC field is around it, so Word still rebuilds it when it updates the
// document's fields; LibreOffice, a preview or a PDF show it as it is written.

type Xml = IXmlableObject;

/** An entry of the contents: the heading's level, number ("2.3"), text and bookmark. */
export interface ContentsEntry {
  level: 1 | 2;
  number: string;
  title: string;
  bookmark: string;
}

/**
 * A Heading 1 or 2, listed in the contents: once the document is assembled (`listContents`) it
 * is given the bookmark its entry links to, written around its text.
 */
export class ContentsHeading extends Paragraph {
  private mark: { name: string; id: number } | undefined;

  constructor(
    readonly level: 1 | 2,
    readonly title: string,
    options: Omit<IParagraphOptions, 'heading'>,
  ) {
    super({ ...options, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
  }

  /** Gives the heading the bookmark its contents entry links to. */
  bookmark(name: string): void {
    this.mark = { name, id: bookmarkUniqueNumericId() };
  }

  override prepForXml(context: IContext): Xml | undefined {
    const xml = super.prepForXml(context);
    const children: unknown = xml?.['w:p'];
    if (!this.mark || !Array.isArray(children)) return xml;
    const start = children.findIndex((child: Xml) => !('w:pPr' in child));
    const at = start < 0 ? children.length : start;
    children.splice(at, 0, new BookmarkStart(this.mark.name, this.mark.id).prepForXml(context));
    children.push(new BookmarkEnd(this.mark.id).prepForXml(context));
    return xml;
  }
}

/**
 * The document's contents: its Heading 1 and 2 paragraphs in order, each numbered as the
 * headings' numbering numbers them (1, 1.1, 1.2, 2…) and given a bookmark to link to.
 */
export function listContents(blocks: readonly FileChild[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let chapter = 0;
  let section = 0;
  for (const block of blocks) {
    if (!(block instanceof ContentsHeading)) continue;
    if (block.level === 1) {
      chapter++;
      section = 0;
    } else section++;
    const bookmark = `_Toc${entries.length + 1}`;
    block.bookmark(bookmark);
    entries.push({
      level: block.level,
      number: block.level === 1 ? String(chapter) : `${chapter}.${section}`,
      title: block.title,
      bookmark,
    });
  }
  return entries;
}

/** The width of a heading's number in Word's measure for its tab stop (Aptos 12 pt), in twips. */
function numberWidth(number: string): number {
  let width = 0;
  for (const ch of number) width += ch === '.' ? 66 : 133;
  return width;
}

/** The tab stop after an entry's number, as Word sets it: past the number by 240, in steps of 240. */
function numberStop(level: 1 | 2, number: string): number {
  const end = 240 * (level - 1) + numberWidth(number) + 240;
  return end <= 1920 ? Math.ceil(end / 240) * 240 : Math.round(end);
}

const fieldChar = (type: 'begin' | 'separate' | 'end'): Xml => ({
  'w:fldChar': { _attr: { 'w:fldCharType': type } },
});

/** The TOC field's start: its code, as Word writes it (Heading 1–2, entries linked), then its result. */
const BEGIN: readonly Xml[] = [
  fieldChar('begin'),
  { 'w:instrText': [{ _attr: { 'xml:space': 'preserve' } }, 'TOC \\h \\o "1-2"'] },
  fieldChar('separate'),
];

/**
 * The contents as a Word TOC field written with its result: an entry per heading with its number
 * and a link to it, and its page number where the pages are laid out; with dots leading to the
 * page numbers, or no dots where they are left to Word. Written in a content control of Word's
 * Table of Contents gallery, as Word writes its own.
 */
export class ContentsField extends FileChild {
  constructor(
    private readonly entries: readonly ContentsEntry[],
    private readonly options: { alias: string; width: number; pageNumbers: boolean },
  ) {
    super('w:sdt');
  }

  override prepForXml(context: IContext): Xml {
    const { alias, width, pageNumbers } = this.options;
    const leader = pageNumbers ? LeaderType.DOT : LeaderType.NONE;
    const paragraphs = this.entries.map((entry, i) => {
      const xml = new Paragraph({
        style: `TOC${entry.level}`,
        tabStops: [
          { type: TabStopType.LEFT, position: numberStop(entry.level, entry.number) },
          { type: TabStopType.RIGHT, position: width, leader },
        ],
        children: [
          new InternalHyperlink({
            anchor: entry.bookmark,
            children: [
              new TextRun(entry.number),
              new TextRun({ children: [new Tab()] }),
              new TextRun(entry.title),
              new TextRun({ children: [new Tab()] }),
              new PageReference(entry.bookmark, { hyperlink: true }),
            ],
          }),
        ],
      }).prepForXml(context)!;
      if (i === 0) {
        // The field starts in the first entry, as Word writes it.
        const children = xml['w:p'] as Xml[];
        const at = children.findIndex((child) => !('w:pPr' in child));
        children.splice(at < 0 ? children.length : at, 0, { 'w:r': [...BEGIN] });
      }
      return xml;
    });
    return {
      'w:sdt': [
        {
          'w:sdtPr': [
            { 'w:alias': { _attr: { 'w:val': alias } } },
            {
              'w:docPartObj': [
                { 'w:docPartGallery': { _attr: { 'w:val': 'Table of Contents' } } },
                { 'w:docPartUnique': EMPTY_OBJECT },
              ],
            },
          ],
        },
        {
          'w:sdtContent': [
            ...paragraphs,
            {
              // With no heading to list, the field starts where it ends.
              'w:p': [
                {
                  'w:r': [...(paragraphs.length === 0 ? BEGIN : []), fieldChar('end')],
                },
              ],
            },
          ],
        },
      ],
    };
  }
}
