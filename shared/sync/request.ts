import { LocalizedError } from '../domain/errors';
import { requestAllowed, type SyncCredentials } from './connection';

/** A replication request as it crosses from the page to whatever sends it. */
export interface OutgoingRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

/** What a platform keeps of a connection to send its requests. */
export interface HeldCredentials extends SyncCredentials {
  server: string;
  database: string;
}

/** Headers the page may not set itself: the credentials are added here, never by the page. */
const REFUSED_HEADERS = new Set(['authorization', 'cookie', 'host', 'proxy-authorization']);

/**
 * The request to send for a connection: only to its server and database, with its
 * credentials as HTTP Basic authorization. Anything else is refused with a message naming the
 * address (never the credentials), before any byte leaves.
 */
export function authorizedRequest(
  held: HeldCredentials,
  request: OutgoingRequest,
): { url: string; init: { method: string; headers: Record<string, string>; body: string | null } } {
  if (!requestAllowed(held, request.url)) {
    let shown: string;
    try {
      const u = new URL(request.url);
      shown = `${u.origin}${u.pathname}`;
    } catch {
      shown = request.url.slice(0, 200);
    }
    throw new LocalizedError('errors.sync.notAllowed', { url: shown });
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers))
    if (!REFUSED_HEADERS.has(k.toLowerCase())) headers[k] = v;
  const token = btoa(
    String.fromCharCode(...new TextEncoder().encode(`${held.username}:${held.password}`)),
  );
  headers.Authorization = `Basic ${token}`;
  return { url: request.url, init: { method: request.method, headers, body: request.body } };
}
