import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUPS_KEPT_PER_AUDIT,
  backupFileName,
  backupsToPrune,
  createBackupStore,
  parseBackupFileName,
} from '../../../electron/main/backups';
import {
  atomicWrite,
  FileTooLargeError,
  PathOutsideError,
  readFileCapped,
  resolveInside,
} from '../../../electron/main/files';
import { createFileHandlers } from '../../../electron/main/ipc/files';

const AUDIT = '6f1c3a52-8d7e-4b1a-9f3e-2c4d5e6f7a8b';
const OTHER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'touchstone-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('paths inside a folder', () => {
  it('resolves plain names inside the root', () => {
    expect(resolveInside('/data/backups', 'a.touchstone')).toBe(
      path.resolve('/data/backups/a.touchstone'),
    );
  });
  it('never resolve outside the root, whatever the name (1,000 cases)', () => {
    const root = path.resolve('/data/backups');
    const part = fc.constantFrom(
      '..',
      '.',
      '',
      'a',
      'x.touchstone',
      '/',
      '\\',
      'C:',
      '%2e%2e',
      '\u0000',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(part, { maxLength: 6 }).map((p) => p.join('/')),
        ),
        (name) => {
          let resolved: string;
          try {
            resolved = resolveInside(root, name);
          } catch (error) {
            expect(error).toBeInstanceOf(PathOutsideError);
            return;
          }
          expect(resolved.startsWith(root + path.sep)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it.each(['../a', '../../etc/passwd', '/etc/passwd', '.', '', 'sub/../../x'])(
    'refuses %j',
    (name) => {
      expect(() => resolveInside('/data/backups', name)).toThrow(PathOutsideError);
    },
  );
});

describe('atomic writes', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const file = path.join(dir, 'audit.touchstone');
    await atomicWrite(file, new Uint8Array([1, 2, 3]));
    await atomicWrite(file, new Uint8Array([4, 5]));
    expect([...(await readFile(file))]).toEqual([4, 5]);
    expect(await readdir(dir)).toEqual(['audit.touchstone']);
  });

  it('keeps the previous file intact when the write fails', async () => {
    // A folder where the file should go makes the final rename fail.
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'previous');
    await expect(atomicWrite(target, new Uint8Array([9]))).rejects.toThrow();
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('previous');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('capped reads', () => {
  it('reads a file under the cap and refuses one over it, naming its size', async () => {
    const file = path.join(dir, 'big.touchstone');
    await writeFile(file, new Uint8Array(3 * 1024 * 1024));
    expect((await readFileCapped(file, 4 * 1024 * 1024)).byteLength).toBe(3 * 1024 * 1024);
    await expect(readFileCapped(file, 2 * 1024 * 1024)).rejects.toThrow(FileTooLargeError);
    await expect(readFileCapped(file, 2 * 1024 * 1024)).rejects.toThrow(
      /“big.touchstone” is 3 MB; the largest file Touchstone reads is 2 MB/,
    );
  });

  it('says why a file cannot be read, in the words the command line uses', async () => {
    await expect(readFileCapped(path.join(dir, 'gone.touchstone'), 1024)).rejects.toThrow(
      'Cannot read “gone.touchstone”: no such file.',
    );
    await expect(readFileCapped(dir, 1024)).rejects.toThrow(
      `Cannot read “${path.basename(dir)}”: it is not a file.`,
    );
  });
});

describe('backup names', () => {
  it('round-trip the audit, the time and any label', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (label, when) => {
          const name = backupFileName(AUDIT, label, when);
          const parsed = parseBackupFileName(name);
          expect(parsed?.auditId).toBe(AUDIT);
          expect(parsed?.createdAt).toBe(when.toISOString());
          expect(() => resolveInside('/backups', name)).not.toThrow();
          expect(name).not.toMatch(/[<>:"/\\|?*]/);
        },
      ),
    );
    expect(
      parseBackupFileName(backupFileName(AUDIT, 'Перед импортом', new Date('2026-11-23T10:00:00Z')))
        ?.label,
    ).toBe('Перед импортом');
  });

  it('ignore files that are not backups', () => {
    expect(parseBackupFileName('notes.txt')).toBeNull();
    expect(parseBackupFileName('2026-11-23T03-46-15-123Z_not-an-id.touchstone')).toBeNull();
  });

  it('prune each audit to its newest backups', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({
      fileName: `a${i}`,
      auditId: AUDIT,
      createdAt: `2026-01-0${i + 1}T00:00:00.000Z`,
    }));
    entries.push({ fileName: 'b0', auditId: OTHER, createdAt: '2020-01-01T00:00:00.000Z' });
    expect(backupsToPrune(entries, 3).sort()).toEqual(['a0', 'a1']);
  });
});

describe('the backups folder', () => {
  it('writes, lists newest first and reads back', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const store = createBackupStore(path.join(dir, 'backups'), () => new Date((clock += 1000)));
    expect(await store.list()).toEqual([]);
    const first = await store.write({
      auditId: AUDIT,
      label: 'Before import',
      data: new Uint8Array([1]),
    });
    const second = await store.write({ auditId: OTHER, label: '', data: new Uint8Array([2, 2]) });
    expect(first).toMatchObject({ auditId: AUDIT, label: 'Before import', size: 1 });
    expect((await store.list()).map((e) => e.fileName)).toEqual([second.fileName, first.fileName]);
    expect([...(await store.read(first.fileName))]).toEqual([1]);
  });

  it(`keeps the newest ${BACKUPS_KEPT_PER_AUDIT} backups of each audit`, async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const store = createBackupStore(dir, () => new Date((clock += 1000)));
    for (let i = 0; i < BACKUPS_KEPT_PER_AUDIT + 3; i++)
      await store.write({ auditId: AUDIT, label: `n${i}`, data: new Uint8Array([i]) });
    const list = await store.list();
    expect(list).toHaveLength(BACKUPS_KEPT_PER_AUDIT);
    expect(list[0]?.label).toBe(`n${BACKUPS_KEPT_PER_AUDIT + 2}`);
    expect(list.at(-1)?.label).toBe('n3');
  });

  it('refuses to read anything but a backup inside the folder', async () => {
    const store = createBackupStore(path.join(dir, 'backups'));
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    await expect(store.read('../secret.txt')).rejects.toThrow(/not a Touchstone backup/);
    await expect(store.read(`../${backupFileName(AUDIT, '', new Date())}`)).rejects.toThrow(
      /not a Touchstone backup/,
    );
  });
});

describe('file dialogs', () => {
  const filters = [{ name: 'Touchstone audit', extensions: ['touchstone'] }];

  it('saves where the person chose, and nothing when they cancel', async () => {
    const target = path.join(dir, 'Chosen.touchstone');
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePath: target })
      .mockResolvedValueOnce({ canceled: true, filePath: '' });
    const handlers = createFileHandlers({
      showSaveDialog,
      showOpenDialog: vi.fn(),
      defaultFolder: () => dir,
    });
    expect(
      await handlers.saveFile({
        suggestedName: 'Audit.touchstone',
        filters,
        data: new Uint8Array([7]),
      }),
    ).toEqual({ saved: true, path: target });
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: path.join(dir, 'Audit.touchstone'),
      filters,
    });
    expect([...(await readFile(target))]).toEqual([7]);
    expect(
      await handlers.saveFile({
        suggestedName: 'Audit.touchstone',
        filters,
        data: new Uint8Array([8]),
      }),
    ).toEqual({ saved: false });
  });

  it('opens the chosen file, and gives null when they cancel', async () => {
    const source = path.join(dir, 'In.touchstone');
    await writeFile(source, new Uint8Array([3, 4]));
    const showOpenDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePaths: [source] })
      .mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const handlers = createFileHandlers({
      showSaveDialog: vi.fn(),
      showOpenDialog,
      defaultFolder: () => dir,
    });
    const opened = await handlers.openFile({ filters });
    expect(opened?.name).toBe('In.touchstone');
    expect([...(opened?.data ?? [])]).toEqual([3, 4]);
    expect(await handlers.openFile({ filters })).toBeNull();
  });
});
