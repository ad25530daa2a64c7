import {
  ENTITIES,
  parseOrThrow,
  problem,
  ValidationError,
  type Visit,
} from '../../../../shared/domain';
import { conflictsOf, HUB, type RecordState } from '../../../../shared/fieldwork/merge';
import { combineVersions, isServerOrigin } from '../../../../shared/sync/conflicts';
import type { SyncedEntity, SyncedRecord } from '../../../../shared/sync/documents';
import { nowIso } from '../../platform/clock';
import type { Journal } from '../changes';
import type { FieldSyncEntry, TouchstoneDb } from '../schema';
import { syncLineEvidence } from './fieldwork';
import { auditTables, putRecord } from './records';

// The one review of conflicting versions of a record, whatever brought them: field results
// (an origin per pack) or the team database (an origin per CouchDB revision, `server:<rev>`).
// The fieldSync table remembers, per record, the versions beside the current one.

/** The key of a record in the fieldSync table. */
export const syncKey = (table: SyncedEntity, id: string) => `${table}:${id}`;

/** What the store holds of a record: the record here and the versions kept beside it. */
export async function stateOf<T extends SyncedRecord>(
  db: TouchstoneDb,
  table: SyncedEntity,
  id: string,
): Promise<{
  current: T | undefined;
  entry: FieldSyncEntry | undefined;
  state: RecordState<T> | undefined;
}> {
  const current = (await db.table(table).get(id)) as T | undefined;
  const entry = await db.fieldSync.get(syncKey(table, id));
  const state: RecordState<T> | undefined = current && {
    record: current,
    // A record written here since a merge set its origin is this laptop's own again.
    origin: entry && entry.originVersion === current.version ? entry.origin : HUB,
    others: (entry?.others ?? {}) as Record<string, T>,
    seen: entry?.seen ?? {},
  };
  return { current, entry, state };
}

/** A record whose versions disagree, for review. */
export interface Conflict {
  table: SyncedEntity;
  current: { origin: string; record: SyncedRecord };
  others: { origin: string; record: SyncedRecord }[];
}

/** Every record of an audit whose versions disagree and wait for review. */
export async function listConflicts(db: TouchstoneDb, auditId: string): Promise<Conflict[]> {
  const entries = await db.fieldSync.where('[auditId+conflicted]').equals([auditId, 1]).toArray();
  const out: Conflict[] = [];
  for (const e of entries) {
    const { state } = await stateOf(db, e.table, e.recordId);
    if (!state) continue;
    const others = conflictsOf(state);
    if (others.length > 0)
      out.push({ table: e.table, current: { origin: state.origin, record: state.record }, others });
  }
  return out;
}

/** How many records of an audit wait for review (the Scores screen says so). */
export async function countConflicts(db: TouchstoneDb, auditId: string): Promise<number> {
  return (await listConflicts(db, auditId)).length;
}

/** What a person decides in review: one version whole, or each differing field from a version. */
export type Resolution = { keep: string } | { fields: Readonly<Record<string, string>> };

/** Writes a record as the next version here (an audit's own settings included). */
async function writeVersion(
  db: TouchstoneDb,
  table: SyncedEntity,
  record: SyncedRecord,
  journal?: Journal,
): Promise<SyncedRecord> {
  if (table !== 'audits') return putRecord(db, table, record as never, journal);
  const before = await db.audits.get(record.id);
  const next = parseOrThrow(
    ENTITIES.audits.schema,
    { ...record, version: (before?.version ?? 0) + 1 },
    'audits',
  );
  await db.audits.put(next);
  journal?.push({ entity: 'audits', id: next.id, before: before ?? null, after: next });
  return next;
}

/**
 * Settles a conflict: the version chosen, or a version made of fields from several, becomes the
 * record (as this laptop's own edit) and the others are set aside. What was seen from each
 * origin is remembered, so importing the same results again does not raise the conflict anew,
 * and the team database's reviewed revisions are deleted when the record next goes to the
 * replica (sync/pump.ts), so every laptop ends with the same record and no conflict. Settling
 * a visit settles its lines: their evidence follows the version chosen.
 */
export async function resolveConflict(
  db: TouchstoneDb,
  table: SyncedEntity,
  recordId: string,
  resolution: Resolution | string,
  journal?: Journal,
): Promise<void> {
  const choice: Resolution = typeof resolution === 'string' ? { keep: resolution } : resolution;
  await db.transaction('rw', auditTables(db), async () => {
    const { current, entry, state } = await stateOf(db, table, recordId);
    if (!entry || !current || !state) return;
    const versions: Record<string, SyncedRecord> = { ...entry.others, [state.origin]: current };
    const fromServer = Object.keys(entry.others).filter(isServerOrigin);
    let next: SyncedRecord | null = null;
    if ('keep' in choice) {
      const chosen = versions[choice.keep];
      if (!chosen)
        throw new ValidationError('conflict', [problem('keep', 'errors.store.noVersion')]);
      if (choice.keep !== state.origin || fromServer.length > 0) next = chosen;
    } else {
      const picks: Record<string, Record<string, unknown>> = {};
      for (const [field, origin] of Object.entries(choice.fields)) {
        const from = versions[origin];
        if (!from)
          throw new ValidationError('conflict', [problem(field, 'errors.store.noVersion')]);
        picks[field] = from as unknown as Record<string, unknown>;
      }
      next = combineVersions(
        current as unknown as Record<string, unknown>,
        picks,
      ) as unknown as SyncedRecord;
    }
    let record = current;
    // A team-database conflict is always written, even to keep the current version: the write
    // is what deletes the reviewed revisions everywhere.
    if (next)
      record = await writeVersion(
        db,
        table,
        {
          ...next,
          id: current.id,
          createdAt: current.createdAt,
          version: current.version,
          updatedAt: nowIso(),
        } as SyncedRecord,
        journal,
      );
    const seen = { ...entry.seen };
    for (const origin of fromServer) seen[origin] = entry.others[origin]!.version;
    await db.fieldSync.put({
      ...entry,
      origin: HUB,
      originVersion: record.version,
      others: {},
      seen,
      conflicted: 0,
    });
    if (table === 'visits') await syncLineEvidence(db, record as Visit, journal);
  });
}
