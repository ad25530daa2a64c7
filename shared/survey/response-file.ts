import { problem, ValidationError } from '../domain/errors';
import { decodeCsv, detectDelimiter, parseCsv, type CsvRow, type CsvTable } from '../formats/csv';
import { isZip } from '../formats/zip';
import { readWorkbook } from './workbook';

/**
 * Reads a survey tool's response export as a table: an .xlsx (KoboToolbox's and ODK's XLSX
 * exports; the first sheet holds the submissions) through the workbook reader, anything else
 * as CSV through the app's one CSV reader (any of its encodings and separators: KoboToolbox
 * writes semicolons, ODK Central and LimeSurvey commas). Rows keep the line the spreadsheet or
 * the file numbers them by, the header being line 1; blank rows are skipped. A ZIP that is no
 * readable workbook is refused, naming why.
 */
export async function readResponseFile(bytes: Uint8Array): Promise<CsvTable> {
  if (!isZip(bytes)) {
    const { text } = decodeCsv(bytes);
    return parseCsv(text, detectDelimiter(text));
  }
  let book;
  try {
    book = await readWorkbook(bytes);
  } catch (error) {
    throw new ValidationError('file', [
      problem('', 'errors.file.notSpreadsheet', {
        detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
      }),
    ]);
  }
  const [first] = Object.values(book);
  const [header = [], ...data] = first ?? [];
  const rows: CsvRow[] = [];
  data.forEach((cells, i) => {
    const trimmed = cells.map((c) => c.replace(/\r\n?/g, '\n').trim());
    if (trimmed.some((c) => c !== '')) rows.push({ line: i + 2, cells: trimmed });
  });
  return { header: header.map((h) => h.trim()), rows };
}
