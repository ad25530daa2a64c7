import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/desktop-api';
import { formatMoment, formatNumber } from '../../../app/format';
import { useAuditSummaries } from '../../../db/queries';
import { requestPersistentStorage, storageEstimate, type Persistence } from '../../../db/durability';
import { desktop } from '../../../platform';
import { useUi } from '../../../stores/ui';
import { BACKUP_INTERVAL_MS } from '../../../db/automatic-backups';
import { RestoreDialog } from './RestoreDialog';
import { useBackupActions } from './restore-actions';
import './backups.css';
import { errorText } from '../../../app/error-text';

/** How many backups of each audit the backups folder keeps (electron/main/backups.ts). */
const KEPT_PER_AUDIT = 20;

function formatSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024)
    return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
  if (bytes < 1024 ** 3) return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
  return `${formatNumber(bytes / 1024 ** 3, locale, 1)} GB`;
}

/**
 * The Audits screen's backups: in the desktop app, the automatic backups newest first, each
 * restorable; in a browser, a download of the open audit. Both restore from a file, and say
 * whether the browser keeps the data for good.
 */
export function BackupsPanel() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const notify = useUi((s) => s.notify);
  const currentAuditId = useUi((s) => s.currentAuditId);
  const summaries = useAuditSummaries();
  const electron = desktop.kind === 'electron';
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);

  const refresh = useCallback(() => {
    desktop.listBackups().then(setEntries, (error: unknown) =>
      notify(
        'error',
        t('safety.backups.listFailed', {
          message: errorText(error, t),
        }),
      ),
    );
  }, [notify, t]);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    if (electron) return;
    void requestPersistentStorage().then(setPersistence);
    void storageEstimate().then(setUsage);
  }, [electron]);

  const actions = useBackupActions(refresh);
  const audits = useMemo(
    () => new Map((summaries ?? []).map((s) => [s.audit.id, s.audit])),
    [summaries],
  );
  const currentAudit = (currentAuditId && audits.get(currentAuditId)) || null;
  const minutes = BACKUP_INTERVAL_MS / 60_000;

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('safety.backups.title')}</h2>
      <p className="muted">
        {electron
          ? t('safety.backups.introDesktop', { minutes, kept: KEPT_PER_AUDIT })
          : t('safety.backups.introBrowser')}
      </p>
      {persistence && persistence !== 'unsupported' && (
        <p className="muted">
          {t(
            persistence === 'persisted' ? 'safety.backups.persisted' : 'safety.backups.bestEffort',
          )}{' '}
          {usage &&
            t('safety.backups.usage', {
              usage: formatSize(usage.usage, locale),
              quota: formatSize(usage.quota, locale),
            })}
        </p>
      )}
      <div className="toolbar">
        {electron ? (
          <button
            type="button"
            disabled={actions.busy}
            onClick={() => void actions.backUpNow(null)}
          >
            {actions.busy ? t('safety.backups.backingUp') : t('safety.backups.backUpNow')}
          </button>
        ) : (
          currentAudit && (
            <button
              type="button"
              disabled={actions.busy}
              onClick={() => void actions.backUpNow(currentAudit)}
            >
              {t('safety.backups.download', { name: currentAudit.name })}
            </button>
          )
        )}
        <button type="button" disabled={actions.busy} onClick={() => void actions.openFile()}>
          {t('safety.backups.restoreFromFile')}
        </button>
      </div>
      {electron && entries && entries.length === 0 && (
        <p className="empty">{t('safety.backups.none', { minutes })}</p>
      )}
      {electron && entries && entries.length > 0 && (
        <div className="table-wrap backups-list">
          <table className="table" aria-label={t('safety.backups.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('safety.backups.columns.audit')}</th>
                <th scope="col">{t('safety.backups.columns.when')}</th>
                <th scope="col" className="num">
                  {t('safety.backups.columns.size')}
                </th>
                <th scope="col">{t('safety.backups.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const audit = audits.get(entry.auditId);
                const name = audit?.name ?? t('safety.backups.gone', { name: entry.label });
                const when = formatMoment(entry.createdAt, locale);
                return (
                  <tr key={entry.fileName}>
                    <th scope="row">{name}</th>
                    <td>{when}</td>
                    <td className="num">{formatSize(entry.size, locale)}</td>
                    <td>
                      <button
                        type="button"
                        disabled={actions.busy}
                        aria-label={t('safety.backups.restoreLabel', { name, when })}
                        onClick={() => void actions.openBackup(entry)}
                      >
                        {t('safety.backups.restore')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {actions.pending && (
        <RestoreDialog
          pending={actions.pending}
          current={audits.get(actions.pending.bundle.audit.id) ?? null}
          copyName={actions.copyName(actions.pending)}
          busy={actions.busy}
          onRestore={(how) => void actions.restore(how)}
          onCancel={actions.cancel}
        />
      )}
    </section>
  );
}
