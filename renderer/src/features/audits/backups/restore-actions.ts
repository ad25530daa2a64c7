import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditBundle } from '../../../../../shared/domain';
import type { BackupEntry } from '../../../../../shared/desktop-api';
import { AUDIT_FILE_EXTENSION } from '../../../../../shared/formats/audit-file';
import { formatMoment } from '../../../app/format';
import { db } from '../../../db/db';
import { storeWatch } from '../../../db/durability';
import { auditFileBytesSteps } from '../../../../../shared/formats/touchstone-file';
import { replaceAuditWithBackup, restoreAsNewAudit } from '../../../db/commands/restore';
import { desktop } from '../../../platform';
import { useHistory } from '../../../stores/history';
import { useUi } from '../../../stores/ui';
import { isWorkCancelled, readInSteps, WorkCancelledError, workBoard } from '../../../db/work';
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

  /** Says why work stopped: a cancel as such, anything else with `failed`'s words. */
  const stopped = useCallback(
    (error: unknown, failed: 'safety.backups.failed' | 'safety.restore.failed') => {
      if (isWorkCancelled(error)) notify('info', t(`progress.cancelled.${error.kind}`));
      else notify('error', t(failed, { message: errorText(error, t) }));
    },
    [t, notify],
  );

  const backUpNow = useCallback(
    async (currentAudit: { id: string; name: string } | null) => {
      setBusy(true);
      try {
        if (desktop.kind === 'electron') {
          const written = await workBoard.run('backup', '', (work) =>
            backUpChangedAudits(context, { progress: work }),
          );
          notify(
            'info',
            written.length > 0
              ? t('safety.backups.backedUp', { count: written.length })
              : t('safety.backups.upToDate'),
          );
          onListChanged();
        } else if (currentAudit) {
          await workBoard.run('backup', currentAudit.name, (work) =>
            backUpChangedAudits(context, { only: currentAudit.id, progress: work }),
          );
          notify('info', t('safety.backups.downloaded', { name: currentAudit.name }));
        }
      } catch (error) {
        stopped(error, 'safety.backups.failed');
      } finally {
        setBusy(false);
      }
    },
    [t, notify, onListChanged, stopped],
  );

  const read = useCallback(
    async (load: () => Promise<{ data: Uint8Array; source: RestoreSource } | null>) => {
      try {
        const loaded = await load();
        if (!loaded) return;
        const { source, data } = loaded;
        const name = source.kind === 'backup' ? source.entry.label : source.name;
        const bundle = await workBoard.run('restore', name, (work) =>
          readInSteps(auditFileBytesSteps(data), work),
        );
        const writtenAt = source.kind === 'backup' ? source.entry.createdAt : bundle.audit.updatedAt;
        setPending({ bundle, source, writtenAt });
      } catch (error) {
        stopped(error, 'safety.restore.failed');
      }
    },
    [stopped],
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
        const { bundle } = pending;
        if (how === 'new') {
          const { audit, copied } = await workBoard.run('restore', bundle.audit.name, (work) =>
            restoreAsNewAudit(db, bundle, copyName(pending), work),
          );
          ui.openAudit(audit.id);
          notify(
            'info',
            t(copied ? 'safety.restore.restoredCopy' : 'safety.restore.restored', {
              name: audit.name,
            }),
          );
        } else {
          // The audit as it is now is backed up first, so the replacement can be undone; a
          // cancel there cancels the restore.
          await workBoard
            .run('backup', bundle.audit.name, (work) =>
              backUpChangedAudits(context, { only: bundle.audit.id, progress: work }),
            )
            .catch((error: unknown) => {
              throw isWorkCancelled(error) ? new WorkCancelledError('restore') : error;
            });
          const audit = await workBoard.run('restore', bundle.audit.name, (work) =>
            replaceAuditWithBackup(db, bundle, work),
          );
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
        stopped(error, 'safety.restore.failed');
      } finally {
        setBusy(false);
      }
    },
    [pending, t, i18n.language, notify, onListChanged, copyName, stopped],
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
