import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditBundle } from '../../../../../shared/domain';
import type { BackupEntry } from '../../../../../shared/desktop-api';
import { AUDIT_FILE_EXTENSION } from '../../../../../shared/formats/audit-file';
import { formatMoment } from '../../../app/format';
import { db } from '../../../db/db';
import { storeWatch } from '../../../db/durability';
import { readAuditFileBytes } from '../../../../../shared/formats/touchstone-file';
import { replaceAuditWithBackup, restoreAsNewAudit } from '../../../db/commands/restore';
import { desktop } from '../../../platform';
import { useHistory } from '../../../stores/history';
import { useUi } from '../../../stores/ui';
import { errorText } from '../../../app/error-text';
import { backUpChangedAudits } from '../../../db/automatic-backups';

/** Where a backup being restored came from. */
export type RestoreSource = { kind: 'backup'; entry: BackupEntry } | { kind: 'file'; name: string };

/** A backup read and checked, waiting for the person to choose how to restore it. */
export interface PendingRestore {
  bundle: AuditBundle;
  source: RestoreSource;
  /** When it was written: the backup's time, or the audit's last change for a file. */
  writtenAt: string;
}

const context = { db, desktop, watch: storeWatch };

/**
 * Backing up and restoring from the Backups panel: back up now (a download in a browser),
 * read a backup from the folder or from a file, and restore it as a new audit or over the
 * audit it was made from.
 */
export function useBackupActions(onListChanged: () => void) {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingRestore | null>(null);

  const backUpNow = useCallback(
    async (currentAudit: { id: string; name: string } | null) => {
      setBusy(true);
      try {
        if (desktop.kind === 'electron') {
          const written = await backUpChangedAudits(context);
          notify(
            'info',
            written.length > 0
              ? t('safety.backups.backedUp', { count: written.length })
              : t('safety.backups.upToDate'),
          );
          onListChanged();
        } else if (currentAudit) {
          await backUpChangedAudits(context, { only: currentAudit.id });
          notify('info', t('safety.backups.downloaded', { name: currentAudit.name }));
        }
      } catch (error) {
        notify('error', t('safety.backups.failed', { message: errorText(error, t) }));
      } finally {
        setBusy(false);
      }
    },
    [t, notify, onListChanged],
  );

  const read = useCallback(
    async (load: () => Promise<{ data: Uint8Array; source: RestoreSource } | null>) => {
      try {
        const loaded = await load();
        if (!loaded) return;
        const bundle = readAuditFileBytes(loaded.data);
        const writtenAt =
          loaded.source.kind === 'backup' ? loaded.source.entry.createdAt : bundle.audit.updatedAt;
        setPending({ bundle, source: loaded.source, writtenAt });
      } catch (error) {
        notify('error', t('safety.restore.failed', { message: errorText(error, t) }));
      }
    },
    [t, notify],
  );

  const openBackup = useCallback(
    (entry: BackupEntry) =>
      read(async () => ({
        data: await desktop.readBackup(entry.fileName),
        source: { kind: 'backup', entry },
      })),
    [read],
  );

  const openFile = useCallback(
    () =>
      read(async () => {
        const file = await desktop.openFile({
          filters: [
            { name: t('safety.backups.fileFilter'), extensions: [AUDIT_FILE_EXTENSION, 'json'] },
          ],
        });
        return file && { data: file.data, source: { kind: 'file', name: file.name } };
      }),
    [read, t],
  );

  const copyName = useCallback(
    (p: PendingRestore) =>
      t('safety.restore.copyName', {
        name: p.bundle.audit.name,
        when: formatMoment(p.writtenAt, i18n.language),
      }),
    [t, i18n.language],
  );

  const restore = useCallback(
    async (how: 'new' | 'replace') => {
      if (!pending) return;
      setBusy(true);
      try {
        const ui = useUi.getState();
        if (how === 'new') {
          const { audit, copied } = await restoreAsNewAudit(db, pending.bundle, copyName(pending));
          ui.openAudit(audit.id);
          notify(
            'info',
            t(copied ? 'safety.restore.restoredCopy' : 'safety.restore.restored', {
              name: audit.name,
            }),
          );
        } else {
          // The audit as it is now is backed up first, so the replacement can be undone.
          await backUpChangedAudits(context, { only: pending.bundle.audit.id });
          const audit = await replaceAuditWithBackup(db, pending.bundle);
          useHistory.getState().forget(audit.id);
          ui.openAudit(audit.id);
          notify(
            'info',
            t('safety.restore.replaced', {
              name: audit.name,
              when: formatMoment(pending.writtenAt, i18n.language),
            }),
          );
        }
        setPending(null);
        onListChanged();
      } catch (error) {
        notify('error', t('safety.restore.failed', { message: errorText(error, t) }));
      } finally {
        setBusy(false);
      }
    },
    [pending, t, i18n.language, notify, onListChanged, copyName],
  );

  return {
    busy,
    pending,
    cancel: () => setPending(null),
    copyName,
    backUpNow,
    openBackup,
    openFile,
    restore,
  };
}
