import { afterEach, describe, expect, it } from 'vitest';
import type { Observation } from '../../shared/domain';
import { deleteAudit } from '../../renderer/src/db/commands/audits';
import { replayJournal, type Journal } from '../../renderer/src/db/changes';
import {
  ANY_AUDIT,
  keysWrittenSince,
  raised,
  type EvidenceRevision,
} from '../../renderer/src/db/evidence-revisions';
import { deleteRecords, updateRecord } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb | undefined;
afterEach(() => db?.close());

const row = (db: TouchstoneDb, auditId: string) => db.evidenceRevisions.get(auditId);

function more(model: Observation, count: number): Observation[] {
  return Array.from({ length: count }, (_, i) => ({
    ...model,
    id: crypto.randomUUID(),
    visitId: null,
    photoIds: [],
    note: `More ${i}`,
  }));
}

describe('evidence revisions', () => {
  it('rise with every write to an audit’s observations, naming the keys written', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const start = (await row(db, made.audit.id))!;
    expect(start.revision).toBeGreaterThan(0);

    await updateRecord(db, 'observations', made.observation.id, { note: 'Seen again' });
    // A promise's edit is not a write of evidence.
    await updateRecord(db, 'promises', made.promise.id, { importance: 2 });
    const journal: Journal = [];
    await deleteRecords(db, 'observations', [made.observation.id], journal);
    await replayJournal(db, journal, 'undo');

    const now = (await row(db, made.audit.id))!;
    expect(now.revision).toBe(start.revision + 3);
    expect(now.recent.slice(-3).map((w) => w.keys)).toEqual([
      [made.observation.id],
      [made.observation.id],
      [made.observation.id],
    ]);
    expect(keysWrittenSince([now, undefined], [start.revision, 0])).toEqual([made.observation.id]);
  });

  it('keep each audit’s count apart, and name bulk writes without listing 2,000 keys', async () => {
    db = freshDb();
    const a = await auditWithOneOfEach(db);
    const b = await auditWithOneOfEach(db);
    const before = (await row(db, a.audit.id))!;
    await db.observations.bulkAdd(more(b.observation, 2500));
    expect(await row(db, a.audit.id)).toEqual(before);
    const bulk = (await row(db, b.audit.id))!;
    expect(bulk.recent.at(-1)).toEqual({ revision: bulk.revision, keys: null });
    expect(keysWrittenSince([bulk, undefined], [bulk.revision - 1, 0])).toBe('all');
  });

  it('are written with the write or not at all', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const before = await row(db, made.audit.id);
    const store = db;
    await expect(
      store.transaction('rw', store.observations, async () => {
        await store.observations.put({ ...made.observation, note: 'Never kept' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await row(db, made.audit.id)).toEqual(before);
    expect((await db.observations.get(made.observation.id))?.note).not.toBe('Never kept');
  });

  it('name the audit of a deleted audit’s evidence, and every audit when a table is cleared', async () => {
    db = freshDb();
    const a = await auditWithOneOfEach(db);
    const b = await auditWithOneOfEach(db);
    const bBefore = (await row(db, b.audit.id))!;
    await deleteAudit(db, a.audit.id);
    const gone = (await row(db, a.audit.id))!;
    expect(gone.recent.at(-1)!.keys).toBeNull();
    expect(await row(db, b.audit.id)).toEqual(bBefore);

    await db.observations.clear();
    const any = (await row(db, ANY_AUDIT))!;
    expect(any.revision).toBe(1);
    expect(keysWrittenSince([bBefore, any], [bBefore.revision, 0])).toBe('all');
  });
});

describe('the list of recent writes', () => {
  const empty: EvidenceRevision | undefined = undefined;

  it('keeps the latest writes within its bounds, and says when one since is no longer listed', () => {
    let r = raised(empty, 'a', ['k0']);
    for (let i = 1; i <= 150; i++) r = raised(r, 'a', [`k${i}`]);
    expect(r.revision).toBe(151);
    expect(r.recent).toHaveLength(100);
    expect(keysWrittenSince([r], [149])).toEqual(['k149', 'k150']);
    expect(keysWrittenSince([r], [151])).toEqual([]);
    // Writes 2 to 51 are no longer listed.
    expect(keysWrittenSince([r], [10])).toBe('all');
    r = raised(
      r,
      'a',
      Array.from({ length: 1990 }, (_, i) => `m${i}`),
    );
    expect(r.recent.reduce((n, w) => n + (w.keys?.length ?? 0), 0)).toBeLessThanOrEqual(2000);
    expect(keysWrittenSince([r], [150])).toHaveLength(1991);
  });
});
