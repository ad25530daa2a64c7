import type { AuditBundle } from '../../../../shared/domain';
import { ValidationError } from '../../../../shared/domain';
import { AUDIT_FILE_EXTENSION, auditFileName, parseAuditFile, serializeAuditFile } from '../../../../shared/formats/audit-file';
import type { FileFilter } from '../../../../shared/desktop-api';
import { importAuditBundle, readAuditBundle, type ImportResult } from '../../db/audits';
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

/** Asks for an audit file and imports it whole, or changes nothing and throws. */
export async function importAuditFromFile(filterLabel: string): Promise<ImportResult | null> {
  const file = await desktop.openFile({ filters: auditFileFilters(filterLabel) });
  if (!file) return null;
  const bundle = parseAuditFile(decodeUtf8(file.data, 'Audit file'));
  return importAuditBundle(db, bundle);
}

/** Writes an audit to an audit file through the desktop API; returns the file name, or null if cancelled. */
export async function exportAuditToFile(auditId: string, filterLabel: string): Promise<string | null> {
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
