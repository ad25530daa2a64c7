import { clock } from '../platform/clock';
import type { AuditBundle } from '../../../shared/domain';
import {
  AUDIT_FILE_EXTENSION,
  auditFileName,
  serializeAuditFile,
} from '../../../shared/formats/audit-file';
import type { FileFilter } from '../../../shared/desktop-api';
import { FIELD_PACK_EXTENSION, FIELD_RESULTS_EXTENSION } from '../../../shared/fieldwork/pack-file';
import { touchstoneFileSteps, type TouchstoneFile } from '../../../shared/formats/touchstone-file';
import { readAuditBundle } from '../db/commands/audits';
import { db } from '../db/db';
import { readInSteps, type Work } from '../db/work';
import { desktop } from '../platform';

/** The filters of the open and save dialogs: audit files, and plain JSON. */
export function auditFileFilters(label: string): FileFilter[] {
  return [{ name: label, extensions: [AUDIT_FILE_EXTENSION, 'json'] }];
}

/**
 * Asks for a Touchstone file (an audit file, a field pack or field results) and gives its
 * name and bytes, for the one reader (readTouchstoneFileInSteps); null when the person cancels.
 * The dialog offers the files of `extensions` first (all three kinds unless told).
 */
export async function pickTouchstoneFile(
  filterLabel: string,
  extensions: string[] = [
    AUDIT_FILE_EXTENSION,
    FIELD_PACK_EXTENSION,
    FIELD_RESULTS_EXTENSION,
    'json',
  ],
): Promise<{ name: string; data: Uint8Array } | null> {
  return desktop.openFile({ filters: [{ name: filterLabel, extensions }] });
}

/**
 * Reads a Touchstone file's bytes whole with the one reader, showing its progress on `work`
 * and hearing a cancel between steps, nothing written yet. A damaged or hostile file throws
 * a ValidationError that names what is wrong.
 */
export function readTouchstoneFileInSteps(data: Uint8Array, work?: Work): Promise<TouchstoneFile> {
  return readInSteps(touchstoneFileSteps(data), work);
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
