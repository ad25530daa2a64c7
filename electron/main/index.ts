import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/desktop-api';
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
import { createCloseGuard, reloadAfterCrash } from './lifecycle';
import { buildMenuTemplate } from './menu';
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
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
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
        ...createLanguageHandlers(installMenu, systemLanguage),
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
