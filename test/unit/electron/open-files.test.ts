import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileCapped } from '../../../electron/main/files';
import {
  bringForward,
  createOpenFileQueue,
  openablePaths,
} from '../../../electron/main/open-files';

describe('the files a command line names', () => {
  it('are the Touchstone files among its arguments, made absolute, each once', () => {
    expect(
      openablePaths(
        [
          '--no-sandbox',
          'Audit 2026.touchstone',
          'notes.docx',
          'Kraków.TSPACK',
          '../results.tsresults',
          '--user-data-dir=/tmp/x.touchstone',
          'Audit 2026.touchstone',
          '.',
        ],
        '/home/ola',
      ),
    ).toEqual([
      '/home/ola/Audit 2026.touchstone',
      '/home/ola/Kraków.TSPACK',
      '/home/results.tsresults',
    ]);
    expect(openablePaths(['/srv/a.touchstone'], '/home/ola')).toEqual(['/srv/a.touchstone']);
  });
});

describe('the queue of files the system opened', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'touchstone-open-'));
    await writeFile(path.join(dir, 'audit.touchstone'), '{"format":"touchstone-audit"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const queue = () => {
    const notify = vi.fn();
    return {
      notify,
      files: createOpenFileQueue({ readFile: (f) => readFileCapped(f, 1024), notify }),
    };
  };

  it('keeps files until the page takes them, and hands each over once', async () => {
    const { notify, files } = queue();
    const file = path.join(dir, 'audit.touchstone');
    files.add([file]);
    files.add([file]);
    expect(notify).toHaveBeenCalledTimes(1);
    const taken = await files.take();
    expect(taken).toHaveLength(1);
    expect(taken[0]?.name).toBe('audit.touchstone');
    expect(new TextDecoder().decode(taken[0]?.data)).toBe('{"format":"touchstone-audit"}');
    expect(await files.take()).toEqual([]);
  });

  it('takes only the kinds the app opens', async () => {
    const { notify, files } = queue();
    files.add([path.join(dir, 'report.docx'), path.join(dir, 'passwords.txt')]);
    expect(notify).not.toHaveBeenCalled();
    expect(await files.take()).toEqual([]);
  });

  it('hands over a file it cannot read with why, in the catalogue’s words', async () => {
    const { files } = queue();
    files.add([path.join(dir, 'gone.touchstone'), path.join(dir, 'folder.tspack')]);
    const taken = await files.take();
    expect(taken.map((f) => [f.name, f.problem?.message])).toEqual([
      ['gone.touchstone', 'Cannot read “gone.touchstone”: no such file.'],
      ['folder.tspack', 'Cannot read “folder.tspack”: no such file.'],
    ]);
    expect(taken[0]?.problem).toMatchObject({ kind: 'localized', key: 'errors.file.cannotRead' });
  });
});

describe('bringing the window forward', () => {
  it('restores a minimised window, shows and focuses it', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    bringForward(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
