import {
  checkBundleIntegrity,
  CHILD_ENTITIES,
  reassignIds,
  problem,
  ValidationError,
  type Audit,
  type AuditBundle,
  type ErrorKey,
} from '../../../../shared/domain';
import { importAuditBundle } from './audits';
import { addInSlices, auditTables, recordCount } from './records';
import type { Progress } from '../work';
import type { TouchstoneDb } from '../schema';
import { storeSnapshotOfBundle } from '../score-snapshots';

/** What a restore did. */
export interface RestoreResult {
  audit: Audit;
  /** True when the backup came in beside the audit it was made from, with new ids. */
  copied: boolean;
}

function refuse(key: ErrorKey): ValidationError {
  return new ValidationError('backup', [problem('', key)]);
}

function checked(bundle: AuditBundle): void {
  const problems = checkBundleIntegrity(bundle);
  if (problems.length > 0) throw new ValidationError('backup', problems);
}

/**
 * Restores a backup as an audit of its own, in one transaction. When the audit it was made
 * from is gone (deleted), it comes back as it was, ids and name included, so field results
 * made for it still merge; when it is still here, the backup comes in beside it with new ids
 * under `copyName`. Its records are written a slice at a time, counted on `progress`.
 */
export async function restoreAsNewAudit(
  db: TouchstoneDb,
  bundle: AuditBundle,
  copyName: string,
  progress?: Progress,
): Promise<RestoreResult> {
  checked(bundle);
  return db.transaction('rw', auditTables(db), async () => {
    if (!(await db.audits.get(bundle.audit.id))) {
      const { audit, copied } = await importAuditBundle(db, bundle, progress);
      return { audit, copied };
    }
    const copy = reassignIds(bundle, () => crypto.randomUUID());
    copy.audit = { ...copy.audit, name: copyName.slice(0, 200) };
    const { audit } = await importAuditBundle(db, copy, progress);
    return { audit, copied: true };
  });
}

/**
 * Puts an audit back as a backup has it, in one transaction: every record of the audit is
 * replaced by the backup's. What field results merged into records the backup still has in
 * the same version is remembered; the memory of the others is dropped, so importing those
 * results again brings their evidence back rather than skipping it. The records are written
 * a slice at a time, counted on `progress`; a cancel pressed before is heard as the writing
 * starts, and the audit stays as it was.
 */
export async function replaceAuditWithBackup(
  db: TouchstoneDb,
  bundle: AuditBundle,
  progress?: Progress,
): Promise<Audit> {
  checked(bundle);
  const id = bundle.audit.id;
  const { audit: _audit, ...records } = bundle;
  return db.transaction('rw', auditTables(db), async () => {
    progress?.at('write', 0, recordCount(records));
    if (!(await db.audits.get(id))) throw refuse('errors.store.backupAuditGone');
    // A record put back is written again: its version goes on from the one here, never back.
    const restored = { ...bundle };
    for (const name of CHILD_ENTITIES) {
      const ids = bundle[name].map((r) => r.id);
      if (ids.length === 0) continue;
      const taken = (await db.table(name).bulkGet(ids)) as (
        { auditId: string; version: number } | undefined
      )[];
      if (taken.some((r) => r && r.auditId !== id))
        throw refuse(`errors.store.backupIdsTaken.${name}`);
      (restored as Record<string, unknown>)[name] = bundle[name].map((r, i) => {
        const here = taken[i];
        return here ? { ...r, version: Math.max(here.version, r.version) + 1 } : r;
      });
    }
    const auditHere = (await db.audits.get(id))!;
    restored.audit = {
      ...bundle.audit,
      version: Math.max(auditHere.version, bundle.audit.version) + 1,
    };
    for (const name of CHILD_ENTITIES) await db.table(name).where('auditId').equals(id).delete();
    // What merges remember of a record stays while the backup has the record as it was when
    // remembered; it follows the record to its new version.
    const backupVersion = new Map<string, number>([
      ...bundle.visits.map((v) => [`visits:${v.id}`, v.version] as const),
      ...bundle.observations.map((o) => [`observations:${o.id}`, o.version] as const),
    ]);
    const newVersion = new Map<string, number>([
      ...restored.visits.map((v) => [`visits:${v.id}`, v.version] as const),
      ...restored.observations.map((o) => [`observations:${o.id}`, o.version] as const),
    ]);
    const memory = await db.fieldSync.where('auditId').equals(id).toArray();
    await db.fieldSync.bulkDelete(
      memory.filter((e) => backupVersion.get(e.id) !== e.originVersion).map((e) => e.id),
    );
    await db.fieldSync.bulkPut(
      memory
        .filter((e) => backupVersion.get(e.id) === e.originVersion)
        .map((e) => ({ ...e, originVersion: newVersion.get(e.id)! })),
    );
    await db.audits.put(restored.audit);
    // Only tables with records (see importAuditBundle: no-op async calls in a row end the transaction).
    for (const name of CHILD_ENTITIES)
      if (restored[name].length > 0) await addInSlices(db.table(name), restored[name], progress);
    await storeSnapshotOfBundle(db, restored);
    progress?.at('save');
    return restored.audit;
  });
}
