import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openStore, storeNeedsUpgrade, type StartWait } from '../../renderer/src/db/opening';
import { SCHEMA_V1, TouchstoneDb } from '../../renderer/src/db/schema';
import { freshDb } from './helpers';

/** What the start screen says while the store opens (db/opening.ts), in the order it says it. */

async function opened(db: TouchstoneDb, options: Parameters<typeof openStore>[1]) {
  const said: StartWait['kind'][] = [];
  await openStore(db, options, (wait) => said.push(wait.kind));
  db.close();
  return said;
}

describe('the start', () => {
  it('says it opens the store, and no more, when nothing holds it', async () => {
    expect(await opened(freshDb(), { interrupted: null, busy: false })).toEqual(['opening']);
  });

  it('says it upgrades a store of an older version before opening it', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    const db = new TouchstoneDb(name);
    expect(await storeNeedsUpgrade(db)).toBe(true);
    expect(await opened(db, { interrupted: null, busy: false })).toEqual(['opening', 'upgrading']);
    expect(await storeNeedsUpgrade(new TouchstoneDb(name))).toBe(false);
  });

  it('names a write cut short, and opens once no write holds the audits', async () => {
    const db = freshDb();
    const write = { kind: 'import' as const, subject: 'large.touchstone' };
    expect(await opened(db, { interrupted: write, busy: false })).toEqual(['interrupted']);
    expect(await opened(new TouchstoneDb(db.name), { interrupted: null, busy: true })).toEqual([
      'busy',
    ]);
  });

  it('waits for another connection’s write over the audits before it says the store is open', async () => {
    const db = freshDb();
    await db.open();
    const other = new TouchstoneDb(db.name);
    let released = false;
    // Another window's write, still under way: it holds the audits until it ends.
    const writing = other.transaction('rw', other.audits, async () => {
      for (let i = 0; i < 20; i++) await other.audits.count();
      released = true;
    });
    const start = new TouchstoneDb(db.name);
    await openStore(start, { interrupted: null, busy: true }, () => undefined);
    expect(released).toBe(true);
    await writing;
  });
});
