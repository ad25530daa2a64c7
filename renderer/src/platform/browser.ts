import { nowIso } from './clock';
import type { BackupEntry, DesktopApi, FileFilter, OpenedFile } from '../../../shared/desktop-api';
import { LocalizedError } from '../../../shared/domain';
import { forgetSessionCredentials, sessionFetch, setSessionCredentials } from './browser-sync';

/** Offers bytes as a download, the browser's way of saving a file. */
function download(name: string, data: Uint8Array, type = 'application/octet-stream') {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks for one file through a hidden file input; resolves null when the person cancels. */
function pickFile(filters: readonly FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }))
        .catch(reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** The desktop API for `npm run web`: downloads to save, a file input to open. */
export function createBrowserDesktopApi(): DesktopApi {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Touchstone',
      version: __APP_VERSION__,
      platform: 'browser',
      locale: navigator.language,
    }),
    saveFile: async ({ suggestedName, data }) => {
      download(suggestedName, data);
      return { saved: true };
    },
    openFile: ({ filters }) => pickFile(filters),
    // The browser has no backups folder: a backup is a download, and none are listed.
    writeBackup: async ({ auditId, label, data }) => {
      const createdAt = nowIso();
      // What file systems refuse in a name is taken out; the browser would rename it anyway.
      const safe = label
        // eslint-disable-next-line no-control-regex
        .replace(/[<>:"/\\|?*\u0000-\u001F]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80);
      const fileName = `${safe || auditId} - backup ${createdAt.slice(0, 16).replace(':', '-')}.touchstone`;
      download(fileName, data);
      return { fileName, auditId, label, createdAt, size: data.byteLength } satisfies BackupEntry;
    },
    listBackups: async () => [],
    readBackup: async (fileName) => {
      throw new LocalizedError('errors.store.noBackupsFolder', { name: fileName });
    },
    // A page has no application menu of its own to put into the interface language.
    setLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
    // A page cannot hold a browser tab open to finish work; every write is one transaction,
    // so closing mid-write loses that write and nothing else.
    onBeforeQuit: () => () => undefined,
    // No operating system hands a web page files to open: files come through Import.
    onOpenFiles: () => () => undefined,
    setSyncCredentials: setSessionCredentials,
    forgetSyncCredentials: forgetSessionCredentials,
    syncFetch: sessionFetch,
  };
}
