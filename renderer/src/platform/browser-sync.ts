import type {
  SyncCredentialsRequest,
  SyncHttpRequest,
  SyncHttpResponse,
} from '../../../shared/desktop-api';
import { LocalizedError } from '../../../shared/domain';
import { authorizedRequest, type HeldCredentials } from '../../../shared/sync/request';

// The browser build's half of team sync: credentials live in this tab's session storage only
// (gone when the tab closes; a reload keeps them), never in IndexedDB with the audits, and each
// request goes out only to its connection's server and database, checked before it leaves.

const KEY = (id: string) => `touchstone.sync.${id}`;

/** Keeps a connection's credentials for the session. */
export async function setSessionCredentials(request: SyncCredentialsRequest): Promise<void> {
  const held: HeldCredentials = {
    server: request.server,
    database: request.database,
    username: request.username,
    password: request.password,
  };
  sessionStorage.setItem(KEY(request.connectionId), JSON.stringify(held));
}

/** Forgets a connection's credentials. */
export async function forgetSessionCredentials(connectionId: string): Promise<void> {
  sessionStorage.removeItem(KEY(connectionId));
}

/** Sends a replication request with the session's credentials for its connection. */
export async function sessionFetch(request: SyncHttpRequest): Promise<SyncHttpResponse> {
  const stored = sessionStorage.getItem(KEY(request.connectionId));
  if (!stored) throw new LocalizedError('errors.sync.noCredentials');
  const { url, init } = authorizedRequest(JSON.parse(stored) as HeldCredentials, request);
  const response = await fetch(url, { ...init, credentials: 'omit', cache: 'no-store' });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/** The servers this session has credentials for (the page's CSP allows only those). */
export function sessionServers(): string[] {
  const out: string[] = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i);
    if (!key?.startsWith('touchstone.sync.')) continue;
    try {
      out.push(
        new URL((JSON.parse(sessionStorage.getItem(key)!) as HeldCredentials).server).origin,
      );
    } catch {
      // not ours to read
    }
  }
  return out;
}
