// Replicas for the sync tests: each a store of its own (fake-indexeddb), a local replica in
// memory and a SyncSession against the test server (test/support/couch-server.ts).
import type { SyncConnection } from '../../shared/sync/connection';
import type { SyncStatus } from '../../shared/sync/status';
import { createConnection, refreshConnectedAudits } from '../../renderer/src/db/commands/sync';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { SyncSession, type PouchFactory } from '../../renderer/src/sync/session';
import { basicAuth, nodePouch, type TestCouch } from '../support/couch-server';
import { freshDb } from './helpers';

export interface Replica {
  name: string;
  db: TouchstoneDb;
  connection: SyncConnection;
  session: SyncSession | null;
  statuses: SyncStatus[];
  /** Starts replicating (again). */
  online(): Promise<void>;
  /** Stops replicating: edits stay local until online() again. */
  offline(): Promise<void>;
  /** Waits until everything sent and received has been applied. */
  settle(): Promise<void>;
  /** The replica's local PouchDB (the same data the session replicates). */
  local(): PouchDB.Database;
  /** The team database on the server, with this replica's credentials. */
  remote(): PouchDB.Database;
}

/** Makes the admin's request to the test server. */
export async function adminPut(couch: TestCouch, path: string, body?: unknown) {
  const res = await fetch(`${couch.url}${path}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: basicAuth(couch.admin.username, couch.admin.password),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok && res.status !== 412 && res.status !== 409)
    throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/** A team database with its members, as `touchstone sync setup` leaves one. */
export async function teamDatabase(couch: TestCouch, database: string, members: string[]) {
  await adminPut(couch, `/${database}`);
  for (const name of members)
    await adminPut(couch, `/_users/org.couchdb.user:${name}`, {
      name,
      password: `${name}-pw`,
      roles: [],
      type: 'user',
    });
  await adminPut(couch, `/${database}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: members, roles: [] },
  });
}

/** A replica of one user, connected (auditId null: joining what the database holds). */
export async function replica(
  couch: TestCouch,
  name: string,
  database: string,
  auditId: string | null,
  db: TouchstoneDb = freshDb(),
  password = `${name}-pw`,
): Promise<Replica> {
  const PouchDB = (await nodePouch()) as unknown as PouchDB.Static;
  const suffix = crypto.randomUUID();
  const pouch: PouchFactory = {
    local: (c) => new PouchDB(`replica-${c.id}-${suffix}`, { adapter: 'memory' }),
    remote: (c, other) =>
      new PouchDB(`${c.server}/${other ?? c.database}`, {
        skip_setup: true,
        auth: { username: name, password },
      } as PouchDB.Configuration.RemoteDatabaseConfiguration),
  };
  const connection = await createConnection(db, {
    auditId,
    server: couch.url,
    database,
    username: name,
  });
  await refreshConnectedAudits(db);
  const r: Replica = {
    name,
    db,
    connection,
    session: null,
    statuses: [],
    async online() {
      const current = (await db.syncConnections.get(connection.id))!;
      r.session = new SyncSession(db, current, pouch, (s) => r.statuses.push(s));
      await r.session.start();
    },
    async offline() {
      await r.session?.stop();
      r.session = null;
    },
    async settle() {
      await r.session?.settled();
    },
    local: () => pouch.local(connection),
    remote: () => pouch.remote(connection),
  };
  return r;
}

/**
 * Waits until a replica's status says in sync, with nothing waiting to go (a minute at most by
 * default: replication over HTTP beside the rest of the suite on two shared cores).
 */
export async function untilInSync(r: Replica, timeoutMs = 60_000): Promise<void> {
  await until(
    () => {
      const last = r.statuses.at(-1);
      return last?.state.kind === 'in-sync' && last.pending === 0;
    },
    timeoutMs,
    () => `${r.name}: ${JSON.stringify(r.statuses.at(-1))}`,
  );
}

/** Waits for a condition, checking as the event loop turns (never a fixed sleep). */
export async function until(
  test: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
  say: () => string = () => 'condition',
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await test())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${say()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
