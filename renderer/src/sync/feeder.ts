import type { SyncConnection } from '../../../shared/sync/connection';
import { parseDocId, type RecordDoc, type SyncedRecord } from '../../../shared/sync/documents';
import {
  acceptedFromManager,
  forManager,
  managerDocIds,
  TeamDocSchema,
  TEAM_DOC_ID,
  type TeamManager,
} from '../../../shared/sync/managers';
import type { TouchstoneDb } from '../db/schema';
import type { PouchFactory } from './session';

/**
 * A consultant's laptop feeds each manager's database (docs/sync.md, "Field managers"): what
 * the manager's field pack would hold goes in as the team's own revisions (a promise with its
 * belief taken out), and what the manager does in the field comes back, through a filtered
 * pull that takes only their visits, their own observations and photos. The managers are
 * listed in the team database's team document, written by `touchstone sync setup`.
 */

interface Feeding {
  fedSeq: string | number | null;
}
const feeding = new WeakMap<PouchDB.Database, Feeding>();

/** Whether a document from a manager's database may come back into the team's replica. */
export function fromManagerFilter(manager: TeamManager) {
  return (doc: Partial<RecordDoc>): boolean => {
    const named = typeof doc._id === 'string' ? parseDocId(doc._id) : null;
    if (!named || doc._deleted || !doc.record) return false;
    return acceptedFromManager(
      named.entity,
      doc.record as unknown as SyncedRecord,
      manager.observer,
    );
  };
}

async function teamOf(local: PouchDB.Database): Promise<TeamManager[]> {
  try {
    const parsed = TeamDocSchema.safeParse(await local.get(TEAM_DOC_ID));
    return parsed.success ? parsed.data.managers : [];
  } catch {
    return [];
  }
}

/**
 * Sends each manager's database what is theirs and keeps pulling what they do; returns how
 * many documents of theirs came into the replica.
 */
export async function feedManagers(
  db: TouchstoneDb,
  local: PouchDB.Database,
  pouch: PouchFactory,
  connection: SyncConnection,
): Promise<number> {
  const managers = await teamOf(local);
  if (managers.length === 0 || !connection.auditId) return 0;
  const state = feeding.get(local) ?? { fedSeq: null };
  feeding.set(local, state);
  const seq = (await local.info()).update_seq;
  if (seq !== state.fedSeq) {
    const auditId = connection.auditId;
    const audit = await db.audits.get(auditId);
    if (!audit) return 0;
    const byAudit = <T>(name: string) =>
      db.table(name).where('auditId').equals(auditId).toArray() as Promise<T[]>;
    const records = {
      audit,
      stages: await byAudit<SyncedRecord>('stages'),
      channels: await byAudit<SyncedRecord>('channels'),
      touchpoints: await byAudit<never>('touchpoints'),
      promises: await byAudit<never>('promises'),
      visits: await byAudit<never>('visits'),
    };
    for (const manager of managers) {
      await push(
        local,
        pouch.remote(connection, manager.database),
        managerDocIds(records, manager.observer),
      );
    }
    state.fedSeq = seq;
  }
  // What the managers did comes back through a filtered, checkpointed pull, once a round (the
  // session runs a round when anything changes, and every POLL_MS while it runs).
  let brought = 0;
  for (const manager of managers) {
    const remote = pouch.remote(connection, manager.database);
    const pulled = await local.replicate.from(remote, {
      filter: fromManagerFilter(manager) as never,
    });
    brought += pulled.docs_written;
  }
  return brought;
}

/** How often a consultant's laptop looks for the managers' work when nothing else happens. */
export const POLL_MS = 15_000;

/** Forgets what was fed (the session stops). */
export function stopFeeding(local: PouchDB.Database): void {
  feeding.delete(local);
}

/**
 * Puts the team's current revisions of these documents into a manager's database, as those
 * revisions (new_edits: false, with their history), so the manager's copies and the team's are
 * one document: a visit edited on both sides is a CouchDB conflict like any other.
 */
async function push(local: PouchDB.Database, remote: PouchDB.Database, ids: string[]) {
  if (ids.length === 0) return;
  const held = await local.allDocs({ keys: ids });
  const revs: Record<string, string[]> = {};
  for (const row of held.rows as { id: string; value?: { rev: string; deleted?: boolean } }[])
    if (row.value && !row.value.deleted) revs[row.id] = [row.value.rev];
  const missing = await remote.revsDiff(revs);
  const wanted = Object.keys(missing);
  if (wanted.length === 0) return;
  const got = await local.bulkGet({
    docs: wanted.map((id) => ({ id, rev: revs[id]![0]! })),
    revs: true,
    attachments: true,
  });
  const docs = got.results.flatMap((r) =>
    r.docs.flatMap((d) => ('ok' in d ? [d.ok as unknown as RecordDoc] : [])),
  );
  const projected = docs.map((d) => {
    const named = parseDocId(d._id);
    return named
      ? { ...d, record: forManager(named.entity, d.record as unknown as SyncedRecord) }
      : d;
  });
  await remote.bulkDocs(projected as never, { new_edits: false });
}
