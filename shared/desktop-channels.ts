/**
 * The names on the wire between the renderer and the main process, kept free of any library
 * so that the sandboxed preload bundles nothing but these strings. The argument schemas of
 * each channel are in desktop-api.ts.
 */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  quitReady: 'app:quit-ready',
  setLanguage: 'app:set-language',
  takeOpenedFiles: 'file:take-opened',
  setSyncCredentials: 'sync:set-credentials',
  forgetSyncCredentials: 'sync:forget-credentials',
  syncFetch: 'sync:fetch',
} as const;
export type IpcName = keyof typeof IPC_CHANNELS;

/** The commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-audit',
  'import-audit',
  'export-audit',
  'show-audits',
  'show-about',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The channel on which the main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/**
 * The channel on which the main process tells the renderer that its window is about to
 * close; the preload answers on `app:quit-ready` once the page has finished writing.
 */
export const BEFORE_QUIT_CHANNEL = 'app:before-quit';

/**
 * The channel on which the main process tells the renderer that the operating system asked
 * the app to open files; the preload then takes them on `file:take-opened`.
 */
export const FILES_OPENED_CHANNEL = 'file:opened';
