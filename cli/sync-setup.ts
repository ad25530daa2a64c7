import type { TFunction } from 'i18next';
import { issueReason } from '../shared/domain/zod-issues';
import { setupDatabases, SetupPlanSchema, teamDocOf, type SetupPlan } from '../shared/sync/setup';
import { TEAM_DOC_ID } from '../shared/sync/managers';
import { CliError, EXIT, type CliIo } from './io';

/**
 * `touchstone sync setup PLAN.json`: prepares a CouchDB server for an audit, idempotently —
 * run again, it creates what is missing, leaves what is there, and sets the security objects
 * and the list of managers to what the plan says. The admin signs in with COUCHDB_USER and
 * COUCHDB_PASSWORD from the environment (the names CouchDB's own images use); no password is
 * ever printed.
 */
export async function syncSetup(file: string, io: CliIo, t: TFunction): Promise<void> {
  const env = io.env ?? {};
  const admin = { user: env.COUCHDB_USER, password: env.COUCHDB_PASSWORD };
  if (!admin.user || !admin.password) throw new CliError(t('sync.cli.noAdmin'), EXIT.usage);
  const plan = await readPlan(file, io, t);
  const send = io.fetch ?? fetch;
  const auth = `Basic ${btoa(`${admin.user}:${admin.password}`)}`;

  const call = async (method: string, path: string, body?: unknown) => {
    let response: Response;
    try {
      response = await send(`${plan.server}${path}`, {
        method,
        headers: {
          authorization: auth,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new CliError(t('sync.cli.unreachable', { server: plan.server }), EXIT.input);
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status === 401)
      throw new CliError(t('sync.cli.wrongAdmin', { server: plan.server }), EXIT.input);
    if (response.status === 403)
      throw new CliError(t('sync.cli.notAdmin', { user: admin.user }), EXIT.input);
    return { status: response.status, json };
  };
  const refuse = (what: string, status: number, json: Record<string, unknown>): never => {
    const reason = typeof json.reason === 'string' ? json.reason : String(status);
    throw new CliError(t('sync.cli.refused', { what, reason }), EXIT.input);
  };

  // The server's users database exists on a CouchDB that has been set up; a new single node
  // needs it created once.
  const users = await call('PUT', '/_users');
  if (users.status !== 201 && users.status !== 412) refuse('_users', users.status, users.json);

  for (const u of [...plan.consultants, ...plan.managers]) {
    const path = `/_users/org.couchdb.user:${encodeURIComponent(u.user)}`;
    const found = await call('GET', path);
    if (found.status === 404 && !u.password)
      throw new CliError(t('sync.cli.passwordNeeded', { user: u.user }), EXIT.input);
    if (found.status !== 200 && found.status !== 404) refuse(u.user, found.status, found.json);
    if (found.status === 200 && !u.password) {
      io.out(t('sync.cli.userKept', { user: u.user }));
      continue;
    }
    const doc = found.status === 200 ? found.json : { name: u.user, roles: [], type: 'user' };
    const put = await call('PUT', path, { ...doc, password: u.password });
    if (put.status !== 201 && put.status !== 202) refuse(u.user, put.status, put.json);
    io.out(
      t(found.status === 200 ? 'sync.cli.userPassword' : 'sync.cli.userCreated', { user: u.user }),
    );
  }

  for (const db of setupDatabases(plan)) {
    const made = await call('PUT', `/${db.name}`);
    if (made.status !== 201 && made.status !== 202 && made.status !== 412)
      refuse(db.name, made.status, made.json);
    const security = await call('PUT', `/${db.name}/_security`, db.security);
    if (security.status !== 200) refuse(db.name, security.status, security.json);
    io.out(
      t(made.status === 412 ? 'sync.cli.databaseKept' : 'sync.cli.databaseCreated', {
        database: db.name,
        members: db.security.members.names.join(', '),
      }),
    );
  }

  const teamPath = `/${plan.database}/${encodeURIComponent(TEAM_DOC_ID)}`;
  const current = await call('GET', teamPath);
  const team = teamDocOf(plan);
  const rev = current.status === 200 ? { _rev: current.json._rev } : {};
  const written = await call('PUT', teamPath, { ...team, ...rev });
  if (written.status !== 201 && written.status !== 202)
    refuse(TEAM_DOC_ID, written.status, written.json);
  io.out(t('sync.cli.ready', { database: plan.database, count: plan.managers.length }));
}

async function readPlan(file: string, io: CliIo, t: TFunction): Promise<SetupPlan> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(file));
  } catch (error) {
    throw new CliError(
      t('sync.cli.cannotRead', { path: file, reason: (error as Error).message }),
      EXIT.input,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(t('sync.cli.notJson', { path: file }), EXIT.input);
  }
  const parsed = SetupPlanSchema.safeParse(json);
  if (!parsed.success)
    throw new CliError(
      t('sync.cli.badPlan', { path: file }),
      EXIT.input,
      parsed.error.issues.map((issue) => {
        const reason = issueReason(issue, json);
        return `${reason.path.join('.')}: ${t(reason.key, reason.values)}`;
      }),
    );
  return parsed.data;
}
