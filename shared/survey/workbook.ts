import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';

/** A workbook as text: each sheet by name, its rows of cells, the first row its header. */
export type Workbook = Record<string, string[][]>;

/** What a sheet is written with: its rows, and optionally the width of each column in characters. */
export interface SheetToWrite {
  name: string;
  rows: readonly (readonly string[])[];
  widths?: readonly number[];
}


/** A cell as text: numbers as JavaScript writes them, dates as ISO moments (UTC), empty as ''. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/**
 * Reads every sheet of an .xlsx as text (read-excel-file, the same in Node and the browser).
 * Throws when the bytes are not a workbook it can read.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  // The reader wants an ArrayBuffer of exactly the file.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const sheets = await readXlsxFile(buffer as ArrayBuffer);
  const book: Workbook = {};
  for (const { sheet, data } of sheets) book[sheet] = data.map((row) => row.map(cellText));
  return book;
}

/** Writes sheets of text to an .xlsx, every cell a string (write-excel-file). */
export async function writeWorkbook(sheets: readonly SheetToWrite[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      // An empty cell is left out rather than written as an empty string.
      data: s.rows.map((row) =>
        row.map((value) => (value === '' ? null : { value, type: String })),
      ),
      ...(s.widths ? { columns: s.widths.map((width) => ({ width })) } : {}),
    })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
