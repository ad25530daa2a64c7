// Team sync at audit scale, over loopback HTTP to the test server (express-pouchdb on PouchDB's
// in-memory adapter, test/support/couch-server.ts) holding the audit's documents:
// - the first replication in Chromium, the web build joining through the Audits screen, against
//   PouchDB's replicate into IndexedDB in the same browser (sync-browser.ts);
// - the first replication into an empty laptop the way the app does it (sync-app.ts: PouchDB's
//   sync into the local replica, every change validated and written into the store, the store
//   in fake-indexeddb), against a bare PouchDB replicate of the same documents into an empty
//   in-memory PouchDB (same batch size): reported beside the Chromium case, which is judged;
// - an edit's round trip between two such replicas (store to store), against a bare document
//   put into one live-synced in-memory PouchDB until it is in another.
import type { AuditBundle } from '../../shared/domain';
import { replicates, SYNCED_ENTITIES, toDoc, type SyncedRecord } from '../../shared/sync/documents';
import {
  basicAuth,
  nodePouch,
  startTestCouch,
  type TestCouch,
} from '../../test/support/couch-server';
import { judge, medianOf, type BenchResult } from './results';
import { browserFirstReplication } from './sync-browser';

export const DATABASE = 'bench-team';
/** The bare round trip's database: empty, so that its live syncs start with nothing to bring. */
const BARE_DATABASE = 'bench-bare';
const USERS = ['alice', 'bob', 'carol', 'dave'];

/** PouchDB in Node, as far as this file uses it. */
interface Pouch {
  bulkDocs(docs: object[]): Promise<unknown>;
  put(doc: object): Promise<unknown>;
  get(id: string): Promise<unknown>;
  info(): Promise<{ doc_count: number }>;
  destroy(): Promise<unknown>;
  sync(other: Pouch, options: object): Live;
}
/** A live sync: cancelled, it settles once its requests have ended. */
type Live = { cancel(): void } & PromiseLike<unknown>;
interface PouchStatic {
  new (name: string, options?: object): Pouch;
  replicate(from: Pouch, to: Pouch, options: object): Promise<{ docs_written: number }>;
}

interface AppSide {
  firstReplication(
    couch: TestCouch,
    database: string,
    user: string,
    observations: number,
  ): Promise<{ ms: number; replica: unknown }>;
  editRoundTrips(a: unknown, b: unknown, promiseId: string, times: number): Promise<number[]>;
  discard(replica: unknown): Promise<void>;
}

async function admin(couch: TestCouch, method: string, path: string, body?: unknown) {
  const res = await fetch(`${couch.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: basicAuth(couch.admin.username, couch.admin.password),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<unknown>;
}

/** The team database as `touchstone sync setup` leaves it, holding the audit's documents. */
export async function fillTeamDatabase(couch: TestCouch, bundle: AuditBundle): Promise<number> {
  for (const database of [DATABASE, BARE_DATABASE]) {
    await admin(couch, 'PUT', `/${database}`);
    await admin(couch, 'PUT', `/${database}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: USERS, roles: [] },
    });
  }
  for (const name of USERS)
    await admin(couch, 'PUT', `/_users/org.couchdb.user:${name}`, {
      name,
      password: `${name}-pw`,
      roles: [],
      type: 'user',
    });
  const docs = SYNCED_ENTITIES.flatMap((entity) => {
    const records = (
      entity === 'audits' ? [bundle.audit] : (bundle[entity] ?? [])
    ) as SyncedRecord[];
    return records.filter((r) => replicates(entity, r)).map((r) => toDoc(entity, r));
  });
  for (let i = 0; i < docs.length; i += 5_000)
    await admin(couch, 'POST', `/${DATABASE}/_bulk_docs`, { docs: docs.slice(i, i + 5_000) });
  return docs.length;
}

function remoteOf(
  PouchDB: PouchStatic,
  couch: TestCouch,
  user: string,
  database = DATABASE,
): Pouch {
  return new PouchDB(`${couch.url}/${database}`, {
    skip_setup: true,
    auth: { username: user, password: `${user}-pw` },
  });
}

/** A bare first replication: PouchDB.replicate from the server into an empty in-memory PouchDB. */
async function bareReplication(PouchDB: PouchStatic, couch: TestCouch, docs: number) {
  const local = new PouchDB(`bare-${crypto.randomUUID()}`, { adapter: 'memory' });
  const start = performance.now();
  await PouchDB.replicate(remoteOf(PouchDB, couch, 'carol'), local, { batch_size: 250 });
  const ms = performance.now() - start;
  const held = (await local.info()).doc_count;
  if (held !== docs) throw new Error(`bare replication: ${held} of ${docs} documents`);
  await local.destroy();
  return ms;
}

/**
 * A bare edit's round trip: two in-memory PouchDBs live-synced with an empty database on the
 * same server, a document put into one until the other has it.
 */
async function bareRoundTrips(PouchDB: PouchStatic, couch: TestCouch, times: number) {
  const options = { live: true, retry: true, batch_size: 250 };
  const [a, b] = ['carol', 'dave'].map((user) => {
    const local = new PouchDB(`bare-live-${crypto.randomUUID()}`, { adapter: 'memory' });
    return { local, sync: local.sync(remoteOf(PouchDB, couch, user, BARE_DATABASE), options) };
  }) as [{ local: Pouch; sync: Live }, { local: Pouch; sync: Live }];
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
    const id = `bench:${crypto.randomUUID()}`;
    const start = performance.now();
    await from.local.put({ _id: id, n: i });
    for (;;) {
      try {
        await to.local.get(id);
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    samples.push(performance.now() - start);
  }
  for (const side of [a, b]) {
    side.sync.cancel();
    await side.sync;
    await side.local.destroy();
  }
  return samples;
}

/** The sync cases on an audit (the large one, or fewer observations with BENCH_SYNC_OBSERVATIONS). */
export async function syncCases(
  bundle: AuditBundle,
  log: (what: string) => void,
): Promise<BenchResult[]> {
  const n = bundle.observations.length.toLocaleString('en-US');
  const PouchDB = (await nodePouch()) as unknown as PouchStatic;
  // Dexie looks for IndexedDB when it loads: fake-indexeddb first, then the app's code.
  // (Both by a name in a variable: the app side is the web project's, typed there.)
  const fakeIndexedDb = 'fake-indexeddb/auto';
  await import(fakeIndexedDb);
  const appModule = './sync-app';
  const app = (await import(appModule)) as AppSide;
  const couch = await startTestCouch();
  try {
    log('sync: filling the team database');
    const docs = await fillTeamDatabase(couch, bundle);
    const observations = bundle.observations.length;
    // Chromium first, while the server's process holds nothing but the team database.
    log(`sync: ${docs.toLocaleString('en-US')} documents`);
    const chromium = await browserFirstReplication(couch, DATABASE, docs, log);
    log('sync: bare replication in Node');
    const bare = await bareReplication(PouchDB, couch, docs);
    log(`sync: bare ${Math.round(bare)} ms; the app's first replication`);
    const first = await app.firstReplication(couch, DATABASE, 'alice', observations);
    log(`sync: app ${Math.round(first.ms)} ms; a second laptop for the round trip`);
    const second = await app.firstReplication(couch, DATABASE, 'bob', observations);
    log('sync: round trips');
    const promiseId = bundle.promises[0]!.id;
    const trips = await app.editRoundTrips(first.replica, second.replica, promiseId, 5);
    const bareTrips = await bareRoundTrips(PouchDB, couch, 5);
    for (const r of [first.replica, second.replica]) await app.discard(r);
    return [
      judge(
        `sync: first replication in Chromium, the web build joining, ${n} observations (${docs.toLocaleString('en-US')} documents)`,
        chromium.app,
        chromium.bare,
        'bare PouchDB replicate into IndexedDB',
        { ratio: 1.5 },
      ),
      judge(
        `sync: first replication in Node (store in fake-indexeddb), ${n} observations (${docs.toLocaleString('en-US')} documents)`,
        first.ms,
        bare,
        'bare PouchDB replicate into memory',
        // Reported only: the laptop's figure is Chromium's, where the replica, the store and
        // the baseline's database are all IndexedDB. Here the baseline writes into memory and
        // the store into a JavaScript emulation of IndexedDB, so the ratio compares storages.
        {},
      ),
      judge(
        'sync: an edit, store to store between two replicas (loopback)',
        medianOf(trips),
        medianOf(bareTrips),
        'bare PouchDB live sync',
        { under: 2000 },
      ),
    ];
  } finally {
    await couch.stop();
  }
}
