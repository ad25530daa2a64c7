import { create } from 'zustand';
import { LocalizedError } from '../../../shared/domain';
import {
  normaliseServerUrl,
  SyncConnectionSchema,
  type SyncConnection,
} from '../../../shared/sync/connection';
import { classifyFailure, isTransient, type SyncStatus } from '../../../shared/sync/status';
import { createConnection, deleteConnection, refreshConnectedAudits } from '../db/commands/sync';
import { db } from '../db/db';
import { desktop } from '../platform';
import { narrowConnectSrc } from '../platform/csp';
import { appPouch, destroyReplica } from './pouch';
import { factsOf, SyncSession } from './session';

/** Each connection's status, as the Audits screen shows it. */
export const useSyncStatus = create<{ byConnection: Record<string, SyncStatus> }>()(() => ({
  byConnection: {},
}));

const sessions = new Map<string, SyncSession>();

function report(id: string) {
  return (status: SyncStatus) =>
    useSyncStatus.setState((s) => ({ byConnection: { ...s.byConnection, [id]: status } }));
}

async function run(connection: SyncConnection): Promise<void> {
  await sessions.get(connection.id)?.stop();
  const session = new SyncSession(db, connection, appPouch, report(connection.id));
  sessions.set(connection.id, session);
  await session.start();
}

/**
 * Starts replicating every connected audit, once the store is open: the page may reach only
 * the servers of its connections from then on (in a browser, a narrower CSP; in the desktop
 * app the page reaches no server at all: the main process does).
 */
export async function startTeamSync(): Promise<void> {
  const connections = await db.syncConnections.toArray();
  narrowConnectSrc(connections.map((c) => c.server));
  await refreshConnectedAudits(db);
  for (const c of connections) if (c.enabled) void run(c);
}

/** What a person enters to connect an audit (or join a database: auditId null). */
export interface ConnectRequest {
  auditId: string | null;
  server: string;
  database: string;
  username: string;
  password: string;
}

/**
 * Connects an audit to a team database and starts replicating: the address must be https
 * (or this computer), the credentials go to the platform, never into the store. The server is
 * asked first: a wrong password, a user the database refuses or a database that is not there
 * is said at once and nothing is kept; a server out of reach is connected all the same (the
 * laptop may be offline) and retried.
 */
export async function connectTeamDatabase(request: ConnectRequest): Promise<SyncConnection> {
  const server = normaliseServerUrl(request.server);
  if (!server.ok) throw new LocalizedError(server.key);
  const input = {
    id: crypto.randomUUID(),
    auditId: request.auditId,
    server: server.url,
    database: request.database.trim(),
    username: request.username.trim(),
  };
  SyncConnectionSchema.pick({ server: true, database: true, username: true }).parse(input);
  const credentials = {
    connectionId: input.id,
    server: input.server,
    database: input.database,
    username: input.username,
    password: request.password,
  };
  await desktop.setSyncCredentials(credentials);
  const problem = await probe({
    ...input,
    createdAt: '',
    lastSyncAt: null,
    appliedSeq: 0,
    enabled: true,
  });
  if (problem && !isTransient(problem)) {
    await desktop.forgetSyncCredentials(input.id);
    throw new LocalizedError(`errors.sync.problem.${problem}`);
  }
  const connection = await createConnection(db, input);
  // A browser page already narrowed to other servers reaches this one from its next start.
  if (!narrowConnectSrc([connection.server])) {
    location.reload();
    return connection;
  }
  await run(connection);
  return connection;
}

/** What stops a connection at once, if anything: asks the server for its database. */
async function probe(connection: SyncConnection) {
  const remote = appPouch.remote(connection);
  try {
    const info = (await remote.info()) as PouchDB.Core.DatabaseInfo & { error?: string };
    if (info.error) throw info;
    return null;
  } catch (error) {
    return classifyFailure(factsOf(error));
  } finally {
    void remote.close().catch(() => undefined);
  }
}

/** Gives a connection its password again (a browser session ended, or the password changed). */
export async function reenterPassword(connectionId: string, password: string): Promise<void> {
  const connection = await db.syncConnections.get(connectionId);
  if (!connection) return;
  await desktop.setSyncCredentials({
    connectionId,
    server: connection.server,
    database: connection.database,
    username: connection.username,
    password,
  });
  await run(connection);
}

/** Disconnects: replication stops, the credentials and the local replica go; the audit stays. */
export async function disconnectTeamDatabase(connectionId: string): Promise<void> {
  const connection = await db.syncConnections.get(connectionId);
  await sessions.get(connectionId)?.stop();
  sessions.delete(connectionId);
  await deleteConnection(db, connectionId);
  await desktop.forgetSyncCredentials(connectionId);
  if (connection) await destroyReplica(connection);
  useSyncStatus.setState((s) => {
    const { [connectionId]: _gone, ...rest } = s.byConnection;
    return { byConnection: rest };
  });
}
