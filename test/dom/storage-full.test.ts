import { TEST_NOW } from '../support/clock';
import fc from 'fast-check';
import type { DBCoreTransaction } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/app/i18n';
import { errorText } from '../../renderer/src/app/error-text';
import i18next from 'i18next';
import { parseFieldResults } from '../../shared/fieldwork/pack-file';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { readAuditBundle } from '../../renderer/src/db/commands/audits';
import { importFieldResults } from '../../renderer/src/db/commands/field-packs';
import { addPhoto } from '../../renderer/src/db/commands/fieldwork';
import { updateRecord } from '../../renderer/src/db/commands/records';
import { replaceAuditWithBackup, restoreAsNewAudit } from '../../renderer/src/db/commands/restore';
import {
  isQuotaError,
  storageErrorMessage,
  StorageFullError,
  StoreWatch,
} from '../../renderer/src/db/durability';
import { takeInTouchstoneFile } from '../../renderer/src/db/file-import';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { pngPixel } from '../support/photo-bytes';
import { validFieldResults } from '../support/valid-files';
import { auditWithOneOfEach, freshDb } from './helpers';

/**
 * A full disk, however the write that meets it fails. Chromium aborts a transaction when the
 * disk fills under it (an UnknownError naming the file system's "no space") or the origin's
 * quota is used up (a QuotaExceededError); the command's next request then fails with an
 * InvalidStateError ("the transaction has finished"), and a bulk write in flight with
 * AbortErrors. Each of those is the full disk, for every path that writes.
 */

beforeAll(async () => void (await initI18n('en')));

/** Chromium's words when the disk under the profile fills (seen with a 40 MB profile). */
const NO_SPACE =
  'Connection is closing because of: IO error: .../http_127.0.0.1_5194.indexeddb.leveldb/000066.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)';

type Reason = 'quota' | 'disk' | 'other';

/**
 * Aborts a transaction as the browser does, with its `error` set: fake-indexeddb's own abort
 * step (the spec's "abort a transaction" with an error), which marks the transaction finished
 * at once and fires its abort event a task later, as Chromium does.
 */
function abortAsTheBrowser(trans: DBCoreTransaction, reason: Reason) {
  const tx = trans as unknown as { _abort(name: string): void; error: DOMException | null };
  if (reason === 'quota') tx._abort('QuotaExceededError');
  else {
    tx._abort('UnknownError');
    tx.error = new DOMException(reason === 'disk' ? NO_SPACE : 'Internal error.', 'UnknownError');
  }
}

/**
 * A store watched as the app watches it, whose browser aborts the transaction of the write
 * numbered `at` for `reason`: before the write is made (it then fails on a finished
 * transaction) or just after (its requests fail with AbortErrors).
 */
function fillingStore() {
  const store = freshDb();
  const watch = new StoreWatch();
  const disk = { writes: 0, at: Infinity, reason: 'disk' as Reason, after: false };
  store.use({
    stack: 'dbcore',
    name: 'FillingDisk',
    level: -20,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            disk.writes++;
            if (disk.writes !== disk.at) return table.mutate(req);
            if (!disk.after) {
              abortAsTheBrowser(req.trans, disk.reason);
              return table.mutate(req);
            }
            const made = table.mutate(req);
            abortAsTheBrowser(req.trans, disk.reason);
            return made;
          },
        };
      },
    }),
  });
  store.use(watch.middleware);
  return { store, watch, disk };
}

async function snapshot(db: TouchstoneDb) {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

type Prepared = { store: TouchstoneDb; run: () => Promise<unknown> };

/** Every path that writes, each prepared on a store holding one audit of one of each. */
const paths: [string, (store: TouchstoneDb) => Promise<() => Promise<unknown>>][] = [
  [
    'import of an audit file',
    async (store) => {
      const made = await auditWithOneOfEach(store);
      const text = serializeAuditFile(
        await readAuditBundle(store, made.audit.id),
        'test',
        TEST_NOW,
      );
      return () => takeInTouchstoneFile(store, new TextEncoder().encode(text));
    },
  ],
  [
    'merge of field results',
    async (store) => {
      const made = await auditWithOneOfEach(store);
      const results = parseFieldResults(
        validFieldResults(await readAuditBundle(store, made.audit.id)),
      );
      return () => importFieldResults(store, results);
    },
  ],
  [
    'restore over the audit',
    async (store) => {
      const made = await auditWithOneOfEach(store);
      const bundle = await readAuditBundle(store, made.audit.id);
      return () => replaceAuditWithBackup(store, bundle);
    },
  ],
  [
    'restore as a new audit',
    async (store) => {
      const made = await auditWithOneOfEach(store);
      const bundle = await readAuditBundle(store, made.audit.id);
      return () => restoreAsNewAudit(store, bundle, 'Restored');
    },
  ],
  [
    'edit',
    async (store) => {
      const made = await auditWithOneOfEach(store);
      return () => updateRecord(store, 'promises', made.promise.id, { importance: 2 });
    },
  ],
  [
    'photo',
    async (store) => {
      const made = await auditWithOneOfEach(store);
      return () =>
        addPhoto(store, made.audit.id, { name: 'till.png', type: 'image/png', data: pngPixel() });
    },
  ],
];

/** How many writes a path makes when nothing goes wrong. */
async function writesOf(prepare: (store: TouchstoneDb) => Promise<() => Promise<unknown>>) {
  const { store, disk } = fillingStore();
  const run = await prepare(store);
  disk.writes = 0;
  await run();
  store.close();
  return disk.writes;
}

describe('a full disk met in the middle of a write', () => {
  for (const [name, prepare] of paths) {
    it(`${name}: is said as a full disk, whichever request meets it, and changes nothing`, async () => {
      const total = await writesOf(prepare);
      expect(total, 'writes the path makes').toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: total }),
          fc.constantFrom<Reason>('quota', 'disk'),
          fc.boolean(),
          async (at, reason, after) => {
            const { store, watch, disk } = fillingStore();
            const run: Prepared['run'] = await prepare(store);
            const before = await snapshot(store);
            Object.assign(disk, { writes: 0, at, reason, after });
            const failure = await run().then(
              () => null,
              (error: unknown) => error,
            );
            disk.at = Infinity;
            const where = `${reason}, at write ${at} of ${total}${after ? ', after it' : ''}`;
            expect(failure, where).not.toBeNull();
            expect(watch.isStorageFull(failure), `${where}: ${String(failure)}`).toBe(true);
            expect(storageErrorMessage(failure, watch), where).toMatch(/^Storage is full/);
            expect(watch.getSnapshot().storageFull, where).toBe(true);
            expect(await snapshot(store), where).toEqual(before);
            store.close();
          },
        ),
        { numRuns: Math.min(24, total * 4) },
      );
    }, 60_000);
  }

  it('an abort for another reason is not called a full disk', async () => {
    const { store, watch, disk } = fillingStore();
    const made = await auditWithOneOfEach(store);
    Object.assign(disk, { writes: 0, at: 1, reason: 'other' as Reason, after: false });
    const failure = await updateRecord(store, 'promises', made.promise.id, {
      importance: 2,
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'InvalidStateError' });
    expect(watch.isStorageFull(failure)).toBe(false);
    expect(storageErrorMessage(failure, watch)).toBeNull();
    expect(watch.getSnapshot().storageFull).toBe(false);
    store.close();
  });

  it('after a full disk, the next good write clears it, and a finished transaction is a bug again', async () => {
    const { store, watch, disk } = fillingStore();
    const made = await auditWithOneOfEach(store);
    Object.assign(disk, { writes: 0, at: 1, reason: 'disk' as Reason, after: false });
    await expect(
      updateRecord(store, 'promises', made.promise.id, { importance: 2 }),
    ).rejects.toBeInstanceOf(StorageFullError);
    const stale = new DOMException('The transaction has finished.', 'InvalidStateError');
    expect(watch.isStorageFull(stale)).toBe(true);
    disk.at = Infinity;
    await updateRecord(store, 'promises', made.promise.id, { importance: 2 });
    expect(watch.getSnapshot().storageFull).toBe(false);
    expect(watch.isStorageFull(stale)).toBe(false);
    store.close();
  });
});

describe('the words of a full disk', () => {
  it('are recognised however the browser and Dexie put them', () => {
    const disk = new DOMException(NO_SPACE, 'UnknownError');
    expect(isQuotaError(disk)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: disk })).toBe(true);
    expect(isQuotaError(new DOMException('Internal error.', 'UnknownError'))).toBe(false);
    expect(isQuotaError(new DOMException('database or disk is full', 'UnknownError'))).toBe(true);
    const full = new StorageFullError(
      disk,
      new DOMException('The transaction has finished.', 'InvalidStateError'),
    );
    expect(isQuotaError(full)).toBe(true);
    // The interface says it in its own words, in every language.
    expect(errorText(full, i18next.t)).toMatch(/^Storage is full/);
    expect(
      errorText(new DOMException('The transaction has finished.', 'InvalidStateError'), i18next.t),
    ).not.toMatch(/Storage is full/);
  });
});
