import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityName } from '../../shared/domain';
import { legacyVersion } from '../../shared/domain';
import { lineObservationId } from '../../shared/fieldwork/lines';
import { DB_VERSION, SCHEMA_V1, SCHEMA_V4, SCHEMA_V5, TouchstoneDb } from '../../renderer/src/db/schema';

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

  it('opens a version 4 database with one observation per checked line, every record versioned', async () => {
    const v4 = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/db-v4.json'), 'utf8')) as V1Fixture;
    const name = `v4-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(4).stores(SCHEMA_V4);
    await old.open();
    for (const [table, rows] of Object.entries(v4.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new TouchstoneDb(name);
    await db.open();
    const [visit] = await db.visits.toArray();
    const [a, b, c] = (v4.tables.promises as { id: string }[]).map((p) => p.id);
    // Every record valid under today's schemas, each with the version of its last change.
    for (const table of ['audits', 'stages', 'channels', 'touchpoints', 'promises', 'visits', 'observations'] as const) {
      for (const record of await db.table(table).toArray()) {
        const result = ENTITIES[table].schema.safeParse(record);
        expect(result.success, `${table} ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
    expect(visit!.version).toBe(legacyVersion(visit!.updatedAt));
    // The line sent twice has one observation: its latest, with the line's id; the line says so too.
    const lines = await db.observations.where('visitId').equals(visit!.id).toArray();
    expect(lines.map((o) => o.id).sort()).toEqual(
      [lineObservationId(visit!.id, a!), lineObservationId(visit!.id, b!)].sort(),
    );
    const lineA = lines.find((o) => o.promiseId === a)!;
    expect(lineA).toMatchObject({ outcome: 'scored', score: 3, note: 'Came back, served at once' });
    expect(visit!.checklist[0]).toMatchObject({ state: 'scored', score: 3, note: 'Came back, served at once', verbatim: '' });
    // The line edited in the log: what counted becomes the line's.
    expect(visit!.checklist[1]).toMatchObject({ state: 'scored', score: 1, verbatim: 'Nobody explained the fees' });
    // Evidence naming the visit but no line of it stays, on its own.
    const apart = await db.observations.where('promiseId').equals(c!).toArray();
    expect(apart).toHaveLength(2);
    expect(apart.every((o) => o.visitId === null)).toBe(true);
    // What merges remembered: versions for times; nothing kept for observations lines replaced.
    const memory = await db.fieldSync.toArray();
    expect(memory.map((e) => e.table).sort()).toEqual(['observations', 'visits']);
    const ofVisit = memory.find((e) => e.table === 'visits')!;
    expect(ofVisit.originVersion).toBe(visit!.version);
    expect(ofVisit.seen).toEqual({ 'pack-1': legacyVersion('2026-03-10T17:00:00.000Z') });
    expect(await db.scoreSnapshots.count()).toBe(0);
    db.close();
  });

  it('opens a version 5 database with sources as a kind and words, and empty survey tables', async () => {
    const v5 = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/db-v5.json'), 'utf8')) as V1Fixture;
    const name = `v5-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(5).stores(SCHEMA_V5);
    await old.open();
    for (const [table, rows] of Object.entries(v5.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new TouchstoneDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const table of ['audits', 'stages', 'channels', 'touchpoints', 'promises', 'visits', 'observations', 'actions'] as const) {
      const stored = await db.table(table).toArray();
      expect(stored).toHaveLength(v5.tables[table]!.length);
      for (const record of stored) {
        const result = ENTITIES[table].schema.safeParse(record);
        expect(result.success, `${table} ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
    const sources = (await db.promises.toArray()).map((p) => [p.id, p.source, p.customerWording]);
    expect(sources.sort()).toEqual([
      ['00000000-0000-4000-8000-000000002005', { kind: 'advertising', text: '' }, ''],
      ['00000000-0000-4000-8000-000000002006', { kind: 'other', text: '' }, ''],
      ['00000000-0000-4000-8000-000000002007', { kind: 'price-list', text: '' }, ''],
    ]);
    // Records keep their versions: the upgrade is no change anybody made.
    const before = new Map((v5.tables.promises as { id: string; version: number }[]).map((p) => [p.id, p.version]));
    for (const p of await db.promises.toArray()) expect(p.version).toBe(before.get(p.id));
    expect((await db.observations.toArray()).every((o) => o.externalKey === null)).toBe(true);
    expect(await db.surveys.count()).toBe(0);
    expect(await db.surveyImports.count()).toBe(0);
    db.close();
  });
});

