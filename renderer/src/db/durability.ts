import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import i18next from 'i18next';
import { LocalizedError } from '../../../shared/domain';

/**
 * Keeping what people type: the store's write watch (how many writes are in flight, and
 * whether the last one failed because the disk or the browser's quota is full), the
 * recognition of a full storage however the browser and Dexie say it, and the request for
 * persistent storage so that the browser does not clear the database under storage pressure.
 */

const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded', 'StorageFullError']);
/** DOMException's legacy code for QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;
/**
 * A disk that is really full, in the browser's words: Chromium's IndexedDB aborts with an
 * UnknownError that names the file system's error ("IO error: …: FILE_ERROR_NO_SPACE"), not
 * with a QuotaExceededError, when the disk fills before the origin's quota does.
 */
const NO_SPACE = /no[\s_-]?space|disk (is )?full|SQLITE_FULL|ENOSPC/i;
/**
 * What an operation fails with once its transaction has ended: IndexedDB's own errors for a
 * finished or inactive transaction, and Dexie's for an aborted one or a connection the
 * browser closed after a failed write.
 */
const AFTER_END = new Set([
  'InvalidStateError',
  'TransactionInactiveError',
  'AbortError',
  'PrematureCommitError',
  'DatabaseClosedError',
]);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** Whether an error, or one it wraps, satisfies `test` (Dexie's `inner`, `cause`, a BulkError's failures). */
function anyWrapped(error: unknown, test: (e: ErrorLike) => boolean, depth = 0): boolean {
  if (depth > 6 || typeof error !== 'object' || error === null) return false;
  const e = error as ErrorLike;
  if (test(e)) return true;
  if (anyWrapped(e.inner, test, depth + 1) || anyWrapped(e.cause, test, depth + 1)) return true;
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : [];
  return failures.some((f) => anyWrapped(f, test, depth + 1));
}

/**
 * Whether an error says that storage is full: a QuotaExceededError (the origin's quota), a
 * browser error naming a full disk, or either wrapped as the `inner` error of Dexie's
 * AbortError, the `cause` of another error, or among the failures of a BulkError.
 */
export function isQuotaError(error: unknown): boolean {
  return anyWrapped(error, (e) => {
    if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
    if ((e.name === 'DOMException' || e instanceof DOMException) && e.code === QUOTA_CODE)
      return true;
    return e.name === 'UnknownError' && typeof e.message === 'string' && NO_SPACE.test(e.message);
  });
}

/** Whether an error is one an operation on a transaction that has already ended fails with. */
export function isAfterEndError(error: unknown): boolean {
  return anyWrapped(error, (e) => typeof e.name === 'string' && AFTER_END.has(e.name));
}

/**
 * A write that failed because its transaction had been aborted for lack of space: the error
 * it failed with (an InvalidStateError, say) is kept as `cause`, the browser's reason as `inner`.
 */
export class StorageFullError extends LocalizedError {
  override readonly name = 'StorageFullError';
  constructor(
    readonly inner: unknown,
    cause: unknown,
  ) {
    super('errors.store.storageFull', {}, { cause });
  }
}

/** Why IndexedDB aborted a transaction (its `error`), once it has; null while it stands. */
function abortReason(trans: DBCoreTransaction): unknown {
  return (trans as { error?: unknown }).error ?? null;
}

/** The words for a storage-full failure, or null when the error is something else. */
export function storageErrorMessage(error: unknown, watch?: StoreWatch): string | null {
  return (watch ?? storeWatch).isStorageFull(error) ? i18next.t('safety.storageFull') : null;
}

/** The store's state as the save indicator shows it. */
export interface StoreHealth {
  /** Read-write transactions started and not yet finished. */
  pendingWrites: number;
  /** Set when a write was refused because storage is full; cleared by the next good write. */
  storageFull: boolean;
  /** How many writes have completed since start; 0 until the first. */
  completedWrites: number;
}

type Listener = () => void;

/** Tables of what is derived from the records (db/score-snapshots.ts): writing them alone saves no one's work. */
const DERIVED_TABLES = new Set(['scoreSnapshots', 'evidenceRevisions']);

/**
 * Watches every read-write transaction of a database through a Dexie middleware: counts
 * those in flight (so the app can say "Saving…" and wait before it quits or backs up), and
 * notices a transaction refused because storage is full, whatever command made it.
 */
export class StoreWatch {
  private health: StoreHealth = { pendingWrites: 0, storageFull: false, completedWrites: 0 };
  private readonly listeners = new Set<Listener>();
  private idle: (() => void)[] = [];
  private lastQuotaReport = -Infinity;

  /**
   * Called once per burst of quota failures (several within a few seconds are one event),
   * so a message is shown once, not once per record. The app sets it at start-up.
   */
  onStorageFull: () => void = () => undefined;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** The Dexie middleware; install with `db.use(watch.middleware)` before opening. */
  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'StoreWatch',
    // Below Dexie's own middlewares, nearest to IndexedDB: it sees every transaction.
    level: -5,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const tx = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && !stores.every((s) => DERIVED_TABLES.has(s))) this.track(tx);
        return tx;
      },
      table: (name) => this.watchTable(down.table(name)),
    }),
  };

  /**
   * Every operation of a table, watched: a failure while its transaction stands aborted for
   * lack of space is that lack of space (a request made after the abort fails with an
   * InvalidStateError, a bulk write with AbortErrors), said as a StorageFullError at once —
   * before the transaction's abort event, which comes a task later.
   */
  private watchTable(table: DBCoreTable): DBCoreTable {
    /** Throws what a failed operation says: a lack of space when its transaction was aborted for one. */
    const failed = (trans: DBCoreTransaction, error: unknown): never => {
      if (isQuotaError(error)) this.quota();
      else {
        const reason = abortReason(trans);
        if (isQuotaError(reason)) {
          this.quota();
          throw new StorageFullError(reason, error);
        }
      }
      throw error;
    };
    const watched =
      <R extends { trans: DBCoreTransaction }, T>(op: (req: R) => Promise<T>) =>
      (req: R): Promise<T> =>
        op(req).catch((error: unknown) => failed(req.trans, error));
    return {
      ...table,
      get: watched(table.get.bind(table)),
      getMany: watched(table.getMany.bind(table)),
      query: watched(table.query.bind(table)),
      openCursor: watched(table.openCursor.bind(table)),
      count: watched(table.count.bind(table)),
      mutate: watched((req: DBCoreMutateRequest) =>
        table.mutate(req).then((res: DBCoreMutateResponse) => {
          // A bulk write reports its records' failures rather than failing: the AbortErrors
          // of an abort for lack of space are that lack of space.
          const failures = Object.values(res.failures ?? {});
          if (failures.some((f) => isQuotaError(f))) this.quota();
          else if (failures.length > 0 && isQuotaError(abortReason(req.trans)))
            failed(req.trans, failures[0]);
          return res;
        }),
      ),
    };
  }

  /**
   * Whether a failure is storage being full: the browser or Dexie said so, or it is a failure
   * of an operation on a transaction that has ended (an InvalidStateError, say) while the
   * store's last failed write was refused for lack of space and no write has succeeded since.
   */
  isStorageFull(error: unknown): boolean {
    return isQuotaError(error) || (this.health.storageFull && isAfterEndError(error));
  }

  /** The current state, for useSyncExternalStore. */
  getSnapshot = (): StoreHealth => this.health;

  /** Calls back on every change of the state. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Resolves once no read-write transaction is in flight. */
  whenIdle(): Promise<void> {
    if (this.health.pendingWrites === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private set(next: Partial<StoreHealth>) {
    this.health = { ...this.health, ...next };
    for (const listener of this.listeners) listener();
    if (this.health.pendingWrites === 0 && this.idle.length > 0) {
      const waiting = this.idle;
      this.idle = [];
      waiting.forEach((resolve) => resolve());
    }
  }

  private track(tx: DBCoreTransaction) {
    const events = tx as unknown as Partial<EventTarget>;
    if (typeof events.addEventListener !== 'function') return;
    this.set({ pendingWrites: this.health.pendingWrites + 1 });
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      // A transaction aborted for lack of space says so in its `error`, however its requests failed.
      if (!ok && isQuotaError(abortReason(tx))) this.quota();
      this.set({
        pendingWrites: this.health.pendingWrites - 1,
        ...(ok ? { storageFull: false, completedWrites: this.health.completedWrites + 1 } : {}),
      });
    };
    events.addEventListener('complete', () => settle(true));
    events.addEventListener('abort', () => settle(false));
  }

  private quota() {
    if (!this.health.storageFull) this.set({ storageFull: true });
    const at = this.now();
    if (at - this.lastQuotaReport < 5000) return;
    this.lastQuotaReport = at;
    this.onStorageFull();
  }
}

/** Whether the browser keeps this app's data until the person deletes it. */
export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep the database even under storage pressure
 * (navigator.storage.persist). Without it, a browser may clear a site's data when the disk
 * runs low; the answer is shown beside the backups.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<Persistence> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

/** How much the origin stores and may store, in bytes, when the browser tells. */
export async function storageEstimate(
  storage: Pick<StorageManager, 'estimate'> | undefined = globalThis.navigator?.storage,
): Promise<{ usage: number; quota: number } | null> {
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}

/** The watch on the app's own database (installed by main.tsx before the store opens). */
export const storeWatch = new StoreWatch();
