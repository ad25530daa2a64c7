import PouchDB from 'pouchdb-browser';
import type { SyncConnection } from '../../../shared/sync/connection';
import { desktop } from '../platform';
import type { PouchFactory } from './session';

/**
 * PouchDB as the app uses it: each connection's local replica in IndexedDB, and the server
 * reached through the platform's syncFetch — the desktop app's main process or the browser
 * build's session — which adds the credentials and sends nothing but to that server and
 * database. The page itself never holds a password.
 */
function platformFetch(connectionId: string) {
  return async (url: string | Request, init?: RequestInit): Promise<Response> => {
    const target = typeof url === 'string' ? url : url.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body =
      init?.body === undefined || init.body === null
        ? null
        : typeof init.body === 'string'
          ? init.body
          : await new Response(init.body).text();
    const method = (init?.method ?? 'GET').toUpperCase() as
      'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
    const res = await desktop.syncFetch({ connectionId, url: target, method, headers, body });
    return new Response(method === 'HEAD' || res.status === 204 ? null : res.body, {
      status: res.status,
      headers: res.headers,
    });
  };
}

/** The app's PouchDB databases for a connection. */
export const appPouch: PouchFactory = {
  local: (c: SyncConnection) =>
    new PouchDB(`touchstone-replica-${c.id}`, { auto_compaction: true }),
  remote: (c: SyncConnection, database?: string) =>
    new PouchDB(`${c.server}/${database ?? c.database}`, {
      skip_setup: true,
      fetch: platformFetch(c.id),
    } as PouchDB.Configuration.RemoteDatabaseConfiguration),
};

/** Deletes a connection's local replica (it was disconnected). */
export async function destroyReplica(c: SyncConnection): Promise<void> {
  await appPouch.local(c).destroy();
}
