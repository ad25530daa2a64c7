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
import { syncVisitsLineEvidence } from './fieldwork';
import { auditTables } from './records';
import { referenceProblems } from './references';

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
  patch: Partial<
    Pick<SyncConnection, 'auditId' | 'lastSyncAt' | 'appliedSeq' | 'firstSeq' | 'enabled'>
  >,
): Promise<void> {
  await db.syncConnections.update(id, patch);
}

/** Disconnects an audit from its team database: the audit stays here, nothing more is sent. */
export async function deleteConnection(db: TouchstoneDb, id: string): Promise<void> {
  await db.transaction('rw', auditTables(db), async () => {
    const connection = await db.syncConnections.get(id);
    await db.syncConnections.delete(id);
    await db.syncIssues.where('connectionId').equals(id).delete();
    if (connection?.auditId) {
      await db.syncOutbox.where('auditId').equals(connection.auditId).delete();
      // The revisions its records were in step with are the replica's, deleted with it.
      const auditId = connection.auditId;
      const keys = [`audits:${auditId}`];
      for (const entity of SYNCED_ENTITIES) {
        if (entity === 'audits') continue;
        const ids = await db.table(entity).where('auditId').equals(auditId).primaryKeys();
        for (const id of ids) keys.push(`${entity}:${String(id)}`);
      }
      await db.syncRevs.bulkDelete(keys);
    }
  });
  await refreshConnectedAudits(db);
}

/** Tells the outbox which audits replicate, from the stored connections. */
export async function refreshConnectedAudits(db: TouchstoneDb): Promise<void> {
  const connections = await db.syncConnections.toArray();
  setConnectedAudits(connections.flatMap((c) => (c.auditId ? [c.auditId] : [])));
}

/**
 * Up to `limit` entries of an audit's outbox, what is referred to first (SYNCED_ENTITIES'
 * order): the team database then holds an audit's records in the order a laptop joining it
 * can apply them, rather than its observations waiting for their promises and visits.
 */
export async function outboxBatch(
  db: TouchstoneDb,
  auditId: string,
  limit: number,
): Promise<SyncOutboxEntry[]> {
  const batch: SyncOutboxEntry[] = [];
  for (const entity of SYNCED_ENTITIES) {
    if (batch.length >= limit) break;
    const found = await db.syncOutbox
      .where('key')
      .between(`${entity}:`, `${entity}:\uffff`)
      .filter((e) => e.auditId === auditId)
      .limit(limit - batch.length)
      .toArray();
    batch.push(...found);
  }
  return batch;
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

/**
 * Writes a batch of the server's versions into an audit, in one transaction, as none of the
 * local history: a record whose document is malformed or hostile is set aside and reported
 * (never written) and the rest goes on; one that refers to a record not here yet waits for it;
 * a document with conflicting versions becomes the winning version here, the others waiting in
 * the review beside it. The checkpoint moves in the same transaction, so a batch is applied
 * once, whatever stops the app. Each kind of record is read and written together, what is
 * referred to first (SYNCED_ENTITIES' order), so a batch costs a few reads and writes per
 * table rather than several per document. A first replication's batch (`firstReplication`)
 * does not record the revision each record is in step with: the replica tells it (pump.ts).
 */
export async function applyRemoteBatch(
  db: TouchstoneDb,
  connection: SyncConnection,
  items: readonly RemoteItem[],
  checkpoint: string | number,
  firstReplication = false,
): Promise<RemoteBatchResult> {
  const result: RemoteBatchResult = {
    written: 0,
    removed: 0,
    setAside: 0,
    waiting: 0,
    conflicts: 0,
  };
  await db.transaction('rw', auditTables(db), async () => {
    markRemoteTransaction();
    // A record written here and not yet in the replica keeps its local version: the outbox
    // puts it in the replica beside this one (a conflict), and the replica's winner comes back.
    // What is held beside the records, read by key once a batch (mostly nothing, so a batch
    // does not look for each of its documents in each table).
    const auditId = connection.auditId ?? '';
    const held: Held = {
      queued: new Set(await db.syncOutbox.where('auditId').equals(auditId).primaryKeys()),
      issues: new Set(
        await db.syncIssues.where('connectionId').equals(connection.id).primaryKeys(),
      ),
      fieldSync: new Set(await db.fieldSync.where('auditId').equals(auditId).primaryKeys()),
    };
    const live = items.filter((i) => !held.queued.has(i.docId));
    for (const entity of SYNCED_ENTITIES) {
      const group = live
        .filter((i) => i.entity === entity)
        .sort((a, b) => a.docId.localeCompare(b.docId));
      if (group.length > 0)
        await applyGroup(db, connection, entity, group, held, result, firstReplication);
    }
    await db.syncConnections.update(connection.id, { appliedSeq: checkpoint });
  });
  return result;
}

type ReadItem = RemoteItem & { reading: Extract<DocReading, { ok: true }> };

/** The keys of a batch's audit in the outbox, its connection's issues, its field-sync entries. */
interface Held {
  queued: Set<string>;
  issues: Set<string>;
  fieldSync: Set<string>;
}

/** applyRemoteBatch for the documents of one kind of record. */
async function applyGroup(
  db: TouchstoneDb,
  connection: SyncConnection,
  entity: SyncedEntity,
  group: readonly RemoteItem[],
  held: Held,
  result: RemoteBatchResult,
  firstReplication: boolean,
): Promise<void> {
  const issueId = (item: RemoteItem) => `${connection.id}|${item.docId}`;
  const table = db.table(entity);
  const gone = group.filter((i) => i.deleted);
  if (gone.length > 0) {
    await db.syncRevs.bulkDelete(gone.map((i) => i.docId));
    await table.bulkDelete(gone.map((i) => i.recordId));
    await db.fieldSync.bulkDelete(gone.map((i) => `${i.entity}:${i.recordId}`));
    await db.syncIssues.bulkDelete(gone.map(issueId));
    result.removed += gone.length;
  }
  const issues: SyncIssue[] = [];
  const readable: ReadItem[] = [];
  for (const item of group) {
    if (item.deleted) continue;
    if (item.reading?.ok && connection.auditId) readable.push(item as ReadItem);
    else {
      const problems = item.reading && !item.reading.ok ? item.reading.problems : [];
      issues.push(issueOf(connection, item, problems, false));
      result.setAside++;
    }
  }
  const missing =
    entity === 'audits' || readable.length === 0
      ? readable.map(() => [])
      : await referenceProblems(
          db,
          entity,
          readable.map((i) => i.reading.record as never),
        );
  const accepted: ReadItem[] = [];
  readable.forEach((item, i) => {
    const problems = missing[i]!;
    if (problems.length === 0) accepted.push(item);
    else {
      issues.push(issueOf(connection, item, problems, true));
      result.waiting++;
    }
  });
  if (issues.length > 0) await db.syncIssues.bulkPut(issues);
  if (accepted.length === 0) return;
  const settled = accepted.map(issueId).filter((id) => held.issues.has(id));
  if (settled.length > 0) await db.syncIssues.bulkDelete(settled);
  // On a first replication the revision is told from the replica when it is needed (the
  // connection's firstSeq; pump.ts): a write less for every record of a large audit.
  if (!firstReplication)
    await db.syncRevs.bulkPut(accepted.map((i) => ({ key: i.docId, rev: i.rev })));
  // Written whether or not the store holds the same already: reading each record first to
  // tell would cost as much as the write (this laptop's own revisions coming back are passed
  // by before: applyReplica, isOwnRevision).
  const records = accepted.map((i) => i.reading.record);
  await table.bulkPut(records);
  if (entity === 'visits') await syncVisitsLineEvidence(db, records as Visit[]);
  result.written += records.length;
  result.conflicts += await keepConflicts(db, entity, accepted, held.fieldSync);
}

function issueOf(
  connection: SyncConnection,
  item: RemoteItem,
  problems: readonly ErrorText[],
  waiting: boolean,
): SyncIssue {
  return {
    id: `${connection.id}|${item.docId}`,
    connectionId: connection.id,
    docId: item.docId,
    rev: item.rev,
    problems: problems.length > 0 ? problems.slice(0, 10) : [reason('errors.sync.docUnreadable')],
    waiting,
  };
}

/**
 * Keeps documents' conflicting versions for review, beside field results' versions of the
 * same records; forgets server versions no longer in conflict (resolved on another laptop).
 * Returns how many of the records wait for review.
 */
async function keepConflicts(
  db: TouchstoneDb,
  entity: SyncedEntity,
  items: readonly ReadItem[],
  kept: ReadonlySet<string>,
): Promise<number> {
  const ids = items.map((i) => `${entity}:${i.reading.record.id}`);
  const wanted = ids.filter((id) => kept.has(id));
  const found = wanted.length > 0 ? await db.fieldSync.bulkGet(wanted) : [];
  const byId = new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  const entries = ids.map((id) => byId.get(id));
  const next: FieldSyncEntry[] = [];
  let waiting = 0;
  items.forEach((item, i) => {
    const record = item.reading.record;
    const entry = entries[i];
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
    if (conflicted) waiting++;
    if (!entry && !conflicted) return;
    next.push({
      id: ids[i]!,
      auditId: auditIdOf(entity, record),
      table: entity,
      recordId: record.id,
      origin:
        entry && entry.originVersion === record.version ? entry.origin : serverOrigin(item.rev),
      originVersion: record.version,
      others,
      seen: entry?.seen ?? {},
      conflicted: conflicted ? 1 : 0,
    });
  });
  if (next.length > 0) await db.fieldSync.bulkPut(next);
  return waiting;
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
