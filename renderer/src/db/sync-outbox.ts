import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { isSyncedEntity, type SyncedEntity } from '../../../shared/sync/documents';
import type { SyncOutboxEntry } from './schema';

/**
 * The sync outbox: every record written to a synced table of an audit connected to a team
 * database is named here, in the same transaction as the write, so that no command, import,
 * merge, undo or restore can change such a record without the replica hearing of it — even
 * when the app stops before the sync engine took it. Writes that came from the server (marked
 * with markRemoteTransaction) are not named: they are not this laptop's to send.
 */

export const OUTBOX_TABLE = 'syncOutbox';

const connected = new Set<string>();
const remote = new WeakSet<object>();
const listeners = new Set<() => void>();

/** Says which audits replicate; only their writes are named (an import elsewhere costs nothing). */
export function setConnectedAudits(auditIds: Iterable<string>): void {
  connected.clear();
  for (const id of auditIds) connected.add(id);
}

/** Adds one audit to those whose writes are named in the outbox (it was just connected). */
export function addConnectedAudit(auditId: string): void {
  connected.add(auditId);
}

/** Calls back after a transaction that named records has been written. */
export function onOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks the running transaction as bringing the server's versions: its writes are not named. */
export function markRemoteTransaction(): void {
  const trans = Dexie.currentTransaction as unknown as { idbtrans?: object } | null;
  if (trans?.idbtrans) remote.add(trans.idbtrans);
}

function entriesOf(
  table: SyncedEntity,
  req: DBCoreMutateRequest,
  before: unknown[],
): SyncOutboxEntry[] {
  const out: SyncOutboxEntry[] = [];
  const add = (record: unknown) => {
    const r = record as { id?: unknown; auditId?: unknown } | undefined;
    if (!r || typeof r.id !== 'string') return;
    const auditId = table === 'audits' ? r.id : r.auditId;
    if (typeof auditId !== 'string' || !connected.has(auditId)) return;
    out.push({ key: `${table}:${r.id}`, auditId, entity: table, recordId: r.id });
  };
  if (req.type === 'add' || req.type === 'put') req.values.forEach(add);
  before.forEach(add);
  return out;
}

function hasOutbox(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return names?.contains(OUTBOX_TABLE) ?? false;
}

/** The Dexie middleware that keeps the outbox; TouchstoneDb installs it. */
export const syncOutboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SyncOutbox',
  level: -4,
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.some(isSyncedEntity) && !stores.includes(OUTBOX_TABLE)
          ? [...stores, OUTBOX_TABLE]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (!isSyncedEntity(name)) return table;
      return {
        ...table,
        // Not async where nothing is named: an extra native promise in a Dexie transaction's
        // chain can let it commit early (PrematureCommitError).
        mutate: (req) =>
          connected.size === 0 || remote.has(req.trans) || !hasOutbox(req.trans)
            ? table.mutate(req)
            : named(req),
      };
      async function named(req: DBCoreMutateRequest) {
        // Deletions name the records they remove, read first (to learn their audit).
        const before =
          req.type === 'delete' ? await table.getMany({ trans: req.trans, keys: req.keys }) : [];
        const result = await table.mutate(req);
        const entries = entriesOf(name as SyncedEntity, req, before);
        if (entries.length > 0) {
          await down.table(OUTBOX_TABLE).mutate({ trans: req.trans, type: 'put', values: entries });
          const idb = req.trans as unknown as IDBTransaction;
          idb.addEventListener?.('complete', () => listeners.forEach((l) => l()));
        }
        return result;
      }
    },
  }),
};
