import type { AuditBundle } from '../../../../shared/domain';
import { ValidationError } from '../../../../shared/domain';
import {
  AUDIT_FILE_EXTENSION,
  auditFileName,
  parseAuditFile,
  serializeAuditFile,
} from '../../../../shared/formats/audit-file';
import type { FileFilter } from '../../../../shared/desktop-api';
import {
  FIELD_PACK_EXTENSION,
  FIELD_RESULTS_EXTENSION,
  fileKind,
  parseFieldPack,
  parseFieldResults,
  type FieldResults,
} from '../../../../shared/fieldwork/pack-file';
import type { Audit } from '../../../../shared/domain';
import { importAuditBundle, readAuditBundle, type ImportResult } from '../../db/audits';
import { openFieldPack } from '../../db/field-packs';
import { db } from '../../db/db';
import { desktop } from '../../platform';

/** The filters of the open and save dialogs: audit files, and plain JSON. */
export function auditFileFilters(label: string): FileFilter[] {
  return [{ name: label, extensions: [AUDIT_FILE_EXTENSION, 'json'] }];
}

/** Reads bytes as UTF-8 text, refusing what is not. */
export function decodeUtf8(data: Uint8Array, subject: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new ValidationError(subject, [{ path: '', message: 'is not UTF-8 text' }]);
  }
}

/** What opening a Touchstone file did, by the kind of file it was. */
export type OpenedFile =
  | { kind: 'audit'; result: ImportResult }
  | { kind: 'field-pack'; audit: Audit }
  | { kind: 'field-results'; results: FieldResults };

/**
 * Asks for a Touchstone file and takes it in whole, or changes nothing and throws: an audit
 * file is imported, a field pack opened as the manager's audit, and field results parsed for
 * the caller to confirm and merge.
 */
export async function importAuditFromFile(filterLabel: string): Promise<OpenedFile | null> {
  const file = await desktop.openFile({
    filters: [
      {
        name: filterLabel,
        extensions: [AUDIT_FILE_EXTENSION, FIELD_PACK_EXTENSION, FIELD_RESULTS_EXTENSION, 'json'],
      },
    ],
  });
  if (!file) return null;
  const text = decodeUtf8(file.data, 'The file');
  switch (fileKind(text)) {
    case 'field-pack':
      return { kind: 'field-pack', audit: await openFieldPack(db, parseFieldPack(text)) };
    case 'field-results':
      return { kind: 'field-results', results: parseFieldResults(text) };
    default:
      return { kind: 'audit', result: await importAuditBundle(db, parseAuditFile(text)) };
  }
}

/** Writes an audit to an audit file through the desktop API; returns the file name, or null if cancelled. */
export async function exportAuditToFile(
  auditId: string,
  filterLabel: string,
): Promise<string | null> {
  const bundle: AuditBundle = await readAuditBundle(db, auditId);
  const info = await desktop.appInfo();
  const text = serializeAuditFile(bundle, `${info.name} ${info.version}`);
  const name = auditFileName(bundle);
  const result = await desktop.saveFile({
    suggestedName: name,
    filters: auditFileFilters(filterLabel),
    data: new TextEncoder().encode(text),
  });
  return result.saved ? name : null;
}

/** The message to show for a failure: a validation error's own words, or the error's. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
