import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain';
import {
  parseFieldPack,
  parseFieldResults,
  serializeFieldPack,
  serializeFieldResults,
} from '../../shared/fieldwork/pack-file';
import {
  buildFieldPack,
  buildFieldResults,
  importFieldResults,
  listConflicts,
  openFieldPack,
  resolveConflict,
} from '../../renderer/src/db/commands/field-packs';
import { createRecord, updateRecord } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import {
  addPhoto,
  completeVisit,
  pendingItem,
  updateChecklistItem,
} from '../../renderer/src/db/commands/fieldwork';
import { auditWithOneOfEach, freshDb } from './helpers';
import { pngPixel } from '../support/photo-bytes';

let db: TouchstoneDb;
afterEach(() => db?.close());

/** A consultant's audit with two visits for Anna and one for Piotr. */
async function hubWithVisits(db: TouchstoneDb) {
  const made = await auditWithOneOfEach(db);
  const second = await createRecord(db, 'promises', {
    auditId: made.audit.id,
    touchpointId: made.touchpoint.id,
    statement: 'The cashier thanks you',
    source: { kind: 'staff-script', text: '' },
    customerWording: '',
    kind: 'emotional',
    importance: 3,
    target: null,
    belief: null,
  });
  const visit = (location: string, observer: string) =>
    createRecord(db, 'visits', {
      auditId: made.audit.id,
      kind: 'field-check',
      location,
      date: '2026-03-02',
      observer,
      scenario: 'Lunchtime check',
      wave: 2,
      status: 'planned',
      checklist: [pendingItem(made.promise.id), pendingItem(second.id)],
    });
  const anna1 = await visit('Kraków – Rynek', 'Anna Nowak');
  const anna2 = await visit('Kraków – Kazimierz', 'anna nowak ');
  await visit('Gdańsk', 'Piotr');
  return { ...made, second, anna1, anna2 };
}

/** What a manager does with a pack: open it, fill the first visit, complete it, export. */
async function managerFills(db: TouchstoneDb, packText: string) {
  const local = await openFieldPack(db, parseFieldPack(packText));
  const visits = await db.visits.where('auditId').equals(local.id).toArray();
  const first = visits.find((v) => v.location === 'Kraków – Rynek');
  const [queue, thanks] = first!.checklist.map((i) => i.promiseId);
  await updateChecklistItem(db, first!.id, queue!, { state: 'scored', measured: 4 });
  const photo = await addPhoto(db, local.id, {
    name: 'till.png',
    type: 'image/png',
    data: pngPixel(),
  });
  await updateChecklistItem(db, first!.id, thanks!, {
    state: 'scored',
    score: 1,
    note: 'No thanks at till 2',
    photoIds: [photo.id],
  });
  expect(await completeVisit(db, first!.id)).toBe(2);
  return { local, results: await buildFieldResults(db, local.id, 'test') };
}

describe('field packs, from the consultant to a manager and back', () => {
  it('carries one manager’s open visits and only the promises they check', async () => {
    db = freshDb();
    const hub = await hubWithVisits(db);
    const pack = await buildFieldPack(db, hub.audit.id, 'Anna Nowak', 'test');
    expect(pack.visits.map((v) => v.location).sort()).toEqual([
      'Kraków – Kazimierz',
      'Kraków – Rynek',
    ]);
    expect(pack.promises.map((p) => p.statement).sort()).toEqual([
      'The cashier thanks you',
      'You never queue more than 5 minutes',
    ]);
    expect(JSON.stringify(pack)).not.toContain('Open a third till'); // no actions, no scores
    expect(parseFieldPack(serializeFieldPack(pack))).toEqual(pack);
  });

  it('round-trips: the manager fills a visit offline, the consultant merges it once, and again adds nothing', async () => {
    db = freshDb();
    const hub = await hubWithVisits(db);
    const packText = serializeFieldPack(
      await buildFieldPack(db, hub.audit.id, 'Anna Nowak', 'test'),
    );
    const { local, results } = await managerFills(db, packText);
    // The manager's copy shows just their visits.
    expect(await db.visits.where('auditId').equals(local.id).count()).toBe(2);

    const text = serializeFieldResults(results);
    const before = await db.observations.where('auditId').equals(hub.audit.id).count();
    const summary = await importFieldResults(db, parseFieldResults(text));
    // Counted in evidence: the visit's two checked lines are two new observations.
    expect(summary).toMatchObject({ added: 2, updated: 0, conflicts: 0, photos: 1 });
    expect(await db.observations.where('auditId').equals(hub.audit.id).count()).toBe(before + 2);
    const visit = await db.visits.get(hub.anna1.id);
    expect(visit?.status).toBe('completed');
    const made = await db.observations.where('visitId').equals(hub.anna1.id).toArray();
    expect(made.map((o) => [o.method, o.wave, o.measured ?? o.score]).sort()).toEqual([
      ['field-check', 2, 1],
      ['field-check', 2, 4],
    ]);
    expect(made.find((o) => o.score === 1)?.note).toBe('No thanks at till 2');

    const again = await importFieldResults(db, parseFieldResults(text));
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: 0, photos: 0 });
    expect(await db.observations.where('auditId').equals(hub.audit.id).count()).toBe(before + 2);

    // A second export of the same work gives the same ids: still nothing new.
    const later = serializeFieldResults(await buildFieldResults(db, local.id, 'test'));
    expect((await importFieldResults(db, parseFieldResults(later))).added).toBe(0);
  });

  it('keeps both versions of a visit changed on both sides and flags it, until someone chooses', async () => {
    db = freshDb();
    const hub = await hubWithVisits(db);
    const packText = serializeFieldPack(
      await buildFieldPack(db, hub.audit.id, 'Anna Nowak', 'test'),
    );
    const results = parseFieldResults(
      serializeFieldResults((await managerFills(db, packText)).results),
    );
    // Meanwhile the consultant changes the same visit: a version of their own, however quick.
    await updateRecord(db, 'visits', hub.anna1.id, { scenario: 'Lunchtime check, two tills' });

    const summary = await importFieldResults(db, results);
    expect(summary.conflicts).toBe(1);
    expect((await db.visits.get(hub.anna1.id))?.scenario).toBe('Lunchtime check, two tills');
    const [conflict] = await listConflicts(db, hub.audit.id);
    expect(conflict?.others[0]?.record).toMatchObject({ status: 'completed' });

    await resolveConflict(db, 'visits', hub.anna1.id, conflict!.others[0]!.origin);
    expect((await db.visits.get(hub.anna1.id))?.status).toBe('completed');
    expect(await listConflicts(db, hub.audit.id)).toEqual([]);
    expect((await importFieldResults(db, results)).conflicts).toBe(0);
  });

  it('refuses a damaged or foreign file, naming what is wrong, and changes nothing', async () => {
    db = freshDb();
    const hub = await hubWithVisits(db);
    const packText = serializeFieldPack(
      await buildFieldPack(db, hub.audit.id, 'Anna Nowak', 'test'),
    );
    const tampered = packText.replace('Kraków – Rynek', 'Kraków – Rynek!');
    expect(() => parseFieldPack(tampered)).toThrow(/Field pack: is damaged/);
    expect(() => parseFieldPack(packText.slice(0, packText.length / 2))).toThrow(
      /Field pack: is not valid JSON/,
    );
    expect(() => parseFieldPack('{"format":"something-else"}')).toThrow(
      /is not a Touchstone field pack/,
    );
    expect(() => parseFieldResults(packText)).toThrow(/is not a Touchstone field results file/);
    const audits = await db.audits.count();
    await openFieldPack(db, parseFieldPack(packText));
    await expect(openFieldPack(db, parseFieldPack(packText))).rejects.toThrow(ValidationError);
    expect(await db.audits.count()).toBe(audits + 1);
  });
});
