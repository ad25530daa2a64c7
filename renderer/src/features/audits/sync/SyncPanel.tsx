import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../../shared/sync/status';
import { formatMoment, formatNumber } from '../../../app/format';
import { errorText } from '../../../app/error-text';
import { db } from '../../../db/db';
import { disconnectTeamDatabase, useSyncStatus } from '../../../sync/manager';
import { useUi } from '../../../stores/ui';
import { SyncDialog, type SyncDialogMode } from './SyncDialog';
import './sync.css';

/** A status in words: in sync, syncing (n of m), offline and retrying, or what went wrong. */
function useStatusText() {
  const { t, i18n } = useTranslation();
  return (status: SyncStatus | undefined) => {
    const state = status?.state ?? { kind: 'idle' as const };
    switch (state.kind) {
      case 'error':
        return t(`errors.sync.problem.${state.problem}`);
      case 'syncing':
        return state.total === null
          ? t('sync.state.syncing')
          : t('sync.state.syncingOf', {
              done: formatNumber(state.done, i18n.language),
              total: formatNumber(state.total, i18n.language),
            });
      default:
        return t(`sync.state.${state.kind}`);
    }
  };
}

/** Every connected audit with what its replication is doing, the last sync and what waits. */
export function SyncPanel() {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const connections = useLiveQuery(() => db.syncConnections.toArray(), []);
  const audits = useLiveQuery(() => db.audits.toArray(), []);
  const statuses = useSyncStatus((s) => s.byConnection);
  const statusText = useStatusText();
  const [dialog, setDialog] = useState<SyncDialogMode | null>(null);

  const disconnect = async (id: string) => {
    try {
      await disconnectTeamDatabase(id);
      notify('info', t('sync.disconnected'));
    } catch (error) {
      notify('error', errorText(error, t));
    }
  };

  return (
    <section className="sync-panel" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p className="muted">{t('sync.intro')}</p>
      <div className="toolbar">
        <button type="button" onClick={() => setDialog({ kind: 'join' })}>
          {t('sync.join')}
        </button>
      </div>
      {connections && connections.length === 0 && <p className="empty">{t('sync.none')}</p>}
      {connections && connections.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('sync.columns.audit')}</th>
                <th scope="col">{t('sync.columns.database')}</th>
                <th scope="col">{t('sync.columns.status')}</th>
                <th scope="col">{t('sync.columns.last')}</th>
                <th scope="col">{t('sync.columns.pending')}</th>
                <th scope="col">{t('sync.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {connections.map((c) => {
                const status = statuses[c.id];
                const audit = audits?.find((a) => a.id === c.auditId);
                const lastSyncAt = status?.lastSyncAt ?? c.lastSyncAt;
                return (
                  <tr key={c.id} data-sync-state={status?.state.kind ?? 'idle'}>
                    <th scope="row">
                      {audit?.name ?? t('sync.waitingForAudit', { database: c.database })}
                    </th>
                    <td>
                      {t('sync.at', {
                        database: c.database,
                        server: c.server,
                        username: c.username,
                      })}
                    </td>
                    <td role="status">
                      {statusText(status)}
                      {(status?.setAside ?? 0) > 0 && (
                        <div className="muted">
                          {t('sync.setAside', { count: status!.setAside })}
                        </div>
                      )}
                    </td>
                    <td>
                      {lastSyncAt ? formatMoment(lastSyncAt, i18n.language) : t('sync.never')}
                    </td>
                    <td>{t('sync.pending', { count: status?.pending ?? 0 })}</td>
                    <td>
                      <div className="row-actions">
                        {status?.state.kind === 'error' && (
                          <button
                            type="button"
                            onClick={() =>
                              setDialog({
                                kind: 'password',
                                connectionId: c.id,
                                database: c.database,
                              })
                            }
                          >
                            {t('sync.enterPassword')}
                          </button>
                        )}
                        <button
                          type="button"
                          className="danger-text"
                          onClick={() => void disconnect(c.id)}
                        >
                          {t('sync.disconnect')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {dialog && <SyncDialog mode={dialog} onDone={() => setDialog(null)} />}
    </section>
  );
}
