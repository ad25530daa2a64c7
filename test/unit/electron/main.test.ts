import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../shared/desktop-api';

/** A stand-in for the parts of Electron the main process touches. */
const electron = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  let ready: () => void = () => undefined;
  const windowHandlers = new Map<string, (...args: unknown[]) => void>();
  const contentsHandlers = new Map<string, (...args: unknown[]) => void>();
  const window = {
    webContents: {
      send: vi.fn(),
      isCrashed: vi.fn(() => false),
      reload: vi.fn(),
      on: vi.fn((name: string, handler: (...args: unknown[]) => void) =>
        contentsHandlers.set(name, handler),
      ),
    },
    on: vi.fn((name: string, handler: (...args: unknown[]) => void) =>
      windowHandlers.set(name, handler),
    ),
    close: vi.fn(),
    once: vi.fn(),
    loadURL: vi.fn(async (_url: string) => undefined),
    isMinimized: () => false,
    restore: vi.fn(),
    focus: vi.fn(),
    show: vi.fn(),
  };
  return {
    appHandlers,
    windowHandlers,
    contentsHandlers,
    window,
    fireReady: () => ready(),
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      on: vi.fn((name: string, handler: (...args: unknown[]) => void) =>
        appHandlers.set(name, handler),
      ),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
      getPath: vi.fn((name: string) => `/home/user/${name}`),
      getName: () => 'Touchstone',
      getVersion: () => '0.1.0',
      getLocale: () => 'en-GB',
      isPackaged: true,
      isReady: () => true,
    },
    BrowserWindow: Object.assign(
      vi.fn(function BrowserWindow(this: unknown, options: unknown) {
        Object.assign(window, { options });
        return window;
      }),
      { getAllWindows: vi.fn(() => [window]), getFocusedWindow: vi.fn(() => window) },
    ),
    ipcMain: { handle: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((t: unknown) => ({ template: t })),
      setApplicationMenu: vi.fn(),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    shell: { openExternal: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: vi.fn(),
      decryptString: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

describe('starting the main process', () => {
  beforeEach(async () => {
    vi.resetModules();
    vi.clearAllMocks();
    await import('../../../electron/main/index');
    electron.fireReady();
    await vi.waitFor(() => expect(electron.BrowserWindow).toHaveBeenCalled());
  });

  it('sandboxes every renderer and hardens every web contents', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.appHandlers.has('web-contents-created')).toBe(true);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('opens one secure window on the bundled renderer', () => {
    const { options } = electron.window as unknown as {
      options: { webPreferences: Record<string, unknown> };
    };
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(String(options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(electron.window.loadURL).toHaveBeenCalledWith('app://touchstone/index.html');
  });

  it('serves the renderer from its own privileged scheme, registered before the app is ready', async () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const registered = electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!;
    const ready = electron.app.whenReady.mock.invocationCallOrder[0]!;
    expect(registered).toBeLessThan(ready);
    const [scheme, handle] = electron.protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    // Only files of the renderer folder: a path that climbs out is refused.
    expect((await handle(new Request('app://touchstone/..%2f..%2fpackage.json'))).status).toBe(403);
    expect((await handle(new Request('app://touchstone/..%2fmain%2findex.cjs'))).status).toBe(403);
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(403);
  });

  it('handles every IPC channel of the contract', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(
      Object.values(IPC)
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('installs the menu, whose commands reach the focused window', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      submenu?: { click?: () => void }[];
    }[];
    template[0]?.submenu?.[0]?.click?.();
    expect(electron.window.webContents.send).toHaveBeenCalledWith('menu:command', 'new-audit');
  });

  it('lets the page finish and back up before its window closes, then quits', async () => {
    const quitReady = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'app:quit-ready',
    )?.[1] as (event: unknown) => Promise<void>;
    electron.appHandlers.get('before-quit')?.();
    const close = { preventDefault: vi.fn() };
    electron.windowHandlers.get('close')?.(close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(electron.window.webContents.send).toHaveBeenCalledWith('app:before-quit');
    expect(electron.app.quit).not.toHaveBeenCalled();
    const entry = electron.window.loadURL.mock.calls[0]?.[0] ?? '';
    // The page of the old file:// origin is a stranger now.
    await expect(
      quitReady({ senderFrame: { url: 'file:///opt/Touchstone/out/renderer/index.html' } }),
    ).rejects.toThrow(/not Touchstone/);
    expect(electron.app.quit).not.toHaveBeenCalled();
    await quitReady({ senderFrame: { url: entry } });
    expect(electron.app.quit).toHaveBeenCalled();
    const again = { preventDefault: vi.fn() };
    electron.windowHandlers.get('close')?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('rebuilds the menu in the interface language the page sets, and in no other', async () => {
    const setLanguage = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'app:set-language',
    )?.[1] as (event: unknown, ...args: unknown[]) => Promise<void>;
    const page = { senderFrame: { url: electron.window.loadURL.mock.calls[0]?.[0] } };
    const labels = () =>
      (electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as { label?: string }[]).map(
        (m) => m.label,
      );
    // The system's language (en-GB here) until the page says otherwise.
    expect(labels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);

    await setLanguage(page, 'ru');
    expect(labels()).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    await setLanguage(page, 'pl');
    expect(labels()).toEqual(['Plik', 'Edycja', 'Widok', 'Okno', 'Pomoc']);

    const built = electron.Menu.buildFromTemplate.mock.calls.length;
    await expect(setLanguage(page, 'de')).rejects.toThrow(/app:set-language: argument 1/);
    await expect(setLanguage(page, '../../menu')).rejects.toThrow(/app:set-language/);
    await expect(setLanguage(page)).rejects.toThrow(/expected 1 argument/);
    await expect(
      setLanguage({ senderFrame: { url: 'https://evil.example/' } }, 'en'),
    ).rejects.toThrow(/not Touchstone/);
    expect(electron.Menu.buildFromTemplate.mock.calls.length).toBe(built);
    expect(labels()).toEqual(['Plik', 'Edycja', 'Widok', 'Okno', 'Pomoc']);
  });

  it('loads the page again when its renderer crashes', () => {
    electron.contentsHandlers.get('render-process-gone')?.({}, { reason: 'crashed' });
    expect(electron.window.webContents.reload).toHaveBeenCalledTimes(1);
  });
});

/** The page's call that takes the files the system opened, as the preload makes it. */
async function takeOpened(): Promise<{ name: string; data?: Uint8Array; problem?: object }[]> {
  const take = electron.ipcMain.handle.mock.calls.find(
    ([channel]) => channel === 'file:take-opened',
  )?.[1] as (event: unknown) => Promise<{ name: string; data?: Uint8Array }[]>;
  return take({ senderFrame: { url: 'app://touchstone/index.html' } });
}

describe('files the system asks the app to open', () => {
  let dir: string;
  const argv = process.argv;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'touchstone-main-'));
    await writeFile(path.join(dir, 'Audit.touchstone'), '{"format":"touchstone-audit"}');
    await writeFile(path.join(dir, 'Kraków.tspack'), '{"format":"touchstone-field-pack"}');
    await writeFile(path.join(dir, 'Ola.tsresults'), '{"format":"touchstone-field-results"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function start(args: string[] = []) {
    vi.resetModules();
    vi.clearAllMocks();
    process.argv = [argv[0]!, '/opt/Touchstone/touchstone', ...args];
    try {
      await import('../../../electron/main/index');
    } finally {
      process.argv = argv;
    }
    electron.fireReady();
    await vi.waitFor(() => expect(electron.BrowserWindow).toHaveBeenCalled());
  }
  const text = (file?: { data?: Uint8Array }) => new TextDecoder().decode(file?.data);

  it('macOS: a double-clicked file brings the app forward and reaches the page’s import', async () => {
    await start();
    const event = { preventDefault: vi.fn() };
    electron.appHandlers.get('open-file')?.(event, path.join(dir, 'Audit.touchstone'));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.window.focus).toHaveBeenCalled();
    expect(electron.window.webContents.send).toHaveBeenCalledWith('file:opened');
    const files = await takeOpened();
    expect(files.map((f) => f.name)).toEqual(['Audit.touchstone']);
    expect(text(files[0])).toBe('{"format":"touchstone-audit"}');
    expect(await takeOpened()).toEqual([]);
  });

  it('Windows and Linux: the files a second start is given reach the running app', async () => {
    await start();
    electron.appHandlers.get('second-instance')?.(
      {},
      [
        '/opt/Touchstone/touchstone',
        '--allow-file-access-from-files',
        'Kraków.tspack',
        'Ola.tsresults',
      ],
      dir,
    );
    expect(electron.window.focus).toHaveBeenCalled();
    expect(electron.window.webContents.send).toHaveBeenCalledWith('file:opened');
    const files = await takeOpened();
    expect(files.map((f) => [f.name, text(f)])).toEqual([
      ['Kraków.tspack', '{"format":"touchstone-field-pack"}'],
      ['Ola.tsresults', '{"format":"touchstone-field-results"}'],
    ]);
  });

  it('Windows and Linux: the file the app was started on waits until the page takes it', async () => {
    await start([path.join(dir, 'Audit.touchstone')]);
    const files = await takeOpened();
    expect(files.map((f) => f.name)).toEqual(['Audit.touchstone']);
  });

  it('a file that cannot be read still reaches the page, with why', async () => {
    await start();
    electron.appHandlers.get('open-file')?.(
      { preventDefault: vi.fn() },
      path.join(dir, 'gone.touchstone'),
    );
    const [file] = await takeOpened();
    expect(file).toMatchObject({
      name: 'gone.touchstone',
      problem: { message: 'Cannot read “gone.touchstone”: no such file.' },
    });
  });

  it('only the app’s page may take them', async () => {
    await start([path.join(dir, 'Audit.touchstone')]);
    const take = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'file:take-opened',
    )?.[1] as (event: unknown) => Promise<unknown>;
    await expect(take({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(
      /not Touchstone/,
    );
    expect(await takeOpened()).toHaveLength(1);
  });
});
