import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi, SystemOpenedFile } from '../../shared/desktop-api';
import {
  BEFORE_QUIT_CHANNEL,
  FILES_OPENED_CHANNEL,
  IPC_CHANNELS,
  MENU_COMMANDS,
  MENU_COMMAND_CHANNEL,
  type IpcName,
  type MenuCommand,
} from '../../shared/desktop-channels';

/** Calls one channel and gives back the main process's own message when it fails. */
async function invoke<T>(name: IpcName, ...args: unknown[]): Promise<T> {
  try {
    return (await ipcRenderer.invoke(IPC_CHANNELS[name], ...args)) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/^Error invoking remote method '[^']+': (?:\w*Error: )?/, ''), {
      cause: error,
    });
  }
}

// Before its window closes, the page's listeners run (finishing writes, backing up); the
// window is told it may close once they have settled, or at once when the page has none.
const beforeQuit = new Set<() => Promise<void>>();
ipcRenderer.on(BEFORE_QUIT_CHANNEL, () => {
  void Promise.allSettled([...beforeQuit].map((listener) => listener())).then(() =>
    invoke('quitReady'),
  );
});

// Files the system asked the app to open are taken from the main process when the page starts
// listening (those that came before it) and whenever the main process says more have come.
const openFileListeners = new Set<(files: SystemOpenedFile[]) => void>();
async function takeOpenedFiles(): Promise<void> {
  const files = await invoke<SystemOpenedFile[]>('takeOpenedFiles');
  if (files.length === 0) return;
  for (const listener of openFileListeners) listener(files);
}
ipcRenderer.on(FILES_OPENED_CHANNEL, () => {
  if (openFileListeners.size > 0) void takeOpenedFiles();
});

/** The one object the renderer sees: the desktop API over IPC, nothing raw. */
const api = {
  kind: 'electron',
  appInfo: () => invoke('appInfo'),
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
  writeBackup: (request) => invoke('writeBackup', request),
  listBackups: () => invoke('listBackups'),
  readBackup: (fileName) => invoke('readBackup', fileName),
  setLanguage: (language) => invoke('setLanguage', language),
  setSyncCredentials: (request) => invoke('setSyncCredentials', request),
  forgetSyncCredentials: (connectionId) => invoke('forgetSyncCredentials', connectionId),
  syncFetch: (request) => invoke('syncFetch', request),
  onMenuCommand: (listener) => {
    const onCommand = (_event: IpcRendererEvent, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, onCommand);
    return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onCommand);
  },
  onBeforeQuit: (listener) => {
    beforeQuit.add(listener);
    return () => void beforeQuit.delete(listener);
  },
  onOpenFiles: (listener) => {
    openFileListeners.add(listener);
    void takeOpenedFiles();
    return () => void openFileListeners.delete(listener);
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('touchstone', api);
