import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import i18next from 'i18next';

/**
 * Keeping what people type: the store's write watch (how many writes are in flight, and
 * whether the last one failed because the disk or the browser's quota is full), the
 * recognition of quota errors however Dexie wraps them, and the request for persistent
 * storage so that the browser does not clear the database under storage pressure.
 */

const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded']);
/** DOMException's legacy code for QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

/**
 * Whether an error is the storage being full: a QuotaExceededError itself, or one wrapped as
 * the `inner` error of Dexie's AbortError, the `cause` of another error, or among the
 * failures of a BulkError.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== 'object' || error === null) return false;
  const e = error as {
    name?: unknown;
    code?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.name === 'DOMException' || error instanceof DOMException) {
    if (e.code === QUOTA_CODE) return true;
  }
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/** The words for a storage-full failure, or null when the error is something else. */
export function storageErrorMessage(error: unknown): string | null {
  return isQuotaError(error) ? i18next.t('safety.storageFull') : null;
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
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) =>
            table.mutate(req).then(
              (res) => {
                if (res.numFailures > 0 && Object.values(res.failures).some((f) => isQuotaError(f)))
                  this.quota();
                return res;
              },
              (error: unknown) => {
                if (isQuotaError(error)) this.quota();
                throw error;
              },
            ),
        };
      },
    }),
  };

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
    const events = tx as unknown as Partial<EventTarget> & { error?: unknown };
    if (typeof events.addEventListener !== 'function') return;
    this.set({ pendingWrites: this.health.pendingWrites + 1 });
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      if (!ok && isQuotaError(events.error)) this.quota();
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
