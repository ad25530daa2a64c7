import { clock } from '../platform/clock';
import type { Audit } from '../../../shared/domain';
import { serializeAuditFile } from '../../../shared/formats/audit-file';
import { readAuditBundle } from './commands/audits';
import type { TouchstoneDb } from './schema';
import type { Progress } from './work';

/** The meta entry that remembers, per audit, the version (updatedAt) last backed up. */
export const BACKED_UP_KEY = 'backups.backedUp';

type BackedUp = Record<string, string>;

async function backedUp(db: TouchstoneDb): Promise<BackedUp> {
  const entry = await db.meta.get(BACKED_UP_KEY);
  const value = entry?.value;
  return value && typeof value === 'object' ? { ...(value as BackedUp) } : {};
}

/** Audits changed since their last backup (or never backed up), most recently changed first. */
export async function auditsToBackUp(db: TouchstoneDb): Promise<Audit[]> {
  const done = await backedUp(db);
  const audits = await db.audits.orderBy('updatedAt').reverse().toArray();
  return audits.filter((a) => done[a.id] !== a.updatedAt);
}

/**
 * One audit's backup: the audit file of the current format, photos included, as bytes. Reads
 * the audit, then writes its file, saying each on `progress` (with `at`, audits done of `of`)
 * and pausing between them, so a large audit's backup shows what it is doing.
 */
export async function auditBackupBytes(
  db: TouchstoneDb,
  auditId: string,
  generator: string,
  progress?: Progress,
  at: { done: number; of: number } = { done: 0, of: 1 },
): Promise<{ audit: Audit; data: Uint8Array<ArrayBuffer> }> {
  progress?.at('read', at.done, at.of);
  await progress?.pause();
  const bundle = await readAuditBundle(db, auditId);
  progress?.at('write', at.done, at.of);
  await progress?.pause();
  return {
    audit: bundle.audit,
    data: new TextEncoder().encode(serializeAuditFile(bundle, generator, clock())),
  };
}

/**
 * Remembers that this version of the audit is backed up, so it is written again only after
 * it changes. Audits deleted since are forgotten.
 */
export async function markBackedUp(db: TouchstoneDb, audit: Pick<Audit, 'id' | 'updatedAt'>) {
  await db.transaction('rw', db.meta, db.audits, async () => {
    const done = await backedUp(db);
    done[audit.id] = audit.updatedAt;
    const alive = new Set((await db.audits.toCollection().primaryKeys()) as string[]);
    for (const id of Object.keys(done)) if (!alive.has(id)) delete done[id];
    await db.meta.put({ key: BACKED_UP_KEY, value: done });
  });
}
