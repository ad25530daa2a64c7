import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, parseCsv } from '../../shared/formats/csv';
import { autoMapColumns } from '../../shared/register/csv-fields';
import { planRegisterImport, type ImportPlan } from '../../shared/register/csv-import';
import { replayJournal, type Journal } from '../../renderer/src/db/changes';
import { auditTables } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { applyImportPlan } from '../../renderer/src/db/commands/register';
import { auditWithOneOfEach, freshDb } from './helpers';

let db: TouchstoneDb;
afterEach(() => db?.close());

function planFor(name: string, existing: Parameters<typeof planRegisterImport>[1]): ImportPlan {
  const decoded = decodeCsv(
    new Uint8Array(readFileSync(path.join(import.meta.dirname, '../fixtures/csv', name))),
  );
  const table = parseCsv(decoded.text, detectDelimiter(decoded.text));
  const result = planRegisterImport(
    'promises',
    existing,
    table,
    autoMapColumns('promises', table.header),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

const counts = async (db: TouchstoneDb) => ({
  stages: await db.stages.count(),
  channels: await db.channels.count(),
  touchpoints: await db.touchpoints.count(),
  promises: await db.promises.count(),
});

describe('applying a CSV import', () => {
  it('writes the whole plan, appending stages after the audit’s own, and can be undone as one step', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const before = await counts(db);
    const plan = planFor('promises-win1251-semicolon.csv', {
      stages: [],
      channels: [],
      touchpoints: [],
      promises: [],
    });
    const journal: Journal = [];
    await db.transaction('rw', auditTables(db), () => applyImportPlan(db, audit.id, plan, journal));
    expect(await counts(db)).toEqual({
      stages: before.stages + 2,
      channels: before.channels + 3,
      touchpoints: before.touchpoints + 3,
      promises: before.promises + 4,
    });
    const stages = await db.stages.where('auditId').equals(audit.id).sortBy('order');
    expect(stages.map((s) => s.name)).toEqual(['Buy', 'Покупка', 'Сервис']);
    await replayJournal(db, journal, 'undo');
    expect(await counts(db)).toEqual(before);
  });

  it('keeps nothing when any record of the import is refused', async () => {
    db = freshDb();
    const { audit } = await auditWithOneOfEach(db);
    const before = await counts(db);
    const plan = planFor('promises-win1251-semicolon.csv', {
      stages: [],
      channels: [],
      touchpoints: [],
      promises: [],
    });
    // The last promise points at a touchpoint that is not in the audit: the store refuses it.
    plan.promises.push({ ...plan.promises[0]!, touchpoint: { id: crypto.randomUUID() } });
    await expect(
      db.transaction('rw', auditTables(db), () => applyImportPlan(db, audit.id, plan)),
    ).rejects.toThrow(/touchpoint that is not in this audit/);
    expect(await counts(db)).toEqual(before);
  });
});
