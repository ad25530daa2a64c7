import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LevelSuffix,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

/** The document's colours: a navy and teal house style, and the score bands. */
export const COLOURS = {
  navy: '0B2545',
  teal: '13807A',
  ink: '1F2933',
  muted: '5F6B7A',
  rule: 'D5DBE3',
  band: 'F4F6F9',
  white: 'FFFFFF',
  belief: '9AA7B8',
  /** What needs attention that is not a score: an action with no owner, a critical priority. */
  alert: '9B1C1C',
  // The screen's palette (scores.css), from orange to blue, which readers with red–green colour
  // blindness tell apart: a cell's fill is a light tint of its band, its text the band's ink.
  broken: { fill: 'F5D5BC', text: '8A4304' },
  poor: { fill: 'FBE3C2', text: '8A5200' },
  partly: { fill: 'FEF1DE', text: '6B5420' },
  kept: { fill: 'D9EBF5', text: '1F5F8B' },
  exceeded: { fill: 'C6DAF0', text: '174A7E' },
  unobserved: { fill: 'ECEFF3', text: '5F6B7A' },
} as const;

export const FONTS = { body: 'Calibri', heading: 'Georgia' } as const;

/** Style ids the builders refer to. */
export const STYLE = {
  kicker: 'Kicker',
  lead: 'Lead',
  quote: 'Verbatim',
  attribution: 'Attribution',
  cell: 'TableText',
  cellCentred: 'TableTextCentred',
  cellRight: 'TableTextRight',
  cellMuted: 'TableTextMuted',
  cellHead: 'TableHeading',
  cellHeadCentred: 'TableHeadingCentred',
  cellHeadRight: 'TableHeadingRight',
  score: 'TableScore',
  small: 'Small',
  kpiValue: 'KpiValue',
  kpiLabel: 'KpiLabel',
  callout: 'Callout',
  tocHeading: 'TOCHeading',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverMeta: 'CoverMeta',
  table: 'TouchstoneTable',
  plainTable: 'TouchstonePlain',
} as const;

/** The paragraph style of a score cell in each band, keyed as COLOURS keys the bands. */
export const SCORE_STYLE = {
  broken: 'TableScoreBroken',
  poor: 'TableScorePoor',
  partly: 'TableScorePartlyKept',
  kept: 'TableScoreKept',
  exceeded: 'TableScoreExceeded',
  unobserved: 'TableScoreNotObserved',
} as const;

/** Numbering schemes: the headings' 1, 1.1, and the lists. */
export const NUMBERING = { headings: 'headings', bullets: 'bullets', steps: 'steps' } as const;

const pt = (points: number) => points * 2;

/** The sizes of table text and table headings, in half-points: the column widths are measured at them. */
export const TABLE_TEXT_SIZE = pt(8.5);
export const TABLE_HEADING_SIZE = pt(8);
/** The size of the cover's details (period, team…), in half-points: its labels are measured at it. */
export const COVER_META_SIZE = pt(10.5);
/** The Touchstone Table's cell margin left and right, in twips. */
export const TABLE_CELL_MARGIN = 85;

const TABLE_STYLE = `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Touchstone Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${TABLE_TEXT_SIZE}"/><w:szCs w:val="${TABLE_TEXT_SIZE}"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="${COLOURS.navy}"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOURS.navy}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/></w:tblBorders><w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="${TABLE_CELL_MARGIN}" w:type="dxa"/><w:bottom w:w="45" w:type="dxa"/><w:right w:w="${TABLE_CELL_MARGIN}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${COLOURS.white}"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLOURS.navy}"/><w:vAlign w:val="bottom"/></w:tcPr></w:tblStylePr><w:tblStylePr w:type="band2Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLOURS.band}"/></w:tcPr></w:tblStylePr></w:style>`;

const PLAIN_TABLE_STYLE = `<w:style w:type="table" w:styleId="${STYLE.plainTable}"><w:name w:val="Touchstone Plain"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="60"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;

/**
 * The table styles, as a styles part docx adds its own styles to: docx has no options for table
 * styles, and styles given as imported ones would take the place of its default headings.
 */
export function reportTableStyles(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">${TABLE_STYLE}${PLAIN_TABLE_STYLE}</w:styles>`;
}

/** The document's styles: real Heading 1–3, Title, Caption and the report's own, editable in Word. */
export function reportStyles(): IStylesOptions {
  const heading = { font: FONTS.heading, color: COLOURS.navy };
  return {
    default: {
      document: {
        run: { font: FONTS.body, size: pt(10), color: COLOURS.ink },
        paragraph: { spacing: { after: 120, line: 276, lineRule: 'auto' } },
      },
      title: { run: { ...heading, size: pt(30) } },
      heading1: {
        run: { ...heading, size: pt(20), bold: false },
        paragraph: {
          spacing: { before: 0, after: 240 },
          keepNext: true,
          keepLines: true,
          numbering: { reference: NUMBERING.headings, level: 0 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOURS.teal, space: 6 } },
        },
      },
      heading2: {
        run: { ...heading, size: pt(14), bold: false },
        paragraph: {
          spacing: { before: 360, after: 120 },
          keepNext: true,
          keepLines: true,
          numbering: { reference: NUMBERING.headings, level: 1 },
        },
      },
      heading3: {
        run: { font: FONTS.body, size: pt(11.5), bold: true, color: COLOURS.navy },
        paragraph: { spacing: { before: 280, after: 80 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: FONTS.body, size: pt(8.5), italics: true, color: COLOURS.muted },
        paragraph: { spacing: { before: 60, after: 240 } },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: COLOURS.teal, underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.kicker,
        name: 'Kicker',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(9), bold: true, allCaps: true, color: COLOURS.teal, characterSpacing: 30 },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
      {
        id: STYLE.lead,
        name: 'Lead',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(12), color: COLOURS.ink },
        paragraph: { spacing: { before: 240, after: 200, line: 300, lineRule: 'auto' } },
      },
      {
        id: STYLE.callout,
        name: 'Callout',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONTS.heading, size: pt(14), color: COLOURS.navy },
        paragraph: {
          spacing: { before: 120, after: 120, line: 300, lineRule: 'auto' },
          indent: { left: 240, right: 240 },
          border: { left: { style: BorderStyle.THICK, size: 24, color: COLOURS.teal, space: 10 } },
          keepLines: true,
        },
      },
      {
        id: STYLE.quote,
        name: 'Verbatim',
        basedOn: 'Normal',
        next: STYLE.attribution,
        quickFormat: true,
        run: { italics: true, color: COLOURS.ink },
        paragraph: {
          spacing: { before: 80, after: 20 },
          indent: { left: 360 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.teal, space: 8 } },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: STYLE.attribution,
        name: 'Attribution',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(8.5), color: COLOURS.muted },
        paragraph: { spacing: { after: 120 }, indent: { left: 360 } },
      },
      {
        id: STYLE.cell,
        name: 'Table Text',
        basedOn: 'Normal',
        next: STYLE.cell,
        quickFormat: true,
        run: { size: TABLE_TEXT_SIZE },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
      },
      // Table text aligned by style, so that a column's alignment is one style, not each cell's.
      {
        id: STYLE.cellCentred,
        name: 'Table Text Centred',
        basedOn: STYLE.cell,
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: STYLE.cellRight,
        name: 'Table Text Right',
        basedOn: STYLE.cell,
        paragraph: { alignment: AlignmentType.RIGHT },
      },
      {
        id: STYLE.cellMuted,
        name: 'Table Text Muted',
        basedOn: STYLE.cell,
        run: { color: COLOURS.muted },
      },
      // A score's look by band. Paragraph styles, not character styles: LibreOffice draws a table
      // cell's text in the table style's colour over a character style's.
      { id: STYLE.score, name: 'Table Score', basedOn: STYLE.cellCentred, run: { bold: true } },
      ...(
        [
          ['broken', 'Broken'],
          ['poor', 'Poor'],
          ['partly', 'Partly Kept'],
          ['kept', 'Kept'],
          ['exceeded', 'Exceeded'],
        ] as const
      ).map(([band, label]) => ({
        id: SCORE_STYLE[band],
        name: `Table Score ${label}`,
        basedOn: STYLE.score,
        run: { color: COLOURS[band].text },
      })),
      {
        id: SCORE_STYLE.unobserved,
        name: 'Table Score Not Observed',
        basedOn: STYLE.score,
        run: { bold: false, italics: true, color: COLOURS.unobserved.text },
      },
      {
        id: STYLE.cellHead,
        name: 'Table Heading',
        basedOn: STYLE.cell,
        next: STYLE.cell,
        run: { size: TABLE_HEADING_SIZE, bold: true, color: COLOURS.white },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.cellHeadCentred,
        name: 'Table Heading Centred',
        basedOn: STYLE.cellHead,
        next: STYLE.cellCentred,
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: STYLE.cellHeadRight,
        name: 'Table Heading Right',
        basedOn: STYLE.cellHead,
        next: STYLE.cellRight,
        paragraph: { alignment: AlignmentType.RIGHT },
      },
      {
        id: STYLE.small,
        name: 'Small Print',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(8.5), color: COLOURS.muted },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: STYLE.kpiValue,
        name: 'Key Figure',
        basedOn: 'Normal',
        next: STYLE.kpiLabel,
        run: { font: FONTS.heading, size: pt(26), color: COLOURS.navy },
        paragraph: {
          spacing: { before: 60, after: 0, line: 240, lineRule: 'auto' },
          alignment: AlignmentType.LEFT,
        },
      },
      {
        id: STYLE.kpiLabel,
        name: 'Key Figure Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(8), bold: true, allCaps: true, color: COLOURS.teal, characterSpacing: 10 },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONTS.heading, size: pt(20), color: COLOURS.navy },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: STYLE.coverTitle,
        name: 'Cover Title',
        basedOn: 'Title',
        next: STYLE.coverSubtitle,
        run: { font: FONTS.heading, size: pt(34), color: COLOURS.navy },
        paragraph: { spacing: { before: 0, after: 120, line: 240, lineRule: 'auto' } },
      },
      {
        id: STYLE.coverSubtitle,
        name: 'Cover Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONTS.heading, size: pt(16), color: COLOURS.teal },
        paragraph: { spacing: { after: 480 } },
      },
      {
        id: STYLE.coverMeta,
        name: 'Cover Details',
        basedOn: 'Normal',
        next: STYLE.coverMeta,
        run: { size: COVER_META_SIZE },
        paragraph: { spacing: { after: 40 } },
      },
    ],
  };
}

/** The numbering schemes: headings 1 and 1.1, bullets, and numbered steps. */
export function reportNumbering(): INumberingOptions {
  const hanging = (left: number) => ({ paragraph: { indent: { left, hanging: left } } });
  return {
    config: [
      {
        reference: NUMBERING.headings,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1',
            suffix: LevelSuffix.TAB,
            style: hanging(680),
          },
          {
            level: 1,
            format: LevelFormat.DECIMAL,
            text: '%1.%2',
            suffix: LevelSuffix.TAB,
            style: hanging(680),
          },
        ],
      },
      {
        reference: NUMBERING.bullets,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            style: { ...hanging(284), run: { color: COLOURS.teal } },
          },
          {
            level: 1,
            format: LevelFormat.BULLET,
            text: '–',
            style: { paragraph: { indent: { left: 568, hanging: 284 } } },
          },
        ],
      },
      {
        reference: NUMBERING.steps,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            style: { ...hanging(340), run: { bold: true, color: COLOURS.teal } },
          },
        ],
      },
    ],
  };
}
