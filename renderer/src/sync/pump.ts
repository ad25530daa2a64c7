import { sameContent } from '../../../shared/fieldwork/merge';
import { isServerOrigin, revOf } from '../../../shared/sync/conflicts';
import {
  replicates,
  toDoc,
  type RecordDoc,
  type SyncedRecord,
} from '../../../shared/sync/documents';
import { clearOutbox, outboxBatch, rememberRevs, syncedRevs } from '../db/commands/sync';
import type { SyncConnection } from '../../../shared/sync/connection';
import type { TouchstoneDb } from '../db/schema';

/** How many outbox entries go into the replica at once. */
const BATCH = 500;

/**
 * The revisions this laptop put into each replica, by document id, until the replica's changes
 * bring them back: the store holds them already, so applyReplica passes them by rather than
 * write the same records again (a first connection of a large audit puts every record in).
 */
const putHere = new WeakMap<PouchDB.Database, Map<string, string>>();

/** Whether a change of the replica is a revision this laptop put in (forgotten once asked). */
export function isOwnRevision(local: PouchDB.Database, id: string, rev: string): boolean {
  const revs = putHere.get(local);
  if (revs?.get(id) !== rev) return false;
  revs.delete(id);
  return true;
}

type Doc = RecordDoc & { _revisions?: { start: number; ids: string[] } };

/** A new revision id's hash part: random, as CouchDB's are unique per edit. */
function newRevHash(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * Moves the records written here (the outbox) into the local replica, in batches: each as the
 * next revision of the one it was last in step with. When the replica's document has moved
 * since (another laptop's version arrived before this one was sent), this laptop's version goes
 * in beside it, as a sibling revision: CouchDB then holds both, as a conflict for review,
 * rather than one silently overwriting the other. A record resolved in review also deletes the
 * revisions the person reviewed. Returns how many records went in.
 */
export async function pumpOutbox(
  db: TouchstoneDb,
  local: PouchDB.Database,
  connection: Pick<SyncConnection, 'auditId' | 'firstSeq'>,
): Promise<number> {
  const auditId = connection.auditId;
  if (!auditId) return 0;
  let moved = 0;
  for (;;) {
    const entries = await outboxBatch(db, auditId, BATCH);
    if (entries.length === 0) return moved;
    const keys = entries.map((e) => e.key);
    const records = await Promise.all(
      entries.map((e) => db.table(e.entity).get(e.recordId) as Promise<SyncedRecord | undefined>),
    );
    const bases = await syncedRevs(db, keys);
    const settled = await db.fieldSync.bulkGet(keys);
    const existing = await local.allDocs({ keys, include_docs: true, conflicts: true });
    const written = await writtenSinceFirst(local, connection, keys, bases, existing.rows);
    const writes: Doc[] = [];
    const siblings: Doc[] = [];
    const deletions: Doc[] = [];
    const sent: { entry: (typeof entries)[number]; version: number | null }[] = [];
    for (const [i, entry] of entries.entries()) {
      const record = records[i];
      const row = existing.rows[i] as {
        value?: { rev: string; deleted?: boolean };
        doc?: Doc | null;
      };
      const doc = row.value && !row.value.deleted ? (row.doc ?? undefined) : undefined;
      const base = bases[i];
      sent.push({ entry, version: record?.version ?? null });
      if (!record) {
        if (doc) deletions.push({ ...doc, _rev: row.value!.rev, _deleted: true });
        continue;
      }
      if (!replicates(entry.entity, record)) continue;
      const reviewed = Object.keys(settled[i]?.seen ?? {})
        .filter(isServerOrigin)
        .map(revOf)
        .filter((rev) => doc?._conflicts?.includes(rev));
      for (const rev of reviewed)
        deletions.push({ ...toDoc(entry.entity, record), _rev: rev, _deleted: true });
      const inStep =
        doc &&
        (doc.record as { version?: number }).version === record.version &&
        sameContent(doc.record as never, record);
      if (inStep && reviewed.length === 0) continue;
      const next = toDoc(entry.entity, record) as Doc;
      if (!base && doc && written.has(entry.key)) {
        // Taken in on the first replication, its document written to since: beside that.
        const beside = await besideCurrent(local, entry.key, next);
        if (beside) {
          siblings.push(beside);
          continue;
        }
      }
      if (!row.value || row.value.deleted || !base || base === row.value.rev) {
        writes.push(row.value ? { ...next, _rev: row.value.rev } : next);
      } else {
        const sibling = await siblingOf(local, entry.key, base, next);
        if (sibling) siblings.push(sibling);
        else writes.push({ ...next, _rev: row.value.rev });
      }
    }
    const results =
      writes.length > 0 ? await local.bulkDocs(writes as PouchDB.Core.PutDocument<object>[]) : [];
    if (siblings.length > 0)
      await local.bulkDocs(siblings as PouchDB.Core.PutDocument<object>[], { new_edits: false });
    const failed = new Set(
      results.flatMap((r) => ('error' in r && r.error ? [(r as { id?: string }).id ?? ''] : [])),
    );
    if (deletions.length > 0) await local.bulkDocs(deletions as PouchDB.Core.PutDocument<object>[]);
    const revs = [
      ...results.flatMap((r) => ('ok' in r && r.ok ? [{ key: r.id, rev: r.rev }] : [])),
      ...siblings.map((d) => ({ key: d._id, rev: d._rev! })),
    ];
    await rememberRevs(db, revs);
    const own = putHere.get(local) ?? new Map<string, string>();
    putHere.set(local, own);
    for (const { key, rev } of revs) own.set(key, rev);
    // A write refused because the replica moved on meanwhile stays in the outbox for the next round.
    await clearOutbox(
      db,
      sent.filter((s) => !failed.has(s.entry.key)),
    );
    moved += sent.length - failed.size;
    if (failed.size === sent.length) return moved;
  }
}

/**
 * Of the records with no revision recorded (taken in on the first replication), those whose
 * document in the replica has been written to since the first replication ended (`firstSeq`).
 * The others are in step with the replica's version.
 */
async function writtenSinceFirst(
  local: PouchDB.Database,
  connection: Pick<SyncConnection, 'firstSeq'>,
  keys: readonly string[],
  bases: readonly (string | undefined)[],
  rows: readonly object[],
): Promise<Set<string>> {
  if (connection.firstSeq === undefined) return new Set();
  const live = (i: number) => {
    const value = (rows[i] as { value?: { deleted?: boolean } } | undefined)?.value;
    return Boolean(value && !value.deleted);
  };
  const unrecorded = keys.filter((_, i) => !bases[i] && live(i));
  if (unrecorded.length === 0) return new Set();
  const feed = await local.changes({ since: connection.firstSeq, doc_ids: unrecorded });
  return new Set(feed.results.map((c) => c.id));
}

/**
 * This laptop's version as a sibling of its document's current version, when the version it
 * started from is not recorded but is known to be an older one: the current version is then
 * kept beside this laptop's for review.
 */
async function besideCurrent(local: PouchDB.Database, id: string, next: Doc): Promise<Doc | null> {
  const history = ((await local.get(id, { revs: true })) as unknown as Doc)._revisions;
  return history ? newRevision(next, history.start, history.ids.slice(1)) : null;
}

/** This laptop's version as a child of the revision it started from, beside the replica's. */
async function siblingOf(
  local: PouchDB.Database,
  id: string,
  base: string,
  next: Doc,
): Promise<Doc | null> {
  try {
    const history = ((await local.get(id, { rev: base, revs: true })) as unknown as Doc)._revisions;
    return history ? newRevision(next, history.start + 1, history.ids) : null;
  } catch {
    return null;
  }
}

/** A revision of its own for this laptop's version, at `depth`, after the revisions `ancestors`. */
function newRevision(next: Doc, depth: number, ancestors: readonly string[]): Doc {
  const hash = newRevHash();
  return {
    ...next,
    _rev: `${depth}-${hash}`,
    _revisions: { start: depth, ids: [hash, ...ancestors] },
  };
}
