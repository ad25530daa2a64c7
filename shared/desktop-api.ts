import { z } from 'zod';
import { LANGUAGES, type Language } from './domain/common';
import type { ErrorData } from './domain/error-data';
import { IPC_CHANNELS, type IpcName, type MenuCommand } from './desktop-channels';
import { DatabaseNameSchema, ServerUrlSchema, SyncCredentialsSchema } from './sync/connection';

export {
  BEFORE_QUIT_CHANNEL,
  FILES_OPENED_CHANNEL,
  IPC_CHANNELS,
  MENU_COMMANDS,
  MENU_COMMAND_CHANNEL,
} from './desktop-channels';
export type { IpcName, MenuCommand } from './desktop-channels';

/**
 * The one interface through which the renderer reaches the operating system. The preload
 * implements it over IPC for Electron; the browser build implements it with downloads and
 * file inputs. Everything the main process receives is checked by the schemas below.
 */
export interface DesktopApi {
  /** Which implementation this is. */
  readonly kind: 'electron' | 'browser';
  /** Name, version, platform and locale of the running app. */
  appInfo(): Promise<AppInfo>;
  /** Asks where to save (a dialog, or a download in the browser) and writes the file. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Asks for one file and returns its bytes, or null when the person cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Writes one backup of an audit into the backups folder, keeping a rolling set. */
  writeBackup(request: WriteBackupRequest): Promise<BackupEntry>;
  /** Lists the backups, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  /** Reads one backup by its file name. */
  readBackup(fileName: string): Promise<Uint8Array>;
  /**
   * Says which language the interface speaks, so that what the operating system shows for the
   * app (the application menu) speaks it too; a no-op where there is no such menu.
   */
  setLanguage(language: Language): Promise<void>;
  /** Calls back when the application menu asks the renderer to do something. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Calls back before the window closes (quitting included); the window waits, within a
   * limit, for the returned promise, so the page can finish its writes and back up.
   */
  onBeforeQuit(listener: () => Promise<void>): () => void;
  /**
   * Calls back with the files the operating system asked the app to open (a double-click on a
   * `.touchstone`, `.tspack` or `.tsresults` file, a file given to a second start of the app),
   * those that arrived before the call included. The page asks before it writes anything.
   */
  onOpenFiles(listener: (files: SystemOpenedFile[]) => void): () => void;
  /**
   * Keeps the credentials of a connection to a team database: encrypted with the system's
   * keychain (Electron's safeStorage) in the desktop app, for this session only in a browser.
   * They never come back to the page, and never enter audit files, backups or logs.
   */
  setSyncCredentials(request: SyncCredentialsRequest): Promise<void>;
  /** Forgets a connection's credentials (it was disconnected). */
  forgetSyncCredentials(connectionId: string): Promise<void>;
  /**
   * Sends one request of a connection's replication to its server with its credentials, and
   * only to its server and database (shared/sync/connection.ts, requestAllowed).
   */
  syncFetch(request: SyncHttpRequest): Promise<SyncHttpResponse>;
}

/** Calls the preload makes on the page's behalf, never the renderer's code itself. */
export interface PreloadCalls {
  /** The page has done what it does before its window closes. */
  quitReady(): Promise<void>;
  /** Hands over, once, the files the system asked the app to open since the last call. */
  takeOpenedFiles(): Promise<SystemOpenedFile[]>;
}

/**
 * A file the operating system asked the app to open: its name and bytes, or, when it could
 * not be read, why (as error data, which crosses IPC whole).
 */
export type SystemOpenedFile =
  | { name: string; data: Uint8Array; problem?: undefined }
  | { name: string; data?: undefined; problem: ErrorData };

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,16}$/, { error: 'must be letters and digits' }))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

/** The largest file the app writes or reads through the desktop API. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\u0000-\u001F/\\]/.test(s) && s !== '.' && s !== '..', {
    error: 'must be a plain file name',
  });

const BytesSchema = z
  .instanceof(Uint8Array, { error: 'must be bytes' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, {
    error: 'is too large',
  });

export const SaveFileRequestSchema = z.object({
  suggestedName: FileNameSchema,
  filters: z.array(FileFilterSchema).max(10),
  data: BytesSchema,
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
export interface SaveFileResult {
  saved: boolean;
  /** Where it went, when the platform tells. */
  path?: string;
}

export const OpenFileRequestSchema = z.object({
  filters: z.array(FileFilterSchema).max(10),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;
export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export const WriteBackupRequestSchema = z.object({
  auditId: z.uuid(),
  label: z.string().max(120),
  data: BytesSchema,
});
export type WriteBackupRequest = z.infer<typeof WriteBackupRequestSchema>;
export const BackupFileNameSchema = FileNameSchema;

export interface BackupEntry {
  fileName: string;
  auditId: string;
  label: string;
  createdAt: string;
  size: number;
}

export const SyncCredentialsRequestSchema = SyncCredentialsSchema.extend({
  connectionId: z.uuid(),
  server: ServerUrlSchema,
  database: DatabaseNameSchema,
});
export type SyncCredentialsRequest = z.infer<typeof SyncCredentialsRequestSchema>;

/** The largest request or response body of replication that crosses IPC. */
export const MAX_SYNC_BODY = 64 * 1024 * 1024;

export const SyncHttpRequestSchema = z.object({
  connectionId: z.uuid(),
  url: z.string().max(8192),
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']),
  headers: z.record(z.string().max(100), z.string().max(8192)),
  body: z.string().max(MAX_SYNC_BODY).nullable(),
});
export type SyncHttpRequest = z.infer<typeof SyncHttpRequestSchema>;
export interface SyncHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An interface language, as the page reports it. */
export const UiLanguageSchema = z.enum(LANGUAGES, { error: 'must be one of en, ru, pl' });

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  locale: string;
}

/** The IPC channels, `area:verb`, each with the schema of its arguments. */
export const IPC = {
  appInfo: { channel: IPC_CHANNELS.appInfo, args: z.tuple([]) },
  saveFile: { channel: IPC_CHANNELS.saveFile, args: z.tuple([SaveFileRequestSchema]) },
  openFile: { channel: IPC_CHANNELS.openFile, args: z.tuple([OpenFileRequestSchema]) },
  writeBackup: { channel: IPC_CHANNELS.writeBackup, args: z.tuple([WriteBackupRequestSchema]) },
  listBackups: { channel: IPC_CHANNELS.listBackups, args: z.tuple([]) },
  readBackup: { channel: IPC_CHANNELS.readBackup, args: z.tuple([BackupFileNameSchema]) },
  quitReady: { channel: IPC_CHANNELS.quitReady, args: z.tuple([]) },
  setLanguage: { channel: IPC_CHANNELS.setLanguage, args: z.tuple([UiLanguageSchema]) },
  takeOpenedFiles: { channel: IPC_CHANNELS.takeOpenedFiles, args: z.tuple([]) },
  setSyncCredentials: {
    channel: IPC_CHANNELS.setSyncCredentials,
    args: z.tuple([SyncCredentialsRequestSchema]),
  },
  forgetSyncCredentials: { channel: IPC_CHANNELS.forgetSyncCredentials, args: z.tuple([z.uuid()]) },
  syncFetch: { channel: IPC_CHANNELS.syncFetch, args: z.tuple([SyncHttpRequestSchema]) },
} as const satisfies Record<IpcName, { channel: string; args: z.ZodTuple }>;
