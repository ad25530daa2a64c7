import { fromDoc, parseDocId, type RecordDoc } from '../../../shared/sync/documents';
import type { SyncConnection } from '../../../shared/sync/connection';
import {
  applyRemoteBatch,
  syncIssues,
  type RemoteBatchResult,
  type RemoteItem,
} from '../db/commands/sync';
import type { TouchstoneDb } from '../db/schema';
import type { Arrivals } from './arrivals';
import { isOwnRevision } from './pump';

/** How many changes of the replica enter the store in one transaction. */
export const APPLY_BATCH = 1000;

type Change = {
  id: string;
  seq: string | number;
  deleted?: boolean;
  doc?: RecordDoc;
  changes: { rev: string }[];
};

/** A change of the replica as an item to apply: the document read, and its conflicting revisions. */
async function itemOf(
  local: PouchDB.Database,
  auditId: string,
  id: string,
  doc: RecordDoc | undefined,
  deleted: boolean,
  rev: string,
): Promise<RemoteItem | null> {
  const named = parseDocId(id);
  if (!named) return null; // design documents, the team document: not records
  const conflicts: RemoteItem['conflicts'] = [];
  for (const c of doc?._conflicts ?? []) {
    try {
      const other = await local.get(id, { rev: c, attachments: true });
      conflicts.push({ rev: c, reading: fromDoc(other, auditId) });
    } catch {
      // a revision compacted away: nothing to show
    }
  }
  return {
    docId: id,
    rev: doc?._rev ?? rev,
    entity: named.entity,
    recordId: named.id,
    deleted,
    reading: deleted || !doc ? null : fromDoc(doc, auditId),
    conflicts,
  };
}

/**
 * The documents of these ids as the replica holds them now, as items to apply (a deleted one
 * as its deletion; one the replica does not hold, none).
 */
async function readItems(
  local: PouchDB.Database,
  auditId: string,
  ids: readonly string[],
): Promise<RemoteItem[]> {
  if (ids.length === 0) return [];
  const found = await local.allDocs({
    keys: [...ids],
    include_docs: true,
    conflicts: true,
    attachments: true,
  });
  const items: RemoteItem[] = [];
  for (const row of found.rows as {
    key: string;
    value?: { rev: string; deleted?: boolean };
    doc?: RecordDoc | null;
  }[]) {
    if (!row.value) continue;
    const deleted = Boolean(row.value.deleted);
    const doc = deleted ? undefined : (row.doc ?? undefined);
    const item = await itemOf(local, auditId, row.key, doc, deleted, row.value.rev);
    if (item) items.push(item);
  }
  return items;
}

/**
 * Brings what the replica received into the store, from the connection's checkpoint on, one
 * transaction per batch (applyRemoteBatch), documents waiting for a record they refer to tried
 * again with each batch. Calls back with each batch's result; returns how many changes it read.
 */
export async function applyReplica(
  db: TouchstoneDb,
  local: PouchDB.Database,
  connection: SyncConnection,
  onBatch: (result: RemoteBatchResult) => void,
): Promise<number> {
  const auditId = connection.auditId;
  if (!auditId) return 0;
  let since = connection.appliedSeq;
  let read = 0;
  for (;;) {
    const feed = await local.changes({
      since,
      limit: APPLY_BATCH,
      include_docs: true,
      conflicts: true,
      attachments: true,
    });
    const results = feed.results as unknown as Change[];
    const waiting = await waitingIssues(db, connection.id);
    if (results.length === 0 && (waiting.length === 0 || read > 0)) break;
    const items: RemoteItem[] = [];
    const seen = new Set<string>();
    for (const c of results) {
      seen.add(c.id);
      // This laptop's own revision, with nothing in conflict: the store has it already.
      const rev = c.doc?._rev ?? c.changes[0]?.rev ?? '';
      if (!c.doc?._conflicts?.length && isOwnRevision(local, c.id, rev)) continue;
      const item = await itemOf(
        local,
        auditId,
        c.id,
        c.doc,
        Boolean(c.deleted),
        c.changes[0]?.rev ?? '',
      );
      if (item) items.push(item);
    }
    items.push(
      ...(await readItems(
        local,
        auditId,
        waiting.map((w) => w.docId).filter((id) => !seen.has(id)),
      )),
    );
    const result = await applyRemoteBatch(
      db,
      { ...connection, appliedSeq: since },
      items,
      feed.last_seq,
    );
    onBatch(result);
    read += results.length;
    since = feed.last_seq;
    if (results.length === 0) break;
  }
  return read;
}

/** The documents of a connection that wait for a record they refer to. */
async function waitingIssues(db: TouchstoneDb, connectionId: string) {
  return (await syncIssues(db, connectionId)).filter((i) => i.waiting);
}

/**
 * Brings what a first replication's pull brought into the store as it comes (Arrivals), one
 * transaction per batch as applyReplica does, documents waiting for a record they refer to
 * tried again with each batch. The connection's checkpoint stays where it is: the session
 * moves it once the pull has caught up with everything applied (SyncSession). Returns how
 * many documents it applied.
 */
export async function applyArrivals(
  db: TouchstoneDb,
  local: PouchDB.Database,
  connection: SyncConnection,
  arrivals: Arrivals,
  onBatch: (result: RemoteBatchResult) => void,
): Promise<number> {
  const auditId = connection.auditId;
  if (!auditId) return 0;
  let applied = 0;
  while (!arrivals.empty) {
    const { docs, ids } = arrivals.next(APPLY_BATCH);
    const items: RemoteItem[] = [];
    for (const doc of docs) {
      const item = await itemOf(local, auditId, doc._id, doc, false, doc._rev ?? '');
      if (item) items.push(item);
    }
    items.push(...(await readItems(local, auditId, ids)));
    const taken = new Set(items.map((i) => i.docId));
    const waiting = await waitingIssues(db, connection.id);
    items.push(
      ...(await readItems(
        local,
        auditId,
        waiting.map((w) => w.docId).filter((id) => !taken.has(id)),
      )),
    );
    onBatch(await applyRemoteBatch(db, connection, items, connection.appliedSeq, true));
    applied += docs.length + ids.length;
  }
  return applied;
}
