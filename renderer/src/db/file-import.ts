import type { Audit } from '../../../shared/domain';
import type { FieldResults } from '../../../shared/fieldwork/pack-file';
import { readTouchstoneFile, type TouchstoneFile } from '../../../shared/formats/touchstone-file';
import { importAuditBundle, type ImportResult } from './commands/audits';
import { openFieldPack } from './commands/field-packs';
import type { TouchstoneDb } from './schema';
import type { Progress } from './work';

/** What taking in a Touchstone file did, by the kind of file it was. */
export type TakenFile =
  | { kind: 'audit'; result: ImportResult }
  | { kind: 'field-pack'; audit: Audit }
  | { kind: 'field-results'; results: FieldResults };

/**
 * Takes in a Touchstone file already read and checked (shared/formats/touchstone-file.ts),
 * whole or not at all: an audit file is imported, a field pack opened as the manager's audit
 * (each in one transaction, its writing counted on `progress`), and field results passed on,
 * for the caller to preview and merge.
 */
export async function takeInReadFile(
  db: TouchstoneDb,
  file: TouchstoneFile,
  progress?: Progress,
): Promise<TakenFile> {
  switch (file.kind) {
    case 'field-pack': {
      // A pack holds one manager's visits: written at once, too quick to count.
      progress?.at('write');
      const audit = await openFieldPack(db, file.pack);
      return { kind: 'field-pack', audit };
    }
    case 'field-results':
      return file;
    case 'audit':
      return { kind: 'audit', result: await importAuditBundle(db, file.bundle, progress) };
  }
}

/**
 * Takes in the bytes of any Touchstone file, whole or not at all (see takeInReadFile). A
 * damaged or hostile file throws a ValidationError that names what is wrong, and the database
 * is left as it was.
 */
export async function takeInTouchstoneFile(db: TouchstoneDb, data: Uint8Array): Promise<TakenFile> {
  return takeInReadFile(db, readTouchstoneFile(data));
}
