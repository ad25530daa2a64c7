import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/desktop-api';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    exposed: {} as Record<string, unknown>,
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
        listeners.set(channel, listener),
      ),
      removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

async function loadApi(): Promise<DesktopApi> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../../electron/preload/index');
  const [[key, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as [
    [string, DesktopApi],
  ];
  expect(key).toBe('touchstone');
  return api;
}

describe('the preload', () => {
  beforeEach(() => void electron.ipcRenderer.invoke.mockReset());

  it('exposes one object: the desktop API and nothing raw', async () => {
    const api = await loadApi();
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'kind',
        'listBackups',
        'onBeforeQuit',
        'onMenuCommand',
        'onOpenFiles',
        'openFile',
        'readBackup',
        'saveFile',
        'setLanguage',
        'setSyncCredentials',
        'forgetSyncCredentials',
        'syncFetch',
        'writeBackup',
      ].sort(),
    );
    expect(api.kind).toBe('electron');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('calls the contract channels', async () => {
    const api = await loadApi();
    electron.ipcRenderer.invoke.mockResolvedValue([]);
    await api.listBackups();
    await api.readBackup('x.touchstone');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['backup:list'],
      ['backup:read', 'x.touchstone'],
    ]);
  });

  it('passes on the main process message without the IPC wrapper', async () => {
    const api = await loadApi();
    electron.ipcRenderer.invoke.mockImplementation(async () => {
      throw new Error(
        "Error invoking remote method 'backup:read': IpcArgumentError: backup:read: argument 1 must be a plain file name",
      );
    });
    const failure = await api.readBackup('..').then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('backup:read: argument 1 must be a plain file name');
  });

  it('delivers only known menu commands and can stop listening', async () => {
    const api = await loadApi();
    const listener = vi.fn();
    const stop = api.onMenuCommand(listener);
    const send = electron.listeners.get('menu:command');
    send?.({}, 'new-audit');
    send?.({}, 'format-disk');
    expect(listener.mock.calls).toEqual([['new-audit']]);
    stop();
    expect(electron.listeners.has('menu:command')).toBe(false);
  });

  it('answers the window’s before-quit once the page’s listeners have settled', async () => {
    const api = await loadApi();
    electron.ipcRenderer.invoke.mockResolvedValue(undefined);
    let finish: () => void = () => undefined;
    const backup = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const failing = vi.fn(() => Promise.reject(new Error('disk gone')));
    const stopBackup = api.onBeforeQuit(backup);
    const stopFailing = api.onBeforeQuit(failing);
    electron.listeners.get('app:before-quit')?.({});
    await Promise.resolve();
    expect(backup).toHaveBeenCalled();
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalledWith('app:quit-ready');
    finish();
    await vi.waitFor(() =>
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:quit-ready'),
    );
    // A page without listeners answers at once.
    stopBackup();
    stopFailing();
    electron.ipcRenderer.invoke.mockClear();
    electron.listeners.get('app:before-quit')?.({});
    await vi.waitFor(() =>
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:quit-ready'),
    );
  });
  it('hands the page the files the system opened, those before it listened and those after', async () => {
    const api = await loadApi();
    const first = [{ name: 'a.touchstone', data: new Uint8Array([123]) }];
    const later = [{ name: 'b.tspack', data: new Uint8Array([125]) }];
    electron.ipcRenderer.invoke.mockResolvedValueOnce(first).mockResolvedValueOnce(later);
    const received: unknown[] = [];
    const stop = api.onOpenFiles((files) => received.push(...files));
    await vi.waitFor(() => expect(received).toEqual(first));
    electron.listeners.get('file:opened')?.({});
    await vi.waitFor(() => expect(received).toEqual([...first, ...later]));
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['file:take-opened'],
      ['file:take-opened'],
    ]);
    // Once nobody listens, nothing is taken: the files wait in the main process.
    stop();
    electron.listeners.get('file:opened')?.({});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(2);
  });
});
