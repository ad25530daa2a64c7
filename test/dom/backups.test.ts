import { contentOf } from '../support/versions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, DesktopApi, WriteBackupRequest } from '../../shared/desktop-api';
import { parseAuditFile } from '../../shared/formats/audit-file';
import { createAudit, deleteAudit, readAuditBundle } from '../../renderer/src/db/commands/audits';
import { auditsToBackUp } from '../../renderer/src/db/backups';
import { createRecord, updateRecord } from '../../renderer/src/db/commands/records';
import { replaceAuditWithBackup, restoreAsNewAudit } from '../../renderer/src/db/commands/restore';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import {
  backUpChangedAudits,
  startAutomaticBackups,
} from '../../renderer/src/db/automatic-backups';
import { canonical } from '../support/arbitrary-audit';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb | undefined;
afterEach(() => db?.close());

/** The desktop API's backup half, keeping files in memory as the backups folder would. */
function fakeDesktop(kind: 'electron' | 'browser' = 'electron') {
  const written: WriteBackupRequest[] = [];
  let quit: (() => Promise<void>) | null = null;
  const desktop = {
    kind,
    appInfo: async () => ({ name: 'Touchstone', version: 'test', platform: 'test', locale: 'en' }),
    writeBackup: vi.fn(async (request: WriteBackupRequest): Promise<BackupEntry> => {
      written.push(request);
      return {
        fileName: `${written.length}.touchstone`,
        auditId: request.auditId,
        label: request.label,
        createdAt: new Date().toISOString(),
        size: request.data.byteLength,
      };
    }),
    onBeforeQuit: (listener: () => Promise<void>) => {
      quit = listener;
      return () => void (quit = null);
    },
  } satisfies Pick<DesktopApi, 'kind' | 'appInfo' | 'writeBackup' | 'onBeforeQuit'>;
  return { desktop, written, quit: () => quit?.() };
}

const bundleOf = (request: WriteBackupRequest) =>
  parseAuditFile(new TextDecoder().decode(request.data));

describe('automatic backups', () => {
  it('back up each audit that changed since its last backup, and only those', async () => {
    db = freshDb();
    const first = await auditWithOneOfEach(db);
    const second = await createAudit(db, {
      name: 'Second',
      brand: 'Nordbank',
      periodStart: '2026-01-01',
      periodEnd: '2026-02-01',
      language: 'ru',
    });
    const { desktop, written } = fakeDesktop();
    expect((await auditsToBackUp(db)).map((a) => a.id).sort()).toEqual(
      [first.audit.id, second.id].sort(),
    );

    await backUpChangedAudits({ db, desktop });
    expect(written.map((w) => w.auditId).sort()).toEqual([first.audit.id, second.id].sort());
    // A backup is the whole audit file, photos included.
    const backup = bundleOf(written.find((w) => w.auditId === first.audit.id)!);
    expect(canonical(backup)).toEqual(canonical(await readAuditBundle(db, first.audit.id)));
    expect([...backup.photos[0]!.data]).toEqual([...first.photo.data]);

    expect(await backUpChangedAudits({ db, desktop })).toEqual([]);
    await updateRecord(db, 'promises', first.promise.id, { statement: 'Changed' });
    const again = await backUpChangedAudits({ db, desktop });
    expect(again.map((e) => e.auditId)).toEqual([first.audit.id]);
    expect(bundleOf(written.at(-1)!).promises[0]!.statement).toBe('Changed');
  });

  it('run one at a time, so two calls never write the same change twice', async () => {
    db = freshDb();
    await auditWithOneOfEach(db);
    const { desktop, written } = fakeDesktop();
    await Promise.all([backUpChangedAudits({ db, desktop }), backUpChangedAudits({ db, desktop })]);
    expect(written).toHaveLength(1);
  });

  it('run before the window closes in the desktop app, and never in a browser', async () => {
    db = freshDb();
    await auditWithOneOfEach(db);
    const browser = fakeDesktop('browser');
    startAutomaticBackups({ db, desktop: browser.desktop })();
    await browser.quit();
    expect(browser.written).toHaveLength(0);

    const electron = fakeDesktop('electron');
    const stop = startAutomaticBackups({ db, desktop: electron.desktop }, { intervalMs: 60_000 });
    await electron.quit();
    expect(electron.written).toHaveLength(1);
    stop();
  });

  it('run at their interval', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      db = freshDb();
      await auditWithOneOfEach(db);
      const { desktop, written } = fakeDesktop();
      const stop = startAutomaticBackups({ db, desktop }, { intervalMs: 1000 });
      vi.advanceTimersByTime(1000);
      await vi.waitFor(() => expect(written).toHaveLength(1));
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('restoring a backup', () => {
  it('over its audit puts every record back as it was, leaving other audits alone', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const other = await auditWithOneOfEach(db);
    const backup = await readAuditBundle(db, made.audit.id);
    const otherBefore = await readAuditBundle(db, other.audit.id);

    await updateRecord(db, 'promises', made.promise.id, { statement: 'Edited after the backup' });
    await createRecord(db, 'stages', {
      auditId: made.audit.id,
      name: 'Added later',
      description: '',
      order: 5,
    });
    await db.fieldSync.put({
      id: `observations:${made.observation.id}`,
      auditId: made.audit.id,
      table: 'observations',
      recordId: made.observation.id,
      origin: 'pack-a',
      originVersion: made.observation.version,
      others: {},
      seen: {},
      conflicted: 0,
    });
    await db.fieldSync.put({
      id: `observations:${crypto.randomUUID()}`,
      auditId: made.audit.id,
      table: 'observations',
      recordId: crypto.randomUUID(),
      origin: 'pack-a',
      originVersion: 5,
      others: {},
      seen: {},
      conflicted: 0,
    });

    const edited = await db.promises.get(made.promise.id);
    await replaceAuditWithBackup(db, backup);
    const restored = await readAuditBundle(db, made.audit.id);
    expect(contentOf(restored)).toEqual(contentOf(backup));
    // Put back as a new version: a version never goes back.
    expect(restored.promises[0]!.version).toBe(edited!.version + 1);
    expect(await readAuditBundle(db, other.audit.id)).toEqual(otherBefore);
    // Merge memory of records the backup has in the same version stays; the rest goes.
    expect((await db.fieldSync.toArray()).map((e) => e.recordId)).toEqual([made.observation.id]);
  });

  it('over an audit that is gone, or with ids of another audit, is refused and changes nothing', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const backup = await readAuditBundle(db, made.audit.id);
    const other = await auditWithOneOfEach(db);
    const hostile = { ...backup, stages: [{ ...backup.stages[0]!, id: other.stage.id }] };
    hostile.touchpoints = backup.touchpoints.map((t) => ({ ...t, stageId: other.stage.id }));
    const before = await Promise.all(db.tables.map((t) => t.toArray()));
    await expect(replaceAuditWithBackup(db, hostile)).rejects.toThrow(
      /ids of journey stages that belong to another audit/,
    );
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);

    await deleteAudit(db, made.audit.id);
    await expect(replaceAuditWithBackup(db, backup)).rejects.toThrow(/no longer on this computer/);
  });

  it('as a new audit brings a deleted audit back as it was, or comes in beside it as a copy', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const backup = await readAuditBundle(db, made.audit.id);

    const copy = await restoreAsNewAudit(db, backup, 'Audit 2026 (restored)');
    expect(copy.copied).toBe(true);
    expect(copy.audit.name).toBe('Audit 2026 (restored)');
    expect((await readAuditBundle(db, copy.audit.id)).promises).toHaveLength(1);
    expect(await readAuditBundle(db, made.audit.id)).toEqual(backup);

    await deleteAudit(db, made.audit.id);
    const back = await restoreAsNewAudit(db, backup, 'unused');
    expect(back).toMatchObject({ copied: false, audit: { id: made.audit.id, name: 'Audit 2026' } });
    expect(await readAuditBundle(db, made.audit.id)).toEqual(backup);
  });
});
