import path from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { MAX_FILE_BYTES, type FileFilter } from '../../../shared/desktop-api';
import { atomicWrite, readFileCapped } from '../files';
import type { IpcHandlers } from './register';

export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  /** The folder the dialogs start in (the person's documents). */
  defaultFolder(): string;
}

const toDialogFilters = (filters: readonly FileFilter[]) =>
  filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));

/**
 * `file:save` and `file:open`. The paths come from the system dialog, chosen by the person;
 * the renderer never names a path. Saving is atomic, reading is size-capped.
 */
export function createFileHandlers(
  dialogs: FileDialogs,
): Pick<IpcHandlers, 'saveFile' | 'openFile'> {
  return {
    saveFile: async ({ suggestedName, filters, data }) => {
      const result = await dialogs.showSaveDialog({
        defaultPath: path.join(dialogs.defaultFolder(), suggestedName),
        filters: toDialogFilters(filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return { saved: false };
      await atomicWrite(result.filePath, data);
      return { saved: true, path: result.filePath };
    },
    openFile: async ({ filters }) => {
      const result = await dialogs.showOpenDialog({
        defaultPath: dialogs.defaultFolder(),
        filters: toDialogFilters(filters),
        properties: ['openFile'],
      });
      const filePath = result.filePaths[0];
      if (result.canceled || !filePath) return null;
      return {
        name: path.basename(filePath),
        data: await readFileCapped(filePath, MAX_FILE_BYTES),
      };
    },
  };
}
