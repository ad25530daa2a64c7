import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { formatMoment, formatNumber, formatPeriod } from '../../app/format';
import { matchesQuery } from '../../app/search';
import { SearchBox } from '../../app/components/SearchBox';
import { useAuditSummaries } from '../../db/queries';
import { useUi } from '../../stores/ui';
import { BackupsPanel } from './backups/BackupsPanel';
import { SyncDialog } from './sync/SyncDialog';
import { SyncPanel } from './sync/SyncPanel';
import { AuditFormDialog } from './AuditFormDialog';
import { useAuditFileCommands } from '../../app/useAuditFileCommands';
import { useDeleteAudit } from './useDeleteAudit';
import { undoOffer } from '../../app/undo';

type FormState = null | { kind: 'new' } | { kind: 'edit'; audit: Audit };

/** Every audit on this computer: create, open, edit its details, delete, import and export. */
export function AuditsScreen() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const summaries = useAuditSummaries();
  const currentAuditId = useUi((s) => s.currentAuditId);
  const openAudit = useUi((s) => s.openAudit);
  const showScreen = useUi((s) => s.showScreen);
  const notify = useUi((s) => s.notify);
  const newAuditRequested = useUi((s) => s.newAuditRequested);
  const clearNewAuditRequest = useUi((s) => s.clearNewAuditRequest);
  const { importFile, exportFile, busy } = useAuditFileCommands();
  const deleteAudit = useDeleteAudit();
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<FormState>(null);
  const [syncing, setSyncing] = useState<Audit | null>(null);

  const visible = useMemo(
    () =>
      (summaries ?? []).filter(({ audit }) =>
        matchesQuery(
          query,
          audit.name,
          audit.brand,
          audit.periodStart,
          audit.periodEnd,
          t(`status.${audit.status}`),
        ),
      ),
    [summaries, query, t],
  );

  const open = (audit: Audit) => {
    openAudit(audit.id);
    showScreen('register');
  };

  const formMode: FormState = newAuditRequested ? { kind: 'new' } : form;
  const closeForm = (audit: Audit | null) => {
    const wasNew = formMode?.kind === 'new';
    setForm(null);
    clearNewAuditRequest();
    if (!audit) return;
    if (wasNew) {
      openAudit(audit.id);
      notify('info', t('audits.created', { name: audit.name }));
    } else
      // Undo steps through the open audit's history: it is offered for that audit only.
      notify(
        'info',
        t('guide.details.saved', { name: audit.name }),
        audit.id === currentAuditId ? undoOffer() : undefined,
      );
  };

  return (
    <section className="screen" aria-labelledby="audits-title">
      <header className="screen-header">
        <div>
          <h1 id="audits-title">{t('audits.title')}</h1>
          <p className="subtitle">{t('audits.subtitle')}</p>
        </div>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setForm({ kind: 'new' })}>
            {t('audits.new')}
          </button>
          <button type="button" onClick={() => void importFile()} disabled={busy}>
            {busy ? t('audits.importing') : t('audits.import')}
          </button>
        </div>
      </header>
      <SearchBox value={query} onChange={setQuery} placeholder={t('audits.searchPlaceholder')} />
      {summaries && summaries.length === 0 && <p className="empty">{t('audits.empty')}</p>}
      {summaries && summaries.length > 0 && visible.length === 0 && (
        <p className="empty">{t('common.noMatches', { query })}</p>
      )}
      {visible.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-labelledby="audits-title">
            <thead>
              <tr>
                <th scope="col">{t('audits.columns.name')}</th>
                <th scope="col">{t('audits.columns.brand')}</th>
                <th scope="col">{t('audits.columns.period')}</th>
                <th scope="col">{t('audits.columns.language')}</th>
                <th scope="col">{t('audits.columns.status')}</th>
                <th scope="col" className="num">
                  {t('audits.columns.promises')}
                </th>
                <th scope="col" className="num">
                  {t('audits.columns.observations')}
                </th>
                <th scope="col">{t('audits.columns.updated')}</th>
                <th scope="col">{t('audits.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map(({ audit, promises, observations }) => (
                <tr
                  key={audit.id}
                  className={audit.id === currentAuditId ? 'current' : undefined}
                  aria-current={audit.id === currentAuditId ? 'true' : undefined}
                >
                  <th scope="row">
                    <button type="button" className="link" onClick={() => open(audit)}>
                      {audit.name}
                    </button>
                    {audit.id === currentAuditId && (
                      <span className="badge">{t('audits.isOpen')}</span>
                    )}
                  </th>
                  <td>{audit.brand}</td>
                  <td>{formatPeriod(audit.periodStart, audit.periodEnd, locale)}</td>
                  <td>{t(`language.${audit.language}`)}</td>
                  <td>{t(`status.${audit.status}`)}</td>
                  <td className="num">{formatNumber(promises, locale)}</td>
                  <td className="num">{formatNumber(observations, locale)}</td>
                  <td>{formatMoment(audit.updatedAt, locale)}</td>
                  <td>
                    <div
                      className="row-actions"
                      role="group"
                      aria-label={t('audits.rowActions', { name: audit.name })}
                    >
                      <button type="button" onClick={() => open(audit)}>
                        {t('common.open')}
                      </button>
                      <button type="button" onClick={() => setForm({ kind: 'edit', audit })}>
                        {t('guide.details.edit')}
                      </button>
                      <button type="button" onClick={() => void exportFile(audit.id)}>
                        {t('audits.exportFile')}
                      </button>
                      <button type="button" onClick={() => setSyncing(audit)}>
                        {t('sync.connect')}
                      </button>
                      <button
                        type="button"
                        className="danger-text"
                        onClick={() => void deleteAudit(audit)}
                      >
                        {t('common.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SyncPanel />
      <BackupsPanel />
      {syncing && (
        <SyncDialog mode={{ kind: 'connect', audit: syncing }} onDone={() => setSyncing(null)} />
      )}
      {formMode && <AuditFormDialog key={formMode.kind} mode={formMode} onDone={closeForm} />}
    </section>
  );
}
