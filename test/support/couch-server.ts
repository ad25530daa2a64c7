// A CouchDB-compatible server for tests and the benchmark: express-pouchdb over PouchDB's
// in-memory adapter, on 127.0.0.1 at a free port, with CouchDB's users, security objects and
// CORS. A test dependency only: Touchstone's server is Apache CouchDB (docs/sync.md); this
// stands in for it where CouchDB cannot be installed, and the optional suite runs the same
// tests against a real CouchDB when COUCHDB_URL is set.
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface TestCouch {
  /** http://127.0.0.1:<port> */
  url: string;
  admin: { username: string; password: string };
  stop(): Promise<void>;
}

/** PouchDB's constructor, as far as this file uses it (its types bring the DOM's with them). */
interface PouchConstructor {
  plugin(plugin: unknown): PouchConstructor;
  defaults(options: Record<string, unknown>): unknown;
}

let pouch: PouchConstructor | null = null;

/**
 * PouchDB in Node, from its parts (the app's renderer uses the browser edition): the
 * in-memory adapter, HTTP for the server, replication and map/reduce. Callers that have
 * PouchDB's types cast it to `PouchDB.Static`.
 */
export async function nodePouch(): Promise<PouchConstructor> {
  if (pouch) return pouch;
  const load = async (name: string) => ((await import(name)) as { default: unknown }).default;
  const PouchDB = (await load('pouchdb-core')) as PouchConstructor;
  for (const name of [
    'pouchdb-adapter-memory',
    'pouchdb-adapter-http',
    'pouchdb-replication',
    'pouchdb-mapreduce',
  ])
    PouchDB.plugin(await load(name));
  pouch = PouchDB;
  return PouchDB;
}

/**
 * A real Apache CouchDB the optional suite runs against, when COUCHDB_URL names one (with an
 * admin's COUCHDB_USER and COUCHDB_PASSWORD); null otherwise. Nothing to stop.
 */
export function realCouch(env: Record<string, string | undefined>): TestCouch | null {
  const url = env.COUCHDB_URL?.replace(/\/+$/, '');
  if (!url) return null;
  return {
    url,
    admin: { username: env.COUCHDB_USER ?? 'admin', password: env.COUCHDB_PASSWORD ?? '' },
    stop: async () => undefined,
  };
}

/** Starts the server; the admin's password is the test's own. */
export async function startTestCouch(
  admin = { username: 'admin', password: 'admin-secret' },
): Promise<TestCouch> {
  const PouchDB = await nodePouch();
  const { default: express } = await import('express');
  const { default: expressPouchdb } = await import('express-pouchdb');
  const app = express();
  const pouchApp = expressPouchdb(
    PouchDB.defaults({ adapter: 'memory', prefix: `couch-${crypto.randomUUID()}-` }),
    {
      inMemoryConfig: true,
      mode: 'fullCouchDB',
      logPath: '/dev/null',
    },
  );
  // CouchDB answers a browser's preflight itself when CORS is enabled; express-pouchdb does
  // not, so the test server does it here, as CouchDB's [cors] section would.
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-allow-methods', 'GET, PUT, POST, HEAD, DELETE');
      res.setHeader(
        'access-control-allow-headers',
        'accept, authorization, content-type, origin, referer',
      );
      res.setHeader('access-control-expose-headers', 'content-type, cache-control, etag');
    }
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    next();
  });
  app.use(pouchApp);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const put = async (path: string, body: unknown, asAdmin = true) => {
    const res = await fetch(`${url}${path}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        ...(asAdmin ? { authorization: basicAuth(admin.username, admin.password) } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  // The first admin ends the "admin party" in which anyone may do anything.
  await put(`/_config/admins/${admin.username}`, admin.password, false);
  await put('/_config/httpd/enable_cors', 'true');
  await put('/_config/cors/origins', '*');
  await put('/_config/cors/credentials', 'true');
  await put('/_config/cors/methods', 'GET, PUT, POST, HEAD, DELETE');
  await put('/_config/cors/headers', 'accept, authorization, content-type, origin, referer');
  return {
    url,
    admin,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** An HTTP Basic authorization header. */
export function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
