import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { IPC, type IpcName } from '../../../shared/desktop-api';
import { createTranslator } from '../../../shared/i18n';
import { localizedErrorText } from '../../../shared/i18n/error-text';
import { FileTooLargeError } from '../../../electron/main/files';
import {
  IpcArgumentError,
  parseIpcArgs,
  registerIpc,
  type IpcHandlers,
} from '../../../electron/main/ipc/register';

const AUDIT_ID = '6f1c3a52-8d7e-4b1a-9f3e-2c4d5e6f7a8b';
const bytes = new Uint8Array([1, 2, 3]);

describe('IPC argument validation', () => {
  it('accepts arguments that match the contract', () => {
    expect(parseIpcArgs('appInfo', [])).toEqual([]);
    expect(
      parseIpcArgs('saveFile', [
        {
          suggestedName: 'Audit.touchstone',
          filters: [{ name: 'Audit', extensions: ['touchstone'] }],
          data: bytes,
        },
      ])[0].suggestedName,
    ).toBe('Audit.touchstone');
    expect(
      parseIpcArgs('writeBackup', [{ auditId: AUDIT_ID, label: 'Before import', data: bytes }])[0]
        .auditId,
    ).toBe(AUDIT_ID);
    expect(parseIpcArgs('readBackup', ['2026-11-23T03-46-15-123Z_x.touchstone'])).toHaveLength(1);
    expect(parseIpcArgs('setLanguage', ['pl'])).toEqual(['pl']);
  });

  const bad: [IpcName, unknown[], RegExp][] = [
    ['appInfo', ['extra'], /app:info: expected 0 argument/],
    ['saveFile', [], /file:save: expected 1 argument/],
    [
      'saveFile',
      [{ suggestedName: '../../etc/passwd', filters: [], data: bytes }],
      /argument 1 field “suggestedName” must be a plain file name/,
    ],
    [
      'saveFile',
      [{ suggestedName: 'a.touchstone', filters: [], data: 'not bytes' }],
      /field “data” must be bytes/,
    ],
    [
      'saveFile',
      [
        {
          suggestedName: 'a.touchstone',
          filters: [{ name: 'x', extensions: ['*.exe; rm'] }],
          data: bytes,
        },
      ],
      /field “filters\.0\.extensions\.0” must be letters and digits/,
    ],
    ['openFile', [null], /file:open: argument 1/],
    ['writeBackup', [{ auditId: 'not-a-uuid', label: '', data: bytes }], /field “auditId”/],
    ['readBackup', ['../secrets.touchstone'], /backup:read: argument 1 must be a plain file name/],
    ['readBackup', [42], /backup:read: argument 1/],
    ['quitReady', ['now'], /app:quit-ready: expected 0 argument/],
    ['setLanguage', [], /app:set-language: expected 1 argument/],
    ['setLanguage', ['de'], /app:set-language: argument 1 must be one of en, ru, pl/],
    ['setLanguage', [{ toString: () => 'ru' }], /app:set-language: argument 1/],
  ];
  it.each(bad)('refuses bad arguments to %s with a message naming them', (name, args, message) => {
    expect(() => parseIpcArgs(name, args)).toThrow(IpcArgumentError);
    expect(() => parseIpcArgs(name, args)).toThrow(message);
  });
});

function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = { handle: (channel: string, handler: never) => handlers.set(channel, handler) };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers };
}

function fakeHandlers(): IpcHandlers {
  return {
    appInfo: vi.fn(async () => ({
      name: 'Touchstone',
      version: '1',
      platform: 'linux',
      locale: 'en',
    })),
    saveFile: vi.fn(async () => ({ saved: true })),
    openFile: vi.fn(async () => null),
    writeBackup: vi.fn(),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => bytes),
    quitReady: vi.fn(async () => undefined),
    setLanguage: vi.fn(async () => undefined),
    takeOpenedFiles: vi.fn(async () => []),
    setSyncCredentials: vi.fn(async () => undefined),
    forgetSyncCredentials: vi.fn(async () => undefined),
    syncFetch: vi.fn(async () => ({ status: 200, headers: {}, body: '{}' })),
  };
}

const trusted = { senderFrame: { url: 'file:///app/index.html' } };
const untrusted = { senderFrame: { url: 'https://evil.example/' } };

describe('registering IPC', () => {
  it('registers every channel of the contract and nothing else', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc(ipcMain, fakeHandlers(), () => true);
    expect([...handlers.keys()].sort()).toEqual(
      Object.values(IPC)
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('runs the handler with validated arguments for the app page', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const impl = fakeHandlers();
    registerIpc(ipcMain, impl, (url) => url === 'file:///app/index.html');
    await expect(handlers.get('app:info')?.(trusted)).resolves.toMatchObject({
      name: 'Touchstone',
    });
    await handlers.get('backup:read')?.(trusted, '2026-11-23T03-46-15-123Z_x.touchstone');
    expect(impl.readBackup).toHaveBeenCalledWith('2026-11-23T03-46-15-123Z_x.touchstone');
  });

  it('refuses bad arguments before the handler runs', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const impl = fakeHandlers();
    registerIpc(ipcMain, impl, () => true);
    await expect(handlers.get('backup:read')?.(trusted, '../../.ssh/id_rsa')).rejects.toThrow(
      /plain file name/,
    );
    await expect(handlers.get('file:save')?.(trusted, { suggestedName: 'x' })).rejects.toThrow(
      /file:save/,
    );
    expect(impl.readBackup).not.toHaveBeenCalled();
    expect(impl.saveFile).not.toHaveBeenCalled();
  });

  it('sends a failure the catalogue names with its key, so the page says it in its own language', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const impl = fakeHandlers();
    impl.readBackup = vi.fn(async () => {
      throw new FileTooLargeError('big.touchstone', 300 * 1048576, 256 * 1048576);
    });
    registerIpc(ipcMain, impl, () => true);
    const failure = await handlers.get('backup:read')!(
      trusted,
      '2026-11-23T03-46-15-123Z_x.touchstone',
    ).catch((error: unknown) => error);
    // What Electron hands the page: only the message, behind its own prefix.
    const received = new Error(
      `Error invoking remote method 'backup:read': Error: ${(failure as Error).message}`,
    );
    expect(received.message).toContain(
      '“big.touchstone” is 300 MB; the largest file Touchstone reads is 256 MB',
    );
    expect(localizedErrorText(received, createTranslator('ru').t)).toBe(
      'Файл «big.touchstone» весит 300 МБ; Touchstone читает файлы не больше 256 МБ',
    );
    expect(localizedErrorText(received, createTranslator('pl').t)).toBe(
      'Plik „big.touchstone” ma 300 MB; Touchstone czyta pliki do 256 MB',
    );
    // Any other failure goes through as it was.
    impl.readBackup = vi.fn(async () => {
      throw new Error('EIO: i/o error');
    });
    registerIpc(ipcMain, impl, () => true);
    await expect(
      handlers.get('backup:read')!(trusted, '2026-11-23T03-46-15-123Z_x.touchstone'),
    ).rejects.toThrow(/^EIO: i\/o error$/);
  });

  it('refuses calls from any page but the app', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const impl = fakeHandlers();
    registerIpc(ipcMain, impl, (url) => url === 'file:///app/index.html');
    await expect(handlers.get('app:info')?.(untrusted)).rejects.toThrow(/not Touchstone/);
    await expect(handlers.get('app:info')?.({})).rejects.toThrow(/not Touchstone/);
    expect(impl.appInfo).not.toHaveBeenCalled();
  });
});

describe('IPC arguments from a hostile page', () => {
  it('never reach a handler unless they match the contract (300 cases per channel)', async () => {
    const names = Object.keys(IPC) as IpcName[];
    const { ipcMain, handlers } = fakeIpcMain();
    const impl = fakeHandlers();
    registerIpc(ipcMain, impl, () => true);
    for (const name of names) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.anything({
                withTypedArray: true,
                withObjectString: true,
                withNullPrototype: true,
              }),
              fc.record({ auditId: fc.uuid(), label: fc.string(), data: fc.uint8Array() }),
              fc.constantFrom('../x', '..', '/etc/passwd', 'C:\\Windows', 'a\u0000b', '__proto__'),
            ),
            { maxLength: 3 },
          ),
          async (args) => {
            const handler = impl[name] as ReturnType<typeof vi.fn>;
            handler.mockClear();
            const valid = IPC[name].args.safeParse(args).success;
            const call = handlers.get(IPC[name].channel)!(trusted, ...args);
            if (valid) await call;
            else {
              await expect(call).rejects.toBeInstanceOf(IpcArgumentError);
              expect(handler).not.toHaveBeenCalled();
            }
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
