import { afterEach, describe, expect, it } from 'vitest';
import { replayJournal, StaleChangeError, type Journal } from '../../renderer/src/db/changes';
import { createRecord, deleteRecords, updateRecord } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb;
afterEach(() => db?.close());

async function snapshot(db: TouchstoneDb) {
  const tables = [
    'stages',
    'channels',
    'touchpoints',
    'promises',
    'observations',
    'visits',
    'actions',
    'photos',
  ] as const;
  const out: Record<string, unknown[]> = {};
  for (const t of tables)
    out[t] = (await db.table(t).toArray()).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return out;
}

describe('undo and redo through the journal', () => {
  it('undoes and redoes an edit', async () => {
    db = freshDb();
    const { promise } = await auditWithOneOfEach(db);
    const journal: Journal = [];
    await updateRecord(db, 'promises', promise.id, { importance: 2 }, journal);
    await replayJournal(db, journal, 'undo');
    expect((await db.promises.get(promise.id))?.importance).toBe(5);
    await replayJournal(db, journal, 'redo');
    expect((await db.promises.get(promise.id))?.importance).toBe(2);
  });

  it('undoes a cascading deletion whole: the touchpoint, its promises, their evidence, actions and checklist items', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const before = await snapshot(db);
    const journal: Journal = [];
    await deleteRecords(db, 'touchpoints', [made.touchpoint.id], journal);
    expect(await db.promises.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
    await replayJournal(db, journal, 'undo');
    expect(await snapshot(db)).toEqual(before);
    await replayJournal(db, journal, 'redo');
    expect(await db.touchpoints.count()).toBe(0);
    expect(await db.promises.count()).toBe(0);
  });

  it('undoes a creation by removing the record', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const journal: Journal = [];
    const stage = await createRecord(
      db,
      'stages',
      { auditId: audit.id, name: 'Leave', description: '', order: 1 },
      journal,
    );
    await replayJournal(db, journal, 'undo');
    expect(await db.stages.get(stage.id)).toBeUndefined();
  });

  it('refuses to undo over a record changed since, and writes nothing', async () => {
    db = freshDb();
    const { promise, touchpoint } = await auditWithOneOfEach(db);
    const journal: Journal = [];
    await updateRecord(db, 'touchpoints', touchpoint.id, { name: 'Till' }, journal);
    await updateRecord(db, 'promises', promise.id, { importance: 1 }, journal);
    // Changed again at once, maybe within the same millisecond: its version tells.
    await updateRecord(db, 'promises', promise.id, { importance: 3 });
    await expect(replayJournal(db, journal, 'undo')).rejects.toThrow(StaleChangeError);
    expect((await db.touchpoints.get(touchpoint.id))?.name).toBe('Till');
    expect((await db.promises.get(promise.id))?.importance).toBe(3);
  });
});
