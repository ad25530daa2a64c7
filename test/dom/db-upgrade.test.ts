import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityName } from '../../shared/domain';
import { DB_VERSION, SCHEMA_V1, TouchstoneDb } from '../../renderer/src/db/schema';

interface V1Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/db-v1.json'), 'utf8')) as V1Fixture;

/** Writes the fixture with the version 1 layout, as the first release of the store did. */
async function writeV1Database(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkAdd(rows);
  v1.close();
}

describe('the store upgrade', () => {
  it('opens a version 1 database and keeps every record, valid under today’s schemas', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await writeV1Database(name);
    const db = new TouchstoneDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await db.table(table).toArray();
      expect(stored.map((r: { id?: string; key?: string }) => r.id ?? r.key).sort()).toEqual(
        rows.map((r) => (r.id ?? r.key) as string).sort(),
      );
      if (table === 'meta') continue;
      for (const record of stored) {
        const result = ENTITIES[table as EntityName].schema.safeParse(record);
        expect(result.success, `${table} ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
    db.close();
  });

  it('fills what version 1 lacked and changes nothing else', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await writeV1Database(name);
    const db = new TouchstoneDb(name);
    const audit = await db.audits.toCollection().first();
    expect(audit?.scoring.recencyHalfLifeDays).toBe(180);
    expect(audit?.confidentiality).toBe('');
    expect(audit?.name).toBe('Pilot audit');
    const observation = await db.observations.get(fixture.tables.observations![0]!.id as string);
    expect(observation).toMatchObject({ outcome: 'scored', photoIds: [], visitId: null, measured: 22 });
    // The new indexes answer.
    expect(await db.observations.where('visitId').equals(fixture.tables.visits![0]!.id as string).count()).toBe(0);
    expect(await db.actions.where('status').equals('committed').count()).toBe(1);
    expect(await db.photos.count()).toBe(0);
    db.close();
  });
});
