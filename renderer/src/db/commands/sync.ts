import { reason, type ErrorText, type Visit } from '../../../../shared/domain';
import { sameContent } from '../../../../shared/fieldwork/merge';
import {
  auditIdOf,
  replicates,
  SYNCED_ENTITIES,
  type DocReading,
  type SyncedEntity,
  type SyncedRecord,
} from '../../../../shared/sync/documents';
import { isServerOrigin, serverOrigin } from '../../../../shared/sync/conflicts';
import { SyncConnectionSchema, type SyncConnection } from '../../../../shared/sync/connection';
import { nowIso } from '../../platform/clock';
import type { FieldSyncEntry, SyncIssue, SyncOutboxEntry, TouchstoneDb } from '../schema';
import { addConnectedAudit, markRemoteTransaction, setConnectedAudits } from '../sync-outbox';
import { syncLineEvidence } from './fieldwork';
import { auditTables, referenceProblems } from './records';

// The store's side of team sync: connections, the outbox of local writes, and the one way the
// server's versions enter — applyRemoteBatch, one transaction per batch, every record read by
// the domain's schemas (shared/sync/documents.ts) and its references checked, conflicts kept in
// the same review as field results (the fieldSync table).

/** Makes a connection of an audit (or of a database to join: auditId null) to a team database. */
export async function createConnection(
  db: TouchstoneDb,
  input: Pick<SyncConnection, 'auditId' | 'server' | 'database' | 'username'> & { id?: string },
): Promise<SyncConnection> {
  const connection = SyncConnectionSchema.parse({
    ...input,
    id: input.id ?? crypto.randomUUID(),
    createdAt: nowIso(),
    lastSyncAt: null,
    appliedSeq: 0,
    enabled: true,
  });
  await db.transaction('rw', auditTables(db), async () => {
    await db.syncConnections.add(connection);
    if (connection.auditId) await enqueueAudit(db, connection.auditId);
  });
  // From now on every write of the audit is named in the outbox.
  if (connection.auditId) addConnectedAudit(connection.auditId);
  return connection;
}

/** Names every record of an audit in the outbox: what a first connection sends. */
async function enqueueAudit(db: TouchstoneDb, auditId: string) {
  const entries: SyncOutboxEntry[] = [];
  for (const entity of SYNCED_ENTITIES) {
    const records = (
      entity === 'audits'
        ? await db.audits.where('id').equals(auditId).toArray()
        : await db.table(entity).where('auditId').equals(auditId).toArray()
    ) as SyncedRecord[];
    for (const r of records)
      if (replicates(entity, r))
        entries.push({ key: `${entity}:${r.id}`, auditId, entity, recordId: r.id });
  }
  await db.syncOutbox.bulkPut(entries);
}

/** Changes what the engine keeps of a connection: its audit, checkpoint, last sync, pause. */
export async function updateConnection(
  db: TouchstoneDb,
  id: string,
  patch: Partial<Pick<SyncConnection, 'auditId' | 'lastSyncAt' | 'appliedSeq' | 'enabled'>>,
): Promise<void> {
  await db.syncConnections.update(id, patch);
}

/** Disconnects an audit from its team database: the audit stays here, nothing more is sent. */
export async function deleteConnection(db: TouchstoneDb, id: string): Promise<void> {
  await db.transaction('rw', auditTables(db), async () => {
    const connection = await db.syncConnections.get(id);
    await db.syncConnections.delete(id);
    await db.syncIssues.where('connectionId').equals(id).delete();
    if (connection?.auditId)
      await db.syncOutbox.where('auditId').equals(connection.auditId).delete();
  });
  await refreshConnectedAudits(db);
}

/** Tells the outbox which audits replicate, from the stored connections. */
export async function refreshConnectedAudits(db: TouchstoneDb): Promise<void> {
  const connections = await db.syncConnections.toArray();
  setConnectedAudits(connections.flatMap((c) => (c.auditId ? [c.auditId] : [])));
}

/** The oldest entries of an audit's outbox, up to `limit`. */
export async function outboxBatch(
  db: TouchstoneDb,
  auditId: string,
  limit: number,
): Promise<SyncOutboxEntry[]> {
  return db.syncOutbox.where('auditId').equals(auditId).limit(limit).toArray();
}

/**
 * Takes entries off the outbox once the replica holds what they named, each only if its record
 * is still the version sent (a write since then stays named), in one transaction.
 */
export async function clearOutbox(
  db: TouchstoneDb,
  sent: readonly { entry: SyncOutboxEntry; version: number | null }[],
): Promise<void> {
  await db.transaction('rw', auditTables(db), async () => {
    const done: string[] = [];
    for (const { entry, version } of sent) {
      const now = (await db.table(entry.entity).get(entry.recordId)) as SyncedRecord | undefined;
      if ((now?.version ?? null) === version) done.push(entry.key);
    }
    await db.syncOutbox.bulkDelete(done);
  });
}

/** One document of a batch from the replica, read (or deleted), with its conflicting versions. */
export interface RemoteItem {
  docId: string;
  rev: string;
  entity: SyncedEntity;
  recordId: string;
  deleted: boolean;
  reading: DocReading | null;
  conflicts: { rev: string; reading: DocReading }[];
}

/** What a batch did: records written or removed, documents set aside or waiting, conflicts. */
export interface RemoteBatchResult {
  written: number;
  removed: number;
  setAside: number;
  waiting: number;
  conflicts: number;
}

const ORDER = new Map(SYNCED_ENTITIES.map((e, i) => [e, i]));

/**
 * Writes a batch of the server's versions into an audit, in one transaction, as none of the
 * local history: a record whose document is malformed or hostile is set aside and reported
 * (never written) and the rest goes on; one that refers to a record not here yet waits for it;
 * a document with conflicting versions becomes the winning version here, the others waiting in
 * the review beside it. The checkpoint moves in the same transaction, so a batch is applied
 * once, whatever stops the app.
 */
export async function applyRemoteBatch(
  db: TouchstoneDb,
  connection: SyncConnection,
  items: readonly RemoteItem[],
  checkpoint: string | number,
): Promise<RemoteBatchResult> {
  const auditId = connection.auditId;
  const result: RemoteBatchResult = {
    written: 0,
    removed: 0,
    setAside: 0,
    waiting: 0,
    conflicts: 0,
  };
  await db.transaction('rw', auditTables(db), async () => {
    markRemoteTransaction();
    const sorted = [...items].sort(
      (a, b) => ORDER.get(a.entity)! - ORDER.get(b.entity)! || a.docId.localeCompare(b.docId),
    );
    for (const item of sorted) {
      const issueId = `${connection.id}|${item.docId}`;
      // A record written here and not yet in the replica keeps its local version: the outbox
      // puts it in the replica beside this one (a conflict), and the replica's winner comes back.
      if (await db.syncOutbox.get(item.docId)) continue;
      if (item.deleted) {
        await db.syncRevs.delete(item.docId);
        await db.table(item.entity).delete(item.recordId);
        await db.fieldSync.delete(`${item.entity}:${item.recordId}`);
        await db.syncIssues.delete(issueId);
        result.removed++;
        continue;
      }
      const reading = item.reading;
      if (!reading || !reading.ok || !auditId) {
        await setAside(db, connection, item, reading && !reading.ok ? reading.problems : [], false);
        result.setAside++;
        continue;
      }
      const { entity, record } = reading;
      if (entity !== 'audits') {
        const missing = await referenceProblems(db, entity, record as never);
        if (missing.length > 0) {
          await setAside(db, connection, item, missing, true);
          result.waiting++;
          continue;
        }
      }
      await db.syncIssues.delete(issueId);
      await db.syncRevs.put({ key: item.docId, rev: item.rev });
      const current = (await db.table(entity).get(record.id)) as SyncedRecord | undefined;
      const same = current && current.version === record.version && sameContent(current, record);
      if (!same) {
        await db.table(entity).put(record);
        if (entity === 'visits') await syncLineEvidence(db, record as Visit);
        result.written++;
      }
      if (await keepConflicts(db, entity, record, item)) result.conflicts++;
    }
    await db.syncConnections.update(connection.id, { appliedSeq: checkpoint });
  });
  return result;
}

async function setAside(
  db: TouchstoneDb,
  connection: SyncConnection,
  item: RemoteItem,
  problems: ErrorText[],
  waiting: boolean,
) {
  const issue: SyncIssue = {
    id: `${connection.id}|${item.docId}`,
    connectionId: connection.id,
    docId: item.docId,
    rev: item.rev,
    problems: problems.length > 0 ? problems.slice(0, 10) : [reason('errors.sync.docUnreadable')],
    waiting,
  };
  await db.syncIssues.put(issue);
}

/**
 * Keeps a document's conflicting versions for review, beside field results' versions of the
 * same record; forgets server versions no longer in conflict (resolved on another laptop).
 * Returns whether the record waits for review.
 */
async function keepConflicts(
  db: TouchstoneDb,
  entity: SyncedEntity,
  record: SyncedRecord,
  item: RemoteItem,
): Promise<boolean> {
  const id = `${entity}:${record.id}`;
  const entry = await db.fieldSync.get(id);
  const settled = new Set(Object.keys(entry?.seen ?? {}).filter(isServerOrigin));
  const others: FieldSyncEntry['others'] = Object.fromEntries(
    Object.entries(entry?.others ?? {}).filter(([origin]) => !isServerOrigin(origin)),
  );
  for (const c of item.conflicts) {
    const origin = serverOrigin(c.rev);
    if (settled.has(origin) || !c.reading.ok) continue;
    if (auditIdOf(c.reading.entity, c.reading.record) !== auditIdOf(entity, record)) continue;
    if (!sameContent(c.reading.record, record)) others[origin] = c.reading.record;
  }
  const conflicted = Object.keys(others).length > 0;
  if (!entry && !conflicted) return false;
  const next: FieldSyncEntry = {
    id,
    auditId: auditIdOf(entity, record),
    table: entity,
    recordId: record.id,
    origin: entry && entry.originVersion === record.version ? entry.origin : serverOrigin(item.rev),
    originVersion: record.version,
    others,
    seen: entry?.seen ?? {},
    conflicted: conflicted ? 1 : 0,
  };
  await db.fieldSync.put(next);
  return conflicted;
}

/** The revisions of its documents records here were last in step with, by document id. */
export async function syncedRevs(
  db: TouchstoneDb,
  keys: readonly string[],
): Promise<(string | undefined)[]> {
  return (await db.syncRevs.bulkGet([...keys])).map((r) => r?.rev);
}

/** Remembers the revisions the replica gave records written from here. */
export async function rememberRevs(
  db: TouchstoneDb,
  revs: readonly { key: string; rev: string }[],
): Promise<void> {
  await db.syncRevs.bulkPut([...revs]);
}

/** The documents of a connection set aside, and those waiting for a record they refer to. */
export async function syncIssues(db: TouchstoneDb, connectionId: string): Promise<SyncIssue[]> {
  return db.syncIssues.where('connectionId').equals(connectionId).toArray();
}
