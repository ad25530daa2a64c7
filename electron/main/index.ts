import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import {
  FILES_OPENED_CHANNEL,
  MAX_FILE_BYTES,
  MENU_COMMAND_CHANNEL,
} from '../../shared/desktop-api';
import { CATALOGUES } from '../../shared/i18n';
import type { Language } from '../../shared/domain/common';
import { languageOfLocale } from '../../shared/i18n/languages';
import { createBackupStore } from './backups';
import { hardenSession, hardenWebContents } from './harden';
import { createAppHandlers } from './ipc/app';
import { createBackupHandlers } from './ipc/backups';
import { createFileHandlers } from './ipc/files';
import { createLanguageHandlers } from './ipc/language';
import { registerIpc } from './ipc/register';
import { createSyncHandlers } from './ipc/sync';
import { createCredentialStore } from './sync-credentials';
import { readFileCapped } from './files';
import { createCloseGuard, reloadAfterCrash } from './lifecycle';
import { buildMenuTemplate } from './menu';
import { bringForward, createOpenFileQueue, openablePaths } from './open-files';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './protocol';
import { isTrustedSender } from './security';
import { createMainWindow } from './window';

// The bundle lives in out/main; the preload and the renderer beside it. The renderer is served
// from app://touchstone/ (protocol.ts), never from file://.
const preloadPath = path.join(__dirname, '../preload/index.cjs');
const rendererRoot = path.join(__dirname, '../renderer');
const entryUrl = APP_ENTRY_URL;

app.enableSandbox();
// Privileged schemes must be registered before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Files the system asks the app to open wait until the page takes them (open-files.ts).
  const openFiles = createOpenFileQueue({
    readFile: (file) => readFileCapped(file, MAX_FILE_BYTES),
    notify: () => BrowserWindow.getAllWindows()[0]?.webContents.send(FILES_OPENED_CHANNEL),
  });
  const showWindow = () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) bringForward(window);
    else if (app.isReady()) openMainWindow();
  };
  // macOS: a double-clicked file, before the app is ready (it then starts on it) or after.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles.add([file]);
    showWindow();
  });
  // Windows and Linux: the files on the first start's command line, then those a second
  // start is given (it hands its command line over here and quits).
  openFiles.add(openablePaths(process.argv.slice(1), process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openFiles.add(openablePaths(argv.slice(1), workingDirectory));
    showWindow();
  });

  app.on('web-contents-created', (_event, contents) =>
    // electronegativity: OPEN_EXTERNAL_JS_CHECK — only URLs that windowOpenDecision() let
    // through get here: parsed, https: only, without credentials (security.ts, tested).
    hardenWebContents(contents, entryUrl, (url) => void shell.openExternal(url)),
  );

  // A closing window first lets its page finish writing and back up changed audits.
  const closeGuard = createCloseGuard();
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  const openMainWindow = () => {
    const window = createMainWindow(preloadPath, entryUrl);
    closeGuard.guard(window, () => (quitting ? app.quit() : window.close()));
    reloadAfterCrash(window.webContents);
    return window;
  };

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(rendererRoot, async (file) => new Uint8Array(await readFile(file))),
    );

    const focusedWindow = () =>
      BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    // The menu starts in the system's language and follows the interface's once the page says it.
    const installMenu = (language: Language) =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            labels: CATALOGUES[language].menu,
            send: (command) => focusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
            withDevTools: !app.isPackaged,
          }),
        ),
      );
    const systemLanguage = languageOfLocale(app.getLocale());
    installMenu(systemLanguage);
    registerIpc(
      ipcMain,
      {
        ...createAppHandlers(app, process.platform),
        ...createFileHandlers({
          showSaveDialog: (options) => {
            const window = focusedWindow();
            return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
          },
          showOpenDialog: (options) => {
            const window = focusedWindow();
            return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
          },
          defaultFolder: () => app.getPath('documents'),
        }),
        ...createBackupHandlers(createBackupStore(path.join(app.getPath('userData'), 'backups'))),
        quitReady: closeGuard.quitReady,
        takeOpenedFiles: openFiles.take,
        ...createLanguageHandlers(installMenu, systemLanguage),
        ...createSyncHandlers(createCredentialStore(app.getPath('userData'), safeStorage)),
      },
      (frameUrl) => isTrustedSender(frameUrl, entryUrl),
    );

    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
