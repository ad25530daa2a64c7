import path from 'node:path';
import type { SystemOpenedFile } from '../../shared/desktop-api';
import { toErrorData } from '../../shared/domain/error-data';
import { FIELD_PACK_EXTENSION, FIELD_RESULTS_EXTENSION } from '../../shared/fieldwork/pack-file';
import { AUDIT_FILE_EXTENSION } from '../../shared/formats/audit-file';
import { fileReadFailure } from '../../shared/formats/touchstone-file';

/**
 * Files the operating system asks Touchstone to open: on macOS through `open-file`, on
 * Windows and Linux as paths on the command line of the first start or of a second one
 * (which hands them to the running app and quits). They wait here until the page takes
 * them, so a file given before the window exists is not lost; the page asks before writing.
 */

/** The extensions electron-builder.yml associates with the app. */
export const OPENABLE_EXTENSIONS: readonly string[] = [
  AUDIT_FILE_EXTENSION,
  FIELD_PACK_EXTENSION,
  FIELD_RESULTS_EXTENSION,
];

/** Whether a path names a file of a kind the app opens, by its extension. */
export function isOpenablePath(file: string): boolean {
  const extension = path.extname(file).slice(1).toLowerCase();
  return OPENABLE_EXTENSIONS.includes(extension);
}

/**
 * The Touchstone files among a command line's arguments, made absolute against the folder it
 * ran in. Switches (`--flag`, Chromium's own among them) and anything else are left out.
 */
export function openablePaths(argv: readonly string[], workingDirectory: string): string[] {
  const found = argv
    .filter((arg) => !arg.startsWith('-') && isOpenablePath(arg))
    .map((arg) => path.resolve(workingDirectory, arg));
  return [...new Set(found)];
}

export interface OpenFileQueue {
  /** Keeps paths the system asked to open and tells the page there are files to take. */
  add(paths: readonly string[]): void;
  /** The `file:take-opened` handler: reads every waiting file, once, and hands them over. */
  take(): Promise<SystemOpenedFile[]>;
}

/**
 * The files waiting for the page. `readFile` reads one (size-capped); a file that cannot be
 * read is handed over with why, so the page can say it. `notify` tells the page to take them.
 */
export function createOpenFileQueue(options: {
  readFile(file: string): Promise<Uint8Array>;
  notify(): void;
}): OpenFileQueue {
  const waiting: string[] = [];
  return {
    add(paths) {
      const fresh = paths.filter((p) => isOpenablePath(p) && !waiting.includes(p));
      if (fresh.length === 0) return;
      waiting.push(...fresh);
      options.notify();
    },
    async take() {
      const paths = waiting.splice(0);
      return Promise.all(
        paths.map(async (file): Promise<SystemOpenedFile> => {
          const name = path.basename(file);
          try {
            return { name, data: await options.readFile(file) };
          } catch (error) {
            return { name, problem: toErrorData(fileReadFailure(error, name)) };
          }
        }),
      );
    },
  };
}

/** The parts of a BrowserWindow that bringing it forward uses. */
export interface ForwardWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the window to the front, out of the dock or taskbar if it was minimised. */
export function bringForward(window: ForwardWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
