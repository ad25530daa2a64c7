import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncHandlers } from '../../../electron/main/ipc/sync';
import { createCredentialStore } from '../../../electron/main/sync-credentials';
import { LocalizedError } from '../../../shared/domain';
import { authorizedRequest } from '../../../shared/sync/request';

const ID = '0b7d4a5e-8f41-4d6c-9d3e-2a1b0c9d8e7f';
const held = {
  connectionId: ID,
  server: 'https://couch.example.com',
  database: 'lumen',
  username: 'anna',
  password: 'correct horse battery',
};

/** A stand-in for Electron's safeStorage: reversible, but never the plain text. */
const sealing = (available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (s: string) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
  decryptString: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'touchstone-sync-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the desktop app’s team-database credentials', () => {
  it('are kept sealed by the system, readable by this account only, and read back', async () => {
    await createCredentialStore(folder, sealing()).set(held);
    const file = path.join(folder, 'sync-credentials.json');
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('correct horse');
    expect(text).not.toContain('anna');
    expect((await stat(file)).mode & 0o077).toBe(0);
    // A new start reads them back through the system's keychain.
    const again = await createCredentialStore(folder, sealing()).get(ID);
    expect(again?.password).toBe(held.password);
  });

  it('stay in memory for the session where the system offers no encryption', async () => {
    const store = createCredentialStore(folder, sealing(false));
    await store.set(held);
    expect((await store.get(ID))?.username).toBe('anna');
    await expect(readFile(path.join(folder, 'sync-credentials.json'))).rejects.toThrow();
    expect(await createCredentialStore(folder, sealing(false)).get(ID)).toBeNull();
  });

  it('are forgotten when the audit is disconnected', async () => {
    const store = createCredentialStore(folder, sealing());
    await store.set(held);
    await store.forget(ID);
    expect(await createCredentialStore(folder, sealing()).get(ID)).toBeNull();
  });
});

describe('sync:fetch', () => {
  const request = (url: string, headers: Record<string, string> = {}) => ({
    connectionId: ID,
    url,
    method: 'GET' as const,
    headers,
    body: null,
  });

  it('sends to the connection’s database with its credentials, which the page never sets', async () => {
    const send = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    const store = createCredentialStore(folder, sealing());
    await store.set(held);
    const handlers = createSyncHandlers(store, send as unknown as typeof fetch);
    const answer = await handlers.syncFetch(
      request('https://couch.example.com/lumen/_changes', { Authorization: 'Basic forged' }),
    );
    expect(answer).toMatchObject({ status: 200, body: '{"ok":true}' });
    const [, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    const auth = (init.headers as Record<string, string>).Authorization;
    expect(auth).toBe(`Basic ${Buffer.from('anna:correct horse battery').toString('base64')}`);
    expect(Object.keys(init.headers as object)).toEqual(['Authorization']);
  });

  it('sends nothing to another server or database, and never says the password', async () => {
    const send = vi.fn();
    const store = createCredentialStore(folder, sealing());
    await store.set(held);
    const handlers = createSyncHandlers(store, send as unknown as typeof fetch);
    for (const url of [
      'https://evil.example/lumen',
      'https://couch.example.com/other',
      'https://couch.example.com/_users/org.couchdb.user:anna',
      'https://couch.example.com/lumen/../_users',
      'http://couch.example.com/lumen',
    ]) {
      const error = await handlers.syncFetch(request(url)).catch((e: unknown) => e);
      expect(error, url).toBeInstanceOf(LocalizedError);
      expect(JSON.stringify(error)).not.toContain('correct horse');
    }
    // A manager's database named after the team's is the connection's too.
    expect(() =>
      authorizedRequest(held, { ...request('https://couch.example.com/lumen--olga'), body: null }),
    ).not.toThrow();
    expect(send).not.toHaveBeenCalled();
  });

  it('asks for the password again when it holds none', async () => {
    const handlers = createSyncHandlers(createCredentialStore(folder, sealing()), vi.fn());
    await expect(
      handlers.syncFetch(request('https://couch.example.com/lumen')),
    ).rejects.toMatchObject({ key: 'errors.sync.noCredentials' });
  });
});
