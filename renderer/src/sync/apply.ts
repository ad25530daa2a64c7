import { fromDoc, parseDocId, type RecordDoc } from '../../../shared/sync/documents';
import type { SyncConnection } from '../../../shared/sync/connection';
import {
  applyRemoteBatch,
  syncIssues,
  type RemoteBatchResult,
  type RemoteItem,
} from '../db/commands/sync';
import type { TouchstoneDb } from '../db/schema';
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
    const waiting = (await syncIssues(db, connection.id)).filter((i) => i.waiting);
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
    for (const w of waiting) {
      if (seen.has(w.docId)) continue;
      try {
        const doc = (await local.get(w.docId, {
          conflicts: true,
          attachments: true,
        })) as unknown as RecordDoc;
        const item = await itemOf(local, auditId, w.docId, doc, false, doc._rev ?? '');
        if (item) items.push(item);
      } catch {
        // deleted since: the deletion comes through the feed
      }
    }
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
