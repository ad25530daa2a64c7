import type { BackupStore } from '../backups';
import type { IpcHandlers } from './register';

/** `backup:write`, `backup:list` and `backup:read`, all inside the backups folder. */
export function createBackupHandlers(
  store: BackupStore,
): Pick<IpcHandlers, 'writeBackup' | 'listBackups' | 'readBackup'> {
  return {
    writeBackup: (request) => store.write(request),
    listBackups: () => store.list(),
    readBackup: (fileName) => store.read(fileName),
  };
}
