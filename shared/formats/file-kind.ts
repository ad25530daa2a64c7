import { FIELD_PACK_EXTENSION, FIELD_RESULTS_EXTENSION, fileKind } from '../fieldwork/pack-file';
import { autoMapColumns, REQUIRED_FIELDS, type CsvKind } from '../register/csv-fields';
import { AUDIT_FILE_EXTENSION } from './audit-file';
import { decodeCsv, detectDelimiter, parseCsv } from './csv';
import { isZip } from './zip';

// Which importer a file belongs to, from its name and its first bytes, before it is read
// whole: a file dropped on the window goes to the importer that reads it, and that importer
// checks it whole and says what is wrong. Nothing here refuses a file for its details.

/** What a file is, as far as choosing its importer goes. */
export type FileKind =
  | { kind: 'audit' | 'field-pack' | 'field-results' }
  | { kind: 'register-csv'; csvKind: CsvKind }
  | { kind: 'survey-csv' }
  | { kind: 'unknown' };

/** The extensions of the three Touchstone files, with their dots, as messages name them. */
export const TOUCHSTONE_EXTENSIONS = {
  audit: `.${AUDIT_FILE_EXTENSION}`,
  pack: `.${FIELD_PACK_EXTENSION}`,
  results: `.${FIELD_RESULTS_EXTENSION}`,
} as const;

/** How many first bytes the guess reads: the format marker, or a CSV file's header. */
export const FILE_KIND_HEAD_BYTES = 64 * 1024;

const BY_EXTENSION: Readonly<Record<string, 'audit' | 'field-pack' | 'field-results'>> = {
  [AUDIT_FILE_EXTENSION]: 'audit',
  [FIELD_PACK_EXTENSION]: 'field-pack',
  [FIELD_RESULTS_EXTENSION]: 'field-results',
};
const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
const UNKNOWN: FileKind = { kind: 'unknown' };

/** A file name's extension, lower case, without its dot; '' when it has none. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Whether bytes hold something other than text: NUL bytes, or a ZIP (a workbook, a Word file). */
function isBinary(head: Uint8Array): boolean {
  if (isZip(head)) return true;
  // UTF-16 text has NULs too; it is refused by the reader, which names it.
  return head.subarray(0, 4096).includes(0);
}

/**
 * The head up to its last line break, when there is one: a head cut inside a character would
 * not read as UTF-8, and the encoding would be guessed wrong.
 */
function wholeLines(head: Uint8Array): Uint8Array {
  const end = head.lastIndexOf(0x0a);
  return end > 0 ? head.subarray(0, end) : head;
}

/**
 * Which importer a file belongs to, by its first bytes (`head`, up to FILE_KIND_HEAD_BYTES)
 * and its name: a Touchstone file by its format marker, else by its extension (.touchstone,
 * .tspack, .tsresults; the reader then says what is wrong with it); a CSV file whose header
 * names a register's columns (in English, Russian or Polish, as its import maps them) is a
 * register, promises before touchpoints; any other CSV file is a survey's answers, which its
 * import maps column by column. Anything else is unknown.
 */
export function detectFileKind(name: string, head: Uint8Array): FileKind {
  const extension = extensionOf(name);
  const byName = BY_EXTENSION[extension];
  if (isBinary(head)) return byName ? { kind: byName } : UNKNOWN;
  const { text } = decodeCsv(wholeLines(head.subarray(0, FILE_KIND_HEAD_BYTES)));
  const marked = fileKind(text.replace(/^\uFEFF/, ''));
  if (marked) return { kind: marked };
  if (byName) return { kind: byName };
  if (/^\s*[{[]/.test(text)) return UNKNOWN; // JSON of something else
  // The header only: the rest of the head may end in the middle of a row.
  const firstLines = text.split(/\r?\n/).slice(0, 20).join('\n');
  const { header } = parseCsv(firstLines, detectDelimiter(firstLines));
  for (const csvKind of ['promises', 'touchpoints'] as const) {
    const mapping = autoMapColumns(csvKind, header);
    if (REQUIRED_FIELDS[csvKind].every((field) => (mapping[field] ?? -1) >= 0))
      return { kind: 'register-csv', csvKind };
  }
  if (TABLE_EXTENSIONS.has(extension) && header.filter((h) => h.trim() !== '').length > 0)
    return { kind: 'survey-csv' };
  return UNKNOWN;
}
