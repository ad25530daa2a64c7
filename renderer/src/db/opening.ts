import { auditTables } from './commands/records';
import type { TouchstoneDb } from './schema';
import type { InterruptedWrite } from './work';

/**
 * What the app's start waits for while the store opens, said on the start screen within a
 * moment of the window appearing: a store of an older version being upgraded, another window
 * holding the store at an older version, a write cut short by the window closing (its
 * transaction is being undone, which holds the store meanwhile), another window's write
 * still under way, or just the opening; then the first reads.
 */
export type StartWait =
  | { kind: 'opening' }
  | { kind: 'upgrading' }
  | { kind: 'blocked' }
  | { kind: 'interrupted'; write: InterruptedWrite }
  | { kind: 'busy' }
  | { kind: 'reading' };

/** How long asking the browser for the store's version may take before the start goes on without. */
const VERSION_ASK_MS = 300;

/**
 * Whether opening the store will upgrade it: the version on disk is older than the schema's.
 * False where the browser cannot say (no `indexedDB.databases`), and on a first start.
 */
export async function storeNeedsUpgrade(db: TouchstoneDb): Promise<boolean> {
  const list = globalThis.indexedDB?.databases?.bind(globalThis.indexedDB);
  if (!list) return false;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), VERSION_ASK_MS));
  try {
    const found = (await Promise.race([list(), timeout]))?.find((d) => d.name === db.name);
    // Dexie keeps its version times ten in IndexedDB.
    return found?.version !== undefined && found.version > 0 && found.version < db.verno * 10;
  } catch {
    return false;
  }
}

/**
 * Opens the store, telling `show` what it waits for as that becomes known: the upgrade, the
 * interrupted write (`interrupted`, remembered by the work board) or another window's write
 * (`busy`) at once, another window's hold when the browser reports it. Resolves once the
 * store is open and no such write holds it.
 */
export async function openStore(
  db: TouchstoneDb,
  { interrupted, busy }: { interrupted: InterruptedWrite | null; busy: boolean },
  show: (wait: StartWait) => void,
): Promise<void> {
  if (busy) show({ kind: 'busy' });
  else show(interrupted ? { kind: 'interrupted', write: interrupted } : { kind: 'opening' });
  if (await storeNeedsUpgrade(db)) show({ kind: 'upgrading' });
  const onBlocked = () => show({ kind: 'blocked' });
  db.on('blocked', onBlocked);
  try {
    await db.open();
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
  // A read over every table a write takes waits for that write to end (committed, or undone
  // when its window closed): until then the screens would show no audits.
  if (interrupted || busy) await db.transaction('r', auditTables(db), () => db.audits.count());
}
