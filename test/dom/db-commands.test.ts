import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain';
import { createAudit, deleteAudit, readAuditBundle, updateAudit } from '../../renderer/src/db/commands/audits';
import {
  createRecord,
  createRecords,
  deleteRecords,
  previewDeletion,
  updateRecord,
} from '../../renderer/src/db/commands/records';
import { referenceProblems } from '../../renderer/src/db/commands/references';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb;
afterEach(async () => {
  db?.close();
});

describe('the store commands', () => {
  it('round-trip a record of every entity', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    // Writing into an audit moves its updatedAt (the backups look for changed audits).
    expect(await db.audits.get(made.audit.id)).toEqual({ ...made.audit, updatedAt: expect.any(String) });
    expect(await db.stages.get(made.stage.id)).toEqual(made.stage);
    expect(await db.channels.get(made.channel.id)).toEqual(made.channel);
    expect(await db.touchpoints.get(made.touchpoint.id)).toEqual(made.touchpoint);
    expect(await db.promises.get(made.promise.id)).toEqual(made.promise);
    expect(await db.observations.get(made.observation.id)).toEqual(made.observation);
    expect(await db.visits.get(made.visit.id)).toEqual(made.visit);
    expect(await db.actions.get(made.action.id)).toEqual(made.action);
    const photo = await db.photos.get(made.photo.id);
    expect(photo && Array.from(photo.data)).toEqual(Array.from(made.photo.data));
  });

  it('gives ids, timestamps and version 1, and raises the version at every change, however quick', async () => {
    db = freshDb();
    const { promise } = await auditWithOneOfEach(db);
    expect(promise.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(promise.version).toBe(1);
    const changed = await updateRecord(db, 'promises', promise.id, { importance: 2 });
    const again = await updateRecord(db, 'promises', promise.id, { importance: 3 });
    expect(changed.importance).toBe(2);
    expect(changed.createdAt).toBe(promise.createdAt);
    expect(changed.updatedAt >= promise.updatedAt).toBe(true);
    expect([changed.version, again.version]).toEqual([2, 3]);
  });

  it('refuses invalid input with a message naming the field, and stores nothing', async () => {
    db = freshDb();
    const { audit, touchpoint } = await auditWithOneOfEach(db);
    const before = await db.promises.count();
    const attempt = createRecord(db, 'promises', {
      auditId: audit.id,
      touchpointId: touchpoint.id,
      statement: 'Free delivery',
      source: { kind: 'website', text: '' },
      customerWording: '',
      kind: 'functional',
      importance: 7,
      target: null,
      belief: null,
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow('Brand promise: importance must be between 1 and 5');
    expect(await db.promises.count()).toBe(before);
  });

  it('refuses a reference to a record that does not exist', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    await expect(
      createRecord(db, 'touchpoints', {
        auditId: audit.id,
        stageId: crypto.randomUUID(),
        channelId: crypto.randomUUID(),
        name: 'Lost',
        department: '',
        description: '',
      }),
    ).rejects.toThrow(/stageId refers to a journey stage that is not in this audit; channelId refers to a channel/);
  });

  it('checks many references into one audit as strictly as one, whichever way it reads them', async () => {
    db = freshDb();
    const mine = await auditWithOneOfEach(db);
    const other = await auditWithOneOfEach(db);
    const promises = await createRecords(
      db,
      'promises',
      Array.from({ length: 40 }, (_, i) => ({ ...mine.promise, id: undefined, statement: `Promise ${i}` })),
    );
    const evidence = (promiseId: string, auditId = mine.audit.id) => ({
      ...mine.observation,
      id: crypto.randomUUID(),
      auditId,
      promiseId,
      visitId: null,
      photoIds: [],
    });
    // 42 promises referred to: past the point where the audit's ids are read at once.
    const batch = [
      ...promises.map((p) => evidence(p.id)),
      evidence(mine.promise.id),
      evidence(other.promise.id), // another audit's promise
      evidence(crypto.randomUUID()), // no promise at all
    ];
    const problems = await referenceProblems(db, 'observations', batch);
    expect(problems.slice(0, 41).every((p) => p.length === 0)).toBe(true);
    expect(problems[41]!.map((p) => p.path)).toEqual(['promiseId']);
    expect(problems[42]!.map((p) => p.path)).toEqual(['promiseId']);
    // Records of two audits are read record by record, with the same answer.
    const mixed = await referenceProblems(db, 'observations', [
      evidence(other.promise.id, other.audit.id),
      evidence(mine.promise.id, other.audit.id),
    ]);
    expect(mixed.map((p) => p.length)).toEqual([0, 1]);
    // Creating many refuses them all when one refers nowhere, and stores none.
    const before = await db.observations.count();
    await expect(
      createRecords(db, 'observations', [evidence(mine.promise.id), evidence(crypto.randomUUID())]),
    ).rejects.toThrow(/promiseId refers to a brand promise that is not in this audit/);
    expect(await db.observations.count()).toBe(before);
  });

  it('refuses an update that breaks a rule, keeping the record as it was', async () => {
    db = freshDb();
    const { action } = await auditWithOneOfEach(db);
    await expect(updateRecord(db, 'actions', action.id, { owner: '' })).rejects.toThrow(
      'Action: owner is required once the action is committed',
    );
    expect(await db.actions.get(action.id)).toEqual(action);
  });

  it('refuses an audit whose period ends before it starts, naming periodEnd', async () => {
    db = freshDb();
    await expect(
      createAudit(db, { name: 'X', brand: 'Y', periodStart: '2026-05-01', periodEnd: '2026-04-01', language: 'en' }),
    ).rejects.toThrow('Audit: periodEnd must not be before the period start');
    await expect(
      createAudit(db, { name: ' ', brand: 'Y', periodStart: '2026-05-01', periodEnd: '2026-06-01', language: 'en' }),
    ).rejects.toThrow('Audit: name is required');
  });

  it('renames an audit', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const renamed = await updateAudit(db, audit.id, { name: 'Renamed' });
    expect((await db.audits.get(audit.id))?.name).toBe('Renamed');
    expect(renamed.createdAt).toBe(audit.createdAt);
  });

  it('deletes a touchpoint with its promises, their evidence, photos and actions, and says so first', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const preview = await previewDeletion(db, 'touchpoints', [made.touchpoint.id]);
    expect(preview).toEqual({ touchpoints: 1, promises: 1, observations: 1, actions: 1, photos: 1 });
    expect(await deleteRecords(db, 'touchpoints', [made.touchpoint.id])).toEqual(preview);
    expect(await db.promises.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
    expect(await db.photos.count()).toBe(0);
    expect((await db.visits.get(made.visit.id))?.checklist).toEqual([]);
    expect(await db.stages.count()).toBe(1);
  });

  it('deletes an audit and everything in it, and nothing of another audit', async () => {
    db = freshDb();
    const first = await auditWithOneOfEach(db);
    const second = await auditWithOneOfEach(db);
    await deleteAudit(db, first.audit.id);
    expect(await db.audits.get(first.audit.id)).toBeUndefined();
    for (const table of ['stages', 'channels', 'touchpoints', 'promises', 'observations', 'visits', 'actions', 'photos'] as const) {
      expect(await db[table].where('auditId').equals(first.audit.id).count()).toBe(0);
      expect(await db[table].where('auditId').equals(second.audit.id).count()).toBe(1);
    }
  });

  it('reads a whole audit back as a bundle', async () => {
    db = freshDb();
    const made = await auditWithOneOfEach(db);
    const bundle = await readAuditBundle(db, made.audit.id);
    expect(bundle.audit).toEqual({ ...made.audit, updatedAt: expect.any(String) });
    expect(bundle.promises).toEqual([made.promise]);
    expect(bundle.observations).toEqual([made.observation]);
  });
});
