import iconv from 'iconv-lite';
import Papa from 'papaparse';

/**
 * CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, or the Windows code
 * pages Russian (1251) and Polish (1250) Excel still saves; comma, semicolon or tab.
 */
export const CSV_ENCODINGS = ['utf-8', 'windows-1251', 'windows-1250'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Whether the file began with a UTF-8 byte-order mark. */
  bom: boolean;
}

const hasUtf8Bom = (b: Uint8Array) =>
  b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tells Windows-1251 from Windows-1250 by the bytes above 127. In Cyrillic text nearly every
 * letter is such a byte, and 0xC0–0xFF (а–я, А–Я) dominate; Polish text is mostly ASCII
 * with a few letters (ą ę ł ó ś ż ź ć ń) among them. So: if high bytes are at least a third
 * of all letters, it is Cyrillic.
 */
export function guessSingleByteEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1250' {
  let ascii = 0;
  let high = 0;
  for (const b of bytes) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
    else if (b >= 0xc0) high++;
  }
  return high > 0 && high * 2 >= ascii ? 'windows-1251' : 'windows-1250';
}

/** Decodes a CSV file's bytes, detecting the encoding unless one is given. */
export function decodeCsv(bytes: Uint8Array, encoding?: CsvEncoding): DecodedCsv {
  const bom = hasUtf8Bom(bytes);
  const chosen: CsvEncoding =
    encoding ?? (bom || isValidUtf8(bytes) ? 'utf-8' : guessSingleByteEncoding(bytes));
  if (chosen === 'utf-8') {
    const text = new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: chosen, bom };
  }
  return {
    text: iconv.decode(bytes, chosen === 'windows-1251' ? 'win1251' : 'win1250'),
    encoding: chosen,
    bom,
  };
}

/** Counts a separator outside quotes on one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}

/**
 * Picks the separator that splits the first lines most consistently: the one that appears
 * on the header line, the same number of times on the following lines.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const d of CSV_DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter((c) => c === header).length;
    const score = consistent * 1000 + header;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/**
 * What makes a spreadsheet run a cell instead of showing it (OWASP, "CSV Injection"): a cell
 * that starts with = + - @, a tab or a carriage return. Apostrophes before such a start count
 * too, so that a text which itself begins with the apostrophe the export adds is told apart
 * from one the export gave it, and every text reads back as it was written.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as it was written: the apostrophe `writeCsv` put before a formula-like text taken off. */
function restoreCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export interface CsvRow {
  /** The line of the file this row starts on, counting the header as line 1. */
  line: number;
  cells: string[];
}
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Parses CSV text into a header and rows, each with the line it starts on; blank lines are skipped. */
export function parseCsv(text: string, delimiter: CsvDelimiter): CsvTable {
  const newlines: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') newlines.push(i);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const records: CsvRow[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      let at = start;
      while (text[at] === '\r' || text[at] === '\n') at++;
      start = result.meta.cursor;
      // The apostrophe the export put before a formula-like text comes off first, while the
      // text still starts as it was written (a tab or a carriage return included).
      const cells = result.data.map((c) => restoreCell(c).replace(/\r\n?/g, '\n').trim());
      if (cells.every((c) => c === '')) return;
      records.push({ line: lineAt(at), cells });
    },
  });
  const [head, ...rows] = records;
  return { header: head?.cells ?? [], rows };
}

/**
 * Writes rows as CSV the way spreadsheets open it without asking: UTF-8 with a BOM, CRLF.
 * A text a spreadsheet would run as a formula gets an apostrophe before it and quotes around
 * it (OWASP's advice, through papaparse's `escapeFormulae`); numbers stay numbers, since no
 * number is a formula. `parseCsv` takes the apostrophe off again.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Uint8Array<ArrayBuffer> {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map((c) => (c === null ? '' : c))) },
    { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
  const bytes = new TextEncoder().encode(`${body}\r\n`);
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}
