import {
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { runs } from '../../shared/report/blocks';
import { DataTable, type TableLayout } from '../../shared/report/table-xml';
import { unzipDocx } from './report-docx';

/** The same table built of docx's own components, as the report built its tables before. */
function docxTable({ style, width, columnWidths, rows }: TableLayout): Table {
  return new Table({
    style,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    tableLook: {
      firstRow: true,
      noHBand: false,
      lastRow: false,
      firstColumn: false,
      lastColumn: false,
      noVBand: true,
    },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: row.cantSplit,
          tableHeader: row.tableHeader,
          keepNext: row.keepNext,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.DXA },
                columnSpan: cell.span,
                shading: cell.fill
                  ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill }
                  : undefined,
                children: cell.paragraphs.map(
                  (p) => new Paragraph({ style: p.style, children: runs(p.text, p.run) }),
                ),
              }),
          ),
        }),
    ),
  });
}

async function documentXml(table: FileChild): Promise<string> {
  const bytes = await Packer.pack(
    new Document({ sections: [{ children: [table, new Paragraph('after')] }] }),
    'uint8array',
  );
  return unzipDocx(bytes).xml('word/document.xml');
}

const layout: TableLayout = {
  style: 'TouchstoneTable',
  width: 9000,
  columnWidths: [1500, 4500, 3000],
  rows: [
    {
      tableHeader: true,
      cantSplit: true,
      cells: [
        {
          width: 1500,
          paragraphs: [{ text: 'Ref', style: 'TableHeading' }],
        },
        {
          width: 4500,
          paragraphs: [{ text: 'Promise', style: 'TableHeading' }],
        },
        {
          width: 3000,
          paragraphs: [{ text: 'Score', style: 'TableHeadingCentred' }],
        },
      ],
    },
    {
      cantSplit: true,
      keepNext: true,
      cells: [
        {
          width: 9000,
          span: 3,
          fill: 'D5DBE3',
          paragraphs: [
            { text: 'A group', style: 'TableText', run: { bold: true, color: '0B2545' } },
          ],
        },
      ],
    },
    {
      cantSplit: false,
      cells: [
        {
          width: 1500,
          paragraphs: [{ text: 'P1', style: 'TableTextMuted' }],
        },
        {
          width: 4500,
          fill: 'F4F6F9',
          paragraphs: [
            {
              text: 'Two lines\r\nand a <w:t> & "quote"\u0001',
              style: 'TableText',
              run: { italics: true, size: 15, color: '5F6B7A' },
            },
            { text: 'وعدنا لك بالتوصيل في الموعد', style: 'TableText' },
            { text: '', style: 'TableText', run: { bold: false, italics: false } },
            { text: '  indented and  spaced ', style: 'TableText' },
          ],
        },
        {
          width: 3000,
          fill: 'F6D3D3',
          paragraphs: [
            { text: '39', style: 'TableScoreBreaking', run: { size: 20 } },
            { text: '80% seen', style: 'TableTextCentred', run: { bold: true, italics: false } },
          ],
        },
      ],
    },
    { cantSplit: true, cells: [] },
    {
      cantSplit: true,
      keepNext: false,
      cells: [
        { width: 1500, paragraphs: [] },
        {
          width: 7500,
          span: 2,
          paragraphs: [{ text: 'Last\nrow', style: 'TableTextRight' }],
        },
      ],
    },
  ],
};

/** The table look as Word writes it: the bitmask LibreOffice reads, and the flags as 1 and 0. */
/** docx's runs of a table with xml:space="preserve" left out where no space would be lost. */
function withoutNeedlessPreserve(xml: string): string {
  return xml.replace(/<w:tbl>[\s\S]*<\/w:tbl>/, (table) =>
    table.replace(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g, (run, text: string) =>
      /^\s|\s$|\s\s/.test(text) ? run : `<w:t>${text}</w:t>`,
    ),
  );
}

const WORD_LOOK =
  '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>';

describe('the data table writer', () => {
  it('writes what docx writes for the same table of its own components, byte for byte, but for the table look and needless xml:space', async () => {
    const written = await documentXml(new DataTable(layout));
    expect(written).toContain('<w:tbl>');
    const docx = await documentXml(docxTable(layout));
    expect(docx).toContain(
      '<w:tblLook w:firstRow="true" w:lastRow="false" w:firstColumn="false" w:lastColumn="false" w:noHBand="false" w:noVBand="true"/>',
    );
    expect(written).toBe(withoutNeedlessPreserve(docx.replace(/<w:tblLook [^>]*\/>/, WORD_LOOK)));
  });

  it('keeps spaces a reader would lose, and writes no xml:space where there are none to keep', async () => {
    const written = await documentXml(new DataTable(layout));
    expect(written).toContain('<w:t xml:space="preserve">  indented and  spaced </w:t>');
    expect(written).toContain('<w:t>80% seen</w:t>');
    // Text outside the table is docx's own, as it writes it.
    expect(written).toContain('<w:t xml:space="preserve">after</w:t>');
  });

  it('writes the table look as Word does, which LibreOffice reads: header row and banded rows on', async () => {
    const written = await documentXml(new DataTable(layout));
    expect(written).toContain(`<w:tblLayout w:type="fixed"/>${WORD_LOOK}</w:tblPr>`);
    expect(written).not.toMatch(/w:(firstRow|noHBand)="(true|false)"/);
  });
});
