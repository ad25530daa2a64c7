import { afterEach, describe, expect, it } from 'vitest';
import { replayJournal, type Journal } from '../../renderer/src/db/changes';
import { auditTables } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { applyTemplate } from '../../renderer/src/db/commands/register';
import { loadTemplates } from '../../renderer/src/db/templates/templates';
import type { Template } from '../../shared/templates/template';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb;
afterEach(() => db?.close());

const counts = async (db: TouchstoneDb) => ({
  stages: await db.stages.count(),
  channels: await db.channels.count(),
  touchpoints: await db.touchpoints.count(),
  promises: await db.promises.count(),
});
const inOneTransaction = <T>(db: TouchstoneDb, work: () => Promise<T>) =>
  db.transaction('rw', auditTables(db), work);

describe('the shipped templates, as the app reads them', () => {
  it('are offered retail, banking, telecom, hospitality, in that order', async () => {
    const templates = await loadTemplates();
    expect(templates.map((t) => t.id).slice(0, 4)).toEqual([
      'retail',
      'banking',
      'telecom',
      'hospitality',
    ]);
  });
});

describe('applying a template to an audit', () => {
  it('adds the template after what the audit has, adds nothing the second time, and undoes as one step', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const before = await counts(db);
    const retail = (await loadTemplates()).find((t) => t.id === 'retail')!;

    const journal: Journal = [];
    const added = await inOneTransaction(db, () =>
      applyTemplate(db, audit.id, retail, 'pl', journal),
    );
    expect(added).toEqual({
      stages: retail.stages.length,
      channels: retail.channels.length,
      touchpoints: retail.touchpoints.length,
      promises: retail.promises.length,
    });
    const stages = await db.stages.where('auditId').equals(audit.id).sortBy('order');
    expect(stages[0]!.name).toBe('Buy');
    expect(stages.slice(1).map((s) => s.name)).toEqual(retail.stages.map((s) => s.name.pl));
    const checkout = (await db.touchpoints.toArray()).find((t) => t.name === 'Kasa');
    expect(checkout?.department).toBe('Sieć sklepów');

    const again = await inOneTransaction(db, () => applyTemplate(db, audit.id, retail, 'pl'));
    expect(again).toEqual({ stages: 0, channels: 0, touchpoints: 0, promises: 0 });

    await replayJournal(db, journal, 'undo');
    expect(await counts(db)).toEqual(before);
  });

  it('keeps nothing of a template when one of its records is refused', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const before = await counts(db);
    const broken = structuredClone((await loadTemplates())[0]!) as Template;
    (broken.promises.at(-1) as { importance: number }).importance = 7;
    await expect(
      inOneTransaction(db, () => applyTemplate(db, audit.id, broken, 'en')),
    ).rejects.toThrow(/importance must be between 1 and 5/);
    expect(await counts(db)).toEqual(before);
  });
});
