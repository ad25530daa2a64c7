import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../domain/common';
import { zodMessage } from '../domain/zod-issues';

/**
 * Where an audit replicates: a CouchDB server, a database on it, and who connects. The
 * password is never part of this (it stays with the platform: Electron's safeStorage in the
 * desktop app, the session in a browser), so a connection may be stored, logged or shown.
 */

/** Host names that are this machine: the only ones reached over plain http. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * A server address as the app keeps it (origin and an optional path, no trailing slash), or the
 * catalogue key of why it is refused: not a URL, not http(s), http to another machine, user or
 * password written into it, a query or fragment.
 */
export function normaliseServerUrl(text: string):
  | { ok: true; url: string }
  | {
      ok: false;
      key: 'errors.sync.serverUrl' | 'errors.sync.httpsRequired' | 'errors.sync.credentialsInUrl';
    } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, key: 'errors.sync.serverUrl' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, key: 'errors.sync.serverUrl' };
  if (url.username || url.password) return { ok: false, key: 'errors.sync.credentialsInUrl' };
  if (url.search || url.hash) return { ok: false, key: 'errors.sync.serverUrl' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return { ok: false, key: 'errors.sync.httpsRequired' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** A CouchDB database name as Touchstone makes them: lower-case letters, digits, _ and -. */
export const DATABASE_NAME = /^[a-z][a-z0-9_-]{0,120}$/;
/** A CouchDB user name as Touchstone makes them. */
export const USER_NAME = /^[a-z][a-z0-9_.-]{0,63}$/;

export const ServerUrlSchema = z.string().superRefine((s, ctx) => {
  const r = normaliseServerUrl(s);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: zodMessage(r.key) });
  else if (r.url !== s)
    ctx.addIssue({ code: 'custom', message: zodMessage('errors.sync.serverUrl') });
});

export const DatabaseNameSchema = z
  .string()
  .regex(DATABASE_NAME, { error: zodMessage('errors.sync.databaseName') });
export const UserNameSchema = z
  .string()
  .regex(USER_NAME, { error: zodMessage('errors.sync.userName') });

/** One audit's connection to a team database, as the store keeps it. */
export const SyncConnectionSchema = z.object({
  id: IdSchema,
  /** The audit replicated; null until a joined database has brought its audit. */
  auditId: IdSchema.nullable(),
  server: ServerUrlSchema,
  database: DatabaseNameSchema,
  username: UserNameSchema,
  createdAt: TimestampSchema,
  /** When replication last finished with nothing left to send or receive. */
  lastSyncAt: TimestampSchema.nullable(),
  /** How far the local replica's changes have been applied to the store. */
  appliedSeq: z.union([z.string(), z.number()]),
  /**
   * The replica's sequence when its first replication ended: a record taken in then is in step
   * with its document's version as long as nothing has been written to that document since.
   */
  firstSeq: z.union([z.string(), z.number()]).optional(),
  /** Replication runs while true; a person can pause it. */
  enabled: z.boolean(),
});
export type SyncConnection = z.infer<typeof SyncConnectionSchema>;

/** A user name and password, as a person types them; never stored by the renderer. */
export const SyncCredentialsSchema = z.object({
  username: UserNameSchema,
  password: z.string().min(1).max(1024),
});
export type SyncCredentials = z.infer<typeof SyncCredentialsSchema>;

/** The databases a connection may reach: its own, and the managers' databases named after it. */
export function managerDatabasePrefix(database: string): string {
  return `${database}--`;
}

/**
 * Whether a request may go out for a connection: to its server only, and only to its database
 * or the managers' databases named after it. The desktop app's main process and the browser
 * build both check this before any request leaves, so the page cannot be made to reach
 * another host, or another database, with the credentials.
 */
export function requestAllowed(
  connection: Pick<SyncConnection, 'server' | 'database'>,
  requestUrl: string,
): boolean {
  let url: URL;
  let server: URL;
  try {
    url = new URL(requestUrl);
    server = new URL(connection.server);
  } catch {
    return false;
  }
  if (url.origin !== server.origin || url.username || url.password) return false;
  const prefix = server.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${prefix}/`)) return false;
  const rest = url.pathname.slice(prefix.length + 1);
  if (/%2e|%2f|%5c|\.\./i.test(rest)) return false;
  const first = decodeURIComponent(rest.split('/')[0] ?? '');
  return (
    first === connection.database ||
    (first.startsWith(managerDatabasePrefix(connection.database)) && DATABASE_NAME.test(first))
  );
}
