import { TEST_NOW } from '../support/clock';
import { describe, expect, it } from 'vitest';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { touchstoneFileSteps } from '../../shared/formats/touchstone-file';
import { importAuditBundle, readAuditBundle } from '../../renderer/src/db/commands/audits';
import { takeInReadFile } from '../../renderer/src/db/file-import';
import {
  isWorkCancelled,
  readInSteps,
  WorkBoard,
  type WorkState,
} from '../../renderer/src/db/work';
import { smallBundle } from '../support/small-bundle';
import { freshDb } from './helpers';

/**
 * Long work (db/work.ts) as the window shows it: each step said with how far along it is,
 * Cancel offered and heard only while nothing is written, and a write under way remembered
 * for the next start to name.
 */

/** An audit file of some thousands of records: enough for several slices of checks and writes. */
function largeFile() {
  const bundle = smallBundle();
  const [first] = bundle.observations;
  for (let i = 0; i < 12_000; i++)
    bundle.observations.push({
      ...first!,
      id: crypto.randomUUID(),
      visitId: null,
      method: 'interview',
      photoIds: [],
    });
  return new TextEncoder().encode(serializeAuditFile(bundle, 'test', TEST_NOW));
}

/** A board with a storage of its own, and everything it showed, in order. */
function watchedBoard() {
  const stored = new Map<string, string>();
  const storage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
  const board = new WorkBoard(storage);
  const seen: WorkState[] = [];
  board.subscribe(() => seen.push(...board.getSnapshot()));
  return { board, seen, stored };
}

describe('long work', () => {
  it('reads, checks and writes a large audit file, saying how far along each step is', async () => {
    const db = freshDb();
    const { board, seen } = watchedBoard();
    const file = largeFile();
    const result = await board.run('import', 'large.touchstone', async (work) => {
      const opened = await readInSteps(touchstoneFileSteps(file), work);
      return takeInReadFile(db, opened, work);
    });
    expect(result.kind).toBe('audit');
    const steps = [...new Set(seen.map((s) => s.step))];
    expect(steps).toEqual(['read', 'check', 'write', 'save']);
    const checks = seen.filter((s) => s.step === 'check');
    expect(checks.length).toBeGreaterThan(2);
    expect(checks.at(-1)!.done).toBe(checks.at(-1)!.total);
    const writes = seen.filter((s) => s.step === 'write');
    expect(new Set(writes.map((s) => s.done)).size).toBeGreaterThan(2);
    expect(writes.at(-1)!.done).toBe(writes.at(-1)!.total);
    // Cancel is offered while reading and checking, never once writing began.
    for (const s of seen) expect(s.cancellable).toBe(s.step === 'read' || s.step === 'check');
    expect(board.getSnapshot()).toEqual([]);
  }, 60_000);

  it('stops at a cancel while checking, with nothing written', async () => {
    const db = freshDb();
    const before = await db.audits.count();
    const { board } = watchedBoard();
    const file = largeFile();
    const failure = await board
      .run('import', 'large.touchstone', async (work) => {
        board.subscribe(() => {
          if (work.current.step === 'check' && work.current.done > 0) board.cancel(work.current.id);
        });
        const opened = await readInSteps(touchstoneFileSteps(file), work);
        return takeInReadFile(db, opened, work);
      })
      .catch((error: unknown) => error);
    expect(isWorkCancelled(failure)).toBe(true);
    expect(await db.audits.count()).toBe(before);
    expect(await db.observations.count()).toBe(0);
  }, 60_000);

  it('hears a cancel pressed while checking as the writing starts: the transaction writes nothing', async () => {
    const db = freshDb();
    const { board } = watchedBoard();
    const opened = await readInSteps(touchstoneFileSteps(largeFile()));
    const failure = await board
      .run('import', 'large.touchstone', async (work) => {
        work.at('check', 10, 10);
        board.cancel(work.current.id);
        return takeInReadFile(db, opened, work);
      })
      .catch((error: unknown) => error);
    expect(isWorkCancelled(failure)).toBe(true);
    expect(await db.audits.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
  }, 60_000);

  it('turns Cancel off once writing began, and writes the whole audit', async () => {
    const db = freshDb();
    const { board } = watchedBoard();
    const opened = await readInSteps(touchstoneFileSteps(largeFile()));
    if (opened.kind !== 'audit') throw new Error('an audit file');
    let tried = false;
    await board.run('import', 'large.touchstone', async (work) => {
      board.subscribe(() => {
        if (work.current.step === 'write' && work.current.done > 0 && !tried) {
          tried = true;
          board.cancel(work.current.id);
        }
      });
      return importAuditBundle(db, opened.bundle, work);
    });
    expect(tried).toBe(true);
    expect(await db.observations.count()).toBe(opened.bundle.observations.length);
  }, 60_000);

  it('remembers a write under way for the next start, and forgets it when done', async () => {
    const db = freshDb();
    const { board, stored } = watchedBoard();
    const opened = await readInSteps(touchstoneFileSteps(largeFile()));
    if (opened.kind !== 'audit') throw new Error('an audit file');
    let during: unknown = null;
    await board.run('import', 'large.touchstone', async (work) => {
      board.subscribe(() => {
        if (work.current.step === 'write') during ??= board.interrupted();
      });
      await importAuditBundle(db, opened.bundle, work);
    });
    expect(during).toEqual({ kind: 'import', subject: 'large.touchstone' });
    expect(board.interrupted()).toBeNull();
    expect(stored.size).toBe(0);
    // A backup writes no audit: nothing to finish after a close.
    const backup = board.start('backup', 'Large audit');
    backup.at('write', 0, 1);
    backup.at('save', 0, 1);
    expect(board.interrupted()).toBeNull();
    backup.finish();
    const check = await readAuditBundle(db, (await db.audits.toArray())[0]!.id);
    expect(check.observations).toHaveLength(opened.bundle.observations.length);
  }, 60_000);
});
