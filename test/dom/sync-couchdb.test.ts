// The optional suite: the same round trip against a real Apache CouchDB, when COUCHDB_URL
// (with COUCHDB_USER and COUCHDB_PASSWORD, an admin's) names one. Without it the test is
// skipped, and its name says how to run it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { updateRecord } from '../../renderer/src/db/commands/records';
import { realCouch, type TestCouch } from '../support/couch-server';
import { auditWithOneOfEach, freshDb } from './helpers';
import { replica, teamDatabase, untilInSync } from './sync-harness';

vi.setConfig({ testTimeout: 120_000 });

const real = realCouch(process.env);
let couch: TestCouch | null = null;
beforeAll(() => {
  couch = real;
});
afterAll(() => couch?.stop());

describe('team sync against Apache CouchDB', () => {
  it.skipIf(!real)(
    real
      ? `brings an audit to a second laptop and an edit back through ${real.url}`
      : 'skipped: set COUCHDB_URL, COUCHDB_USER and COUCHDB_PASSWORD (an admin) to run it against Apache CouchDB',
    async () => {
      const database = `touchstone-test-${crypto.randomUUID().slice(0, 8)}`;
      await teamDatabase(couch!, database, ['alice', 'bob']);
      const dbA = freshDb();
      const made = await auditWithOneOfEach(dbA);
      const a = await replica(couch!, 'alice', database, made.audit.id, dbA);
      const b = await replica(couch!, 'bob', database, null);
      await a.online();
      await untilInSync(a);
      await b.online();
      await untilInSync(b);
      expect(await b.db.promises.get(made.promise.id)).toEqual(
        await a.db.promises.get(made.promise.id),
      );
      await updateRecord(b.db, 'promises', made.promise.id, {
        statement: 'Queues under 4 minutes',
      });
      await untilInSync(b);
      await a.session!.kick();
      await expect
        .poll(async () => (await a.db.promises.get(made.promise.id))?.statement, {
          timeout: 30_000,
        })
        .toBe('Queues under 4 minutes');
      await a.offline();
      await b.offline();
    },
  );
});
