import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS, ValidationError } from '../../shared/domain';
import { updateAudit } from '../../renderer/src/db/commands/audits';
import { replayJournal, StaleChangeError, type Journal } from '../../renderer/src/db/changes';
import { updateRecord } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb;
afterEach(() => db?.close());

const lighter = {
  ...DEFAULT_SCORING_SETTINGS,
  recencyHalfLifeDays: 90,
  methodWeights: { ...DEFAULT_SCORING_SETTINGS.methodWeights, 'usage-data': 0.5 },
  rubricLabels: ['Fail', 'Weak', 'Partial', 'Met', 'Beyond'],
};

describe('scoring settings as an undoable change of the audit', () => {
  it('saves settings through updateAudit into the journal, and undoes and redoes them', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const journal: Journal = [];
    await updateAudit(db, audit.id, { scoring: lighter }, journal);
    expect(journal).toHaveLength(1);
    expect((await db.audits.get(audit.id))?.scoring).toEqual(lighter);

    await replayJournal(db, journal, 'undo');
    expect((await db.audits.get(audit.id))?.scoring).toEqual(DEFAULT_SCORING_SETTINGS);
    await replayJournal(db, journal, 'redo');
    expect((await db.audits.get(audit.id))?.scoring).toEqual(lighter);
  });

  it('still undoes the settings after an edit inside the audit moved its updatedAt', async () => {
    db = freshDb();
    const { audit, promise } = await auditWithOneOfEach(db);
    const journal: Journal = [];
    await updateAudit(db, audit.id, { scoring: lighter }, journal);
    await updateRecord(db, 'promises', promise.id, { importance: 2 });
    await replayJournal(db, journal, 'undo');
    const after = await db.audits.get(audit.id);
    expect(after?.scoring).toEqual(DEFAULT_SCORING_SETTINGS);
    // The edit made since is kept, and the audit's updatedAt moves forward, never back.
    expect((await db.promises.get(promise.id))?.importance).toBe(2);
    expect(after!.updatedAt > audit.updatedAt).toBe(true);
  });

  it('refuses to undo settings that were changed again since', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const journal: Journal = [];
    await updateAudit(db, audit.id, { scoring: lighter }, journal);
    await updateAudit(db, audit.id, { scoring: { ...lighter, recencyHalfLifeDays: 30 } });
    await expect(replayJournal(db, journal, 'undo')).rejects.toBeInstanceOf(StaleChangeError);
    expect((await db.audits.get(audit.id))?.scoring.recencyHalfLifeDays).toBe(30);
  });

  it('refuses settings the schema refuses, and writes nothing', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const journal: Journal = [];
    const falling = {
      ...DEFAULT_SCORING_SETTINGS,
      strengthThresholds: { thin: 1, adequate: 5, strong: 2 },
    };
    await expect(updateAudit(db, audit.id, { scoring: falling }, journal)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(journal).toHaveLength(0);
    expect((await db.audits.get(audit.id))?.scoring).toEqual(DEFAULT_SCORING_SETTINGS);
  });
});
