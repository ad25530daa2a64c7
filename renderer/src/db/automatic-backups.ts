import type { BackupEntry, DesktopApi } from '../../../shared/desktop-api';
import { auditBackupBytes, auditsToBackUp, markBackedUp } from './backups';
import type { StoreWatch } from './durability';
import type { TouchstoneDb } from './schema';

/** How often the desktop app backs up the audits that changed. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

export interface BackupContext {
  db: TouchstoneDb;
  desktop: Pick<DesktopApi, 'appInfo' | 'writeBackup'>;
  /** Waited on first, so a backup holds the write that was in flight. */
  watch?: Pick<StoreWatch, 'whenIdle'>;
}

let running: Promise<BackupEntry[]> = Promise.resolve([]);

/**
 * Writes a backup of each audit changed since its last one, through the desktop API (into
 * the backups folder, which keeps a rolling set). Runs one at a time: a call made while
 * another runs waits for it, then backs up what is still unsaved. With `only`, backs up
 * that audit alone, changed or not.
 */
export function backUpChangedAudits(
  context: BackupContext,
  { only }: { only?: string } = {},
): Promise<BackupEntry[]> {
  const next = running.then(() => run(context, only));
  running = next.catch(() => []);
  return next;
}

async function run({ db, desktop, watch }: BackupContext, only?: string) {
  await watch?.whenIdle();
  const info = await desktop.appInfo();
  const generator = `${info.name} ${info.version}`;
  const ids = only ? [only] : (await auditsToBackUp(db)).map((a) => a.id);
  const written: BackupEntry[] = [];
  for (const id of ids) {
    const { audit, data } = await auditBackupBytes(db, id, generator);
    written.push(await desktop.writeBackup({ auditId: audit.id, label: audit.name, data }));
    await markBackedUp(db, audit);
  }
  return written;
}

/**
 * In the desktop app: backs up changed audits every `intervalMs` and before the window
 * closes. In a browser there is no backups folder, so nothing runs (a backup there is a
 * download the person asks for). Returns the function that stops it.
 */
export function startAutomaticBackups(
  context: BackupContext & { desktop: Pick<DesktopApi, 'kind' | 'onBeforeQuit'> },
  {
    intervalMs = BACKUP_INTERVAL_MS,
    onError = () => undefined,
  }: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  if (context.desktop.kind !== 'electron') return () => undefined;
  const backUp = () => backUpChangedAudits(context).then(() => undefined, onError);
  const timer = setInterval(() => void backUp(), intervalMs);
  const stopQuit = context.desktop.onBeforeQuit(backUp);
  return () => {
    clearInterval(timer);
    stopQuit();
  };
}
