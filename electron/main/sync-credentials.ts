import fs from 'node:fs/promises';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import type { SyncCredentialsRequest } from '../../shared/desktop-api';
import type { HeldCredentials } from '../../shared/sync/request';

/**
 * The team databases' credentials, kept by the main process: each encrypted with Electron's
 * safeStorage (the system's keychain, DPAPI or libsecret) in one file of the app's data
 * folder, readable by no other account and useless on another machine. Where the system
 * offers no encryption they are kept in memory only, for the session, as in a browser. The
 * page hands a password over once and never gets it back.
 */
export interface CredentialStore {
  set(request: SyncCredentialsRequest): Promise<void>;
  get(connectionId: string): Promise<HeldCredentials | null>;
  forget(connectionId: string): Promise<void>;
}

type Encrypted = Record<string, string>;

/** The store in `folder`/sync-credentials.json, encrypted with `safeStorage`. */
export function createCredentialStore(
  folder: string,
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): CredentialStore {
  const file = path.join(folder, 'sync-credentials.json');
  const session = new Map<string, HeldCredentials>();
  const read = async (): Promise<Encrypted> => {
    try {
      return JSON.parse(await fs.readFile(file, 'utf8')) as Encrypted;
    } catch {
      return {};
    }
  };
  const write = async (all: Encrypted) => {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(file, JSON.stringify(all), { mode: 0o600 });
  };
  return {
    async set({ connectionId, server, database, username, password }) {
      const held: HeldCredentials = { server, database, username, password };
      session.set(connectionId, held);
      if (!safeStorage.isEncryptionAvailable()) return;
      const all = await read();
      all[connectionId] = safeStorage.encryptString(JSON.stringify(held)).toString('base64');
      await write(all);
    },
    async get(connectionId) {
      const known = session.get(connectionId);
      if (known) return known;
      if (!safeStorage.isEncryptionAvailable()) return null;
      const sealed = (await read())[connectionId];
      if (!sealed) return null;
      try {
        const held = JSON.parse(
          safeStorage.decryptString(Buffer.from(sealed, 'base64')),
        ) as HeldCredentials;
        session.set(connectionId, held);
        return held;
      } catch {
        return null;
      }
    },
    async forget(connectionId) {
      session.delete(connectionId);
      const all = await read();
      if (!(connectionId in all)) return;
      delete all[connectionId];
      await write(all);
    },
  };
}
