import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/run';
import { TEAM_DOC_ID } from '../../shared/sync/managers';
import { basicAuth, startTestCouch, type TestCouch } from '../support/couch-server';
import { memoryIo } from './memory-io';

// Replication over HTTP on a shared machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
});
afterAll(() => couch.stop());

const plan = (server: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    server,
    database: 'lumen-2026',
    consultants: [{ user: 'anna', password: 'anna-secret' }],
    managers: [{ user: 'mia', observer: 'Ola', password: 'mia-secret' }],
    ...extra,
  });

const setup = (text: string, env: Record<string, string | undefined>) => {
  const m = memoryIo({ 'plan.json': text });
  m.io.env = env;
  return { m, run: () => runCli(['sync', 'setup', 'plan.json'], m.io) };
};

/** What a user may do with a database: its status code for reading it. */
const status = async (user: string, password: string, path: string) =>
  (await fetch(`${couch.url}${path}`, { headers: { authorization: basicAuth(user, password) } }))
    .status;

describe('touchstone sync setup', () => {
  it('creates the team database, the managers’ databases, users and who may open each, twice alike', async () => {
    const env = { COUCHDB_USER: couch.admin.username, COUCHDB_PASSWORD: couch.admin.password };
    const first = setup(plan(couch.url), env);
    expect(await first.run()).toBe(0);
    expect(first.m.out()).toContain('User anna created.');
    expect(first.m.out()).toContain('Database lumen-2026 created, open to anna.');
    expect(first.m.out()).toContain('Database lumen-2026--mia created, open to anna, mia.');
    expect(first.m.out()).not.toMatch(/secret/);

    // The manager reaches only their own database; the consultant both.
    expect(await status('mia', 'mia-secret', '/lumen-2026')).toBeGreaterThanOrEqual(401);
    expect(await status('mia', 'mia-secret', '/lumen-2026--mia')).toBe(200);
    expect(await status('anna', 'anna-secret', '/lumen-2026')).toBe(200);
    expect(await status('anna', 'anna-secret', '/lumen-2026--mia')).toBe(200);
    const team = await fetch(`${couch.url}/lumen-2026/${encodeURIComponent(TEAM_DOC_ID)}`, {
      headers: { authorization: basicAuth('anna', 'anna-secret') },
    });
    expect(await team.json()).toMatchObject({
      managers: [{ user: 'mia', observer: 'Ola', database: 'lumen-2026--mia' }],
    });

    // Run again without passwords: everything is there, nothing is changed or lost.
    const again = setup(
      plan(couch.url, {
        consultants: [{ user: 'anna' }],
        managers: [{ user: 'mia', observer: 'Ola' }],
      }),
      env,
    );
    expect(await again.run()).toBe(0);
    expect(again.m.out()).toContain('User anna already exists: left as it is.');
    expect(again.m.out()).toContain('Database lumen-2026 already exists, open to anna.');
    expect(await status('anna', 'anna-secret', '/lumen-2026')).toBe(200);
  });

  it('says what is wrong with a plan, the admin’s password or a missing one, in plain words', async () => {
    const env = { COUCHDB_USER: couch.admin.username, COUCHDB_PASSWORD: couch.admin.password };
    const noAdmin = setup(plan(couch.url), {});
    expect(await noAdmin.run()).toBe(2);
    expect(noAdmin.m.err()).toContain('Set COUCHDB_USER and COUCHDB_PASSWORD');

    const wrong = setup(plan(couch.url), { ...env, COUCHDB_PASSWORD: 'nope' });
    expect(await wrong.run()).toBe(1);
    expect(wrong.m.err()).toContain('refused the admin’s name or password');
    expect(wrong.m.err()).not.toContain('nope');

    const bad = setup(
      plan('http://couch.example.com', { database: 'Lumen 2026', consultants: [] }),
      env,
    );
    expect(await bad.run()).toBe(1);
    expect(bad.m.err()).toContain('is not a valid setup plan');
    expect(bad.m.err()).toContain('server');
    expect(bad.m.err()).toContain('database');

    const newUser = setup(
      plan(couch.url, { database: 'other', consultants: [{ user: 'zoe' }], managers: [] }),
      env,
    );
    expect(await newUser.run()).toBe(1);
    expect(newUser.m.err()).toContain('The user zoe does not exist yet');
  });
});
