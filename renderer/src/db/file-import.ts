import {
  problem,
  ValidationError,
  type Audit,
  type AuditBundle,
  type ErrorKey,
  type SubjectName,
} from '../../../shared/domain';
import { parseAuditFile } from '../../../shared/formats/audit-file';
import {
  fileKind,
  parseFieldPack,
  parseFieldResults,
  type FieldResults,
} from '../../../shared/fieldwork/pack-file';
import { importAuditBundle, type ImportResult } from './commands/audits';
import { openFieldPack } from './commands/field-packs';
import type { TouchstoneDb } from './schema';

/**
 * Reads a file's bytes as UTF-8 text, refusing anything else with a message that says what
 * it is when that can be told (UTF-16 from Notepad, a ZIP such as a Word file).
 */
export function decodeUtf8(data: Uint8Array, subject: SubjectName): string {
  const refuse = (key: ErrorKey) => new ValidationError(subject, [problem('', key)]);
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
    throw refuse('errors.file.utf16');
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04)
    throw refuse('errors.file.zip');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw refuse('errors.file.notUtf8');
  }
}

/** An audit file's bytes as a checked bundle (what an import or a restore starts from). */
export function readAuditFileBytes(data: Uint8Array): AuditBundle {
  return parseAuditFile(decodeUtf8(data, 'auditFile'));
}

/** What taking in a Touchstone file did, by the kind of file it was. */
export type TakenFile =
  | { kind: 'audit'; result: ImportResult }
  | { kind: 'field-pack'; audit: Audit }
  | { kind: 'field-results'; results: FieldResults };

/**
 * Takes in the bytes of any Touchstone file, whole or not at all: an audit file is imported,
 * a field pack opened as the manager's audit (each in one transaction), and field results
 * only parsed, for the caller to preview and merge. A damaged or hostile file throws a
 * ValidationError that names what is wrong, and the database is left as it was.
 */
export async function takeInTouchstoneFile(db: TouchstoneDb, data: Uint8Array): Promise<TakenFile> {
  const text = decodeUtf8(data, 'file');
  switch (fileKind(text)) {
    case 'field-pack':
      return { kind: 'field-pack', audit: await openFieldPack(db, parseFieldPack(text)) };
    case 'field-results':
      return { kind: 'field-results', results: parseFieldResults(text) };
    default:
      return { kind: 'audit', result: await importAuditBundle(db, parseAuditFile(text)) };
  }
}
