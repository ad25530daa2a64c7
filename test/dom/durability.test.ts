import { TEST_NOW } from '../support/clock';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../renderer/src/app/i18n';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { readAuditBundle } from '../../renderer/src/db/commands/audits';
import {
  isQuotaError,
  requestPersistentStorage,
  storageErrorMessage,
  StoreWatch,
} from '../../renderer/src/db/durability';
import { takeInTouchstoneFile } from '../../renderer/src/db/file-import';
import { updateRecord } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb | undefined;
beforeAll(async () => void (await initI18n('en')));
afterEach(() => db?.close());

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('recognising a full disk', () => {
  it('finds the quota error however it is wrapped', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(
      isQuotaError(new Error('write failed', { cause: new Dexie.AbortError('x', quota()) })),
    ).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota()] })).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('key exists'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(storageErrorMessage(new Error('other'))).toBeNull();
    expect(storageErrorMessage(quota())).toMatch(/^Storage is full: the last change was not saved/);
  });
});

/** A store watched as the app watches it, whose writes fail with a full disk once `full` is set. */
function watchedStore() {
  const store = freshDb();
  const watch = new StoreWatch();
  const onFull = vi.fn();
  watch.onStorageFull = onFull;
  const disk = { full: false };
  store.use({
    stack: 'dbcore',
    name: 'FullDisk',
    level: -20,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => (disk.full ? Promise.reject(quota()) : table.mutate(req)),
        };
      },
    }),
  });
  store.use(watch.middleware);
  return { store, watch, onFull, disk };
}

describe('the store watch', () => {
  it('counts writes in flight and resolves whenIdle once they are on disk', async () => {
    const { store, watch } = watchedStore();
    db = store;
    const made = await auditWithOneOfEach(store);
    expect(watch.getSnapshot()).toMatchObject({ pendingWrites: 0, storageFull: false });
    const seen: number[] = [];
    const stop = watch.subscribe(() => seen.push(watch.getSnapshot().pendingWrites));
    const edit = updateRecord(store, 'promises', made.promise.id, { importance: 2 });
    await watch.whenIdle();
    await edit;
    stop();
    expect(Math.max(...seen)).toBe(1);
    expect(watch.getSnapshot().pendingWrites).toBe(0);
    expect((await store.promises.get(made.promise.id))?.importance).toBe(2);
  });

  it('reports a full disk once, leaves the store as it was, and clears on the next good write', async () => {
    const { store, watch, onFull, disk } = watchedStore();
    db = store;
    const made = await auditWithOneOfEach(store);
    const text = serializeAuditFile(await readAuditBundle(store, made.audit.id), 'test', TEST_NOW);
    const before = await Promise.all(store.tables.map((t) => t.toArray()));

    disk.full = true;
    const failure = await takeInTouchstoneFile(store, new TextEncoder().encode(text)).catch(
      (e: unknown) => e,
    );
    expect(isQuotaError(failure)).toBe(true);
    expect(storageErrorMessage(failure)).toMatch(/^Storage is full/);
    await expect(
      updateRecord(store, 'promises', made.promise.id, { importance: 1 }),
    ).rejects.toSatisfy(isQuotaError);
    await watch.whenIdle();
    expect(onFull).toHaveBeenCalledTimes(1);
    expect(watch.getSnapshot()).toMatchObject({ pendingWrites: 0, storageFull: true });
    disk.full = false;
    expect(await Promise.all(store.tables.map((t) => t.toArray()))).toEqual(before);

    await updateRecord(store, 'promises', made.promise.id, { importance: 1 });
    expect(watch.getSnapshot().storageFull).toBe(false);
  });
});

describe('persistent storage', () => {
  it('is asked for once, and reported as the browser answers', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe(
      'persisted',
    );
    expect(persist).toHaveBeenCalledTimes(1);
    const again = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist: again })).toBe(
      'persisted',
    );
    expect(again).not.toHaveBeenCalled();
    expect(
      await requestPersistentStorage({ persisted: async () => false, persist: async () => false }),
    ).toBe('best-effort');
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(
      await requestPersistentStorage({
        persisted: async () => false,
        persist: () => Promise.reject(new Error('no')),
      }),
    ).toBe('unsupported');
  });
});
