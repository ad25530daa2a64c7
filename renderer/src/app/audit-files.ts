import { clock } from '../platform/clock';
import type { AuditBundle } from '../../../shared/domain';
import {
  AUDIT_FILE_EXTENSION,
  auditFileName,
  serializeAuditFile,
} from '../../../shared/formats/audit-file';
import type { FileFilter } from '../../../shared/desktop-api';
import {
  FIELD_PACK_EXTENSION,
  FIELD_RESULTS_EXTENSION,
} from '../../../shared/fieldwork/pack-file';
import {
  readTouchstoneFile,
  type TouchstoneFile,
} from '../../../shared/formats/touchstone-file';
import { readAuditBundle } from '../db/commands/audits';
import { db } from '../db/db';
import { desktop } from '../platform';

/** The filters of the open and save dialogs: audit files, and plain JSON. */
export function auditFileFilters(label: string): FileFilter[] {
  return [{ name: label, extensions: [AUDIT_FILE_EXTENSION, 'json'] }];
}

/**
 * Asks for a Touchstone file and reads it whole with the one reader: an audit file, a field
 * pack or field results, nothing written yet; null when the person cancels. A damaged or
 * hostile file throws a ValidationError that names what is wrong.
 */
export async function pickTouchstoneFile(filterLabel: string): Promise<TouchstoneFile | null> {
  const file = await desktop.openFile({
    filters: [
      {
        name: filterLabel,
        extensions: [AUDIT_FILE_EXTENSION, FIELD_PACK_EXTENSION, FIELD_RESULTS_EXTENSION, 'json'],
      },
    ],
  });
  return file ? readTouchstoneFile(file.data) : null;
}

/** Writes an audit to an audit file through the desktop API; returns the file name, or null if cancelled. */
export async function exportAuditToFile(
  auditId: string,
  filterLabel: string,
): Promise<string | null> {
  const bundle: AuditBundle = await readAuditBundle(db, auditId);
  const info = await desktop.appInfo();
  const text = serializeAuditFile(bundle, `${info.name} ${info.version}`, clock());
  const name = auditFileName(bundle);
  const result = await desktop.saveFile({
    suggestedName: name,
    filters: auditFileFilters(filterLabel),
    data: new TextEncoder().encode(text),
  });
  return result.saved ? name : null;
}
