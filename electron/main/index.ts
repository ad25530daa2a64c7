import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/desktop-api';
import { en } from '../../shared/i18n/en';
import { createBackupStore } from './backups';
import { hardenSession, hardenWebContents } from './harden';
import { createAppHandlers } from './ipc/app';
import { createBackupHandlers } from './ipc/backups';
import { createFileHandlers } from './ipc/files';
import { registerIpc } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { isTrustedSender } from './security';
import { createMainWindow } from './window';

// The bundle lives in out/main; the preload and the renderer beside it.
const preloadPath = path.join(__dirname, '../preload/index.cjs');
const entryFile = path.join(__dirname, '../renderer/index.html');
const entryUrl = pathToFileURL(entryFile).href;

app.enableSandbox();

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
    hardenWebContents(contents, entryUrl, (url) => void shell.openExternal(url)),
  );

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);

    const focusedWindow = () =>
      BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
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
      },
      (frameUrl) => isTrustedSender(frameUrl, entryUrl),
    );

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          labels: en.menu,
          send: (command) => focusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
          withDevTools: !app.isPackaged,
        }),
      ),
    );

    createMainWindow(preloadPath, entryFile);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath, entryFile);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
