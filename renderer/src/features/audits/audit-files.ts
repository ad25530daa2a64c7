import { clock } from '../../platform/clock';
import type { AuditBundle } from '../../../../shared/domain';
import {
  AUDIT_FILE_EXTENSION,
  auditFileName,
  serializeAuditFile,
} from '../../../../shared/formats/audit-file';
import type { FileFilter } from '../../../../shared/desktop-api';
import {
  FIELD_PACK_EXTENSION,
  FIELD_RESULTS_EXTENSION,
} from '../../../../shared/fieldwork/pack-file';
import { readAuditBundle } from '../../db/audits';
import { db } from '../../db/db';
import { takeInTouchstoneFile, type TakenFile } from '../../db/file-import';
import { desktop } from '../../platform';

/** The filters of the open and save dialogs: audit files, and plain JSON. */
export function auditFileFilters(label: string): FileFilter[] {
  return [{ name: label, extensions: [AUDIT_FILE_EXTENSION, 'json'] }];
}

/** What opening a Touchstone file did, by the kind of file it was. */
export type OpenedFile = TakenFile;

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
  return takeInTouchstoneFile(db, file.data);
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
