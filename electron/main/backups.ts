import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import type { BackupEntry, WriteBackupRequest } from '../../shared/desktop-api';
import { MAX_FILE_BYTES } from '../../shared/desktop-api';
import { LocalizedError } from '../../shared/domain/errors';
import { atomicWrite, readFileCapped, resolveInside } from './files';

/** How many backups of one audit the folder keeps; older ones are removed after each write. */
export const BACKUPS_KEPT_PER_AUDIT = 20;

const EXTENSION = '.touchstone';
const NAME_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_(.*))?\.touchstone$/i;

/** Makes a label safe as part of a file name on every system, keeping letters of any script. */
export function labelForFileName(label: string): string {
  return (
    label
      // eslint-disable-next-line no-control-regex
      .replace(/[<>:"/\\|?*\u0000-\u001F]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60)
      .replace(/[. ]+$/, '')
  );
}

/** The file name of a backup: when, of which audit, and its label. Sorting by name sorts by time. */
export function backupFileName(auditId: string, label: string, createdAt: Date): string {
  const stamp = createdAt.toISOString().replace(/[:.]/g, '-');
  const safe = labelForFileName(label);
  return `${stamp}_${auditId}${safe ? `_${safe}` : ''}${EXTENSION}`;
}

/** Reads a backup's file name back into its parts, or null when the file is not a backup. */
export function parseBackupFileName(fileName: string): Omit<BackupEntry, 'size'> | null {
  const match = NAME_PATTERN.exec(fileName);
  if (!match) return null;
  const [, stamp = '', auditId = '', label = ''] = match;
  const [date = '', time = ''] = stamp.split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  const createdAt = `${date}T${h}:${m}:${s}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { fileName, auditId: auditId.toLowerCase(), label, createdAt };
}

/** The backups to remove so that each audit keeps its newest `keep`. */
export function backupsToPrune(
  entries: readonly Pick<BackupEntry, 'fileName' | 'auditId' | 'createdAt'>[],
  keep: number,
): string[] {
  const byAudit = new Map<string, (typeof entries)[number][]>();
  for (const entry of entries)
    byAudit.set(entry.auditId, [...(byAudit.get(entry.auditId) ?? []), entry]);
  const doomed: string[] = [];
  for (const list of byAudit.values()) {
    list.sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
    );
    doomed.push(...list.slice(keep).map((e) => e.fileName));
  }
  return doomed;
}

/** The backups folder: write, list and read, never outside it. */
export function createBackupStore(folder: string, now: () => Date = () => new Date()) {
  async function list(): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (!parsed) continue;
      const info = await stat(resolveInside(folder, name)).catch(() => null);
      if (info?.isFile()) entries.push({ ...parsed, size: info.size });
    }
    return entries.sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
    );
  }

  async function write(request: WriteBackupRequest): Promise<BackupEntry> {
    await mkdir(folder, { recursive: true });
    const fileName = backupFileName(request.auditId, request.label, now());
    await atomicWrite(resolveInside(folder, fileName), request.data);
    const entries = await list();
    for (const doomed of backupsToPrune(entries, BACKUPS_KEPT_PER_AUDIT)) {
      await rm(resolveInside(folder, doomed), { force: true });
    }
    const written = entries.find((e) => e.fileName === fileName);
    if (!written) throw new LocalizedError('errors.desktop.backupMissing', { name: fileName });
    return written;
  }

  async function read(fileName: string): Promise<Uint8Array> {
    if (!parseBackupFileName(fileName))
      throw new LocalizedError('errors.desktop.notABackup', { name: fileName });
    return readFileCapped(resolveInside(folder, fileName), MAX_FILE_BYTES);
  }

  return { list, write, read };
}
export type BackupStore = ReturnType<typeof createBackupStore>;
