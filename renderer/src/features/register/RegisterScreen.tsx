import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { BeliefSession } from './BeliefSession';
import { CsvImportDialog } from './csv/CsvImportDialog';
import { exportRegisterCsv } from './csv/export-csv';
import { MatrixView } from './MatrixView';
import { OrderedList } from './OrderedList';
import { PromisesTable } from './PromisesTable';
import { ApplyTemplateDialog } from './templates/ApplyTemplateDialog';
import { TouchpointsPanel } from './TouchpointsPanel';
import { useRegister } from '../../db/register';
import './register.css';

const TABS = ['promises', 'journey', 'matrix'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEY = 'touchstone.register.tab';

/** The promise register: the promises table, the journey structure and the matrix. */
export function RegisterScreen({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const data = useRegister(audit.id);
  const [tab, setTabState] = useState<Tab>(() => {
    const saved = localStorage.getItem(TAB_KEY);
    return (TABS as readonly string[]).includes(saved ?? '') ? (saved as Tab) : 'promises';
  });
  const [dialog, setDialog] = useState<'csv' | 'template' | 'session' | null>(null);
  const setTab = (next: Tab) => {
    setTabState(next);
    localStorage.setItem(TAB_KEY, next);
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next =
      TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next);
    document.getElementById(`register-tab-${next}`)?.focus();
  };

  return (
    <section className="screen register" aria-labelledby="register-title">
      <header className="screen-header">
        <div>
          <h1 id="register-title">{t('register.title')}</h1>
          <p className="subtitle">{t('register.subtitle')}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => setDialog('session')}
            disabled={!data || data.promises.length === 0}
          >
            {t('register.beliefSession')}
          </button>
          <button type="button" onClick={() => setDialog('template')}>
            {t('templates.applyButton')}
          </button>
          <button type="button" onClick={() => setDialog('csv')}>
            {t('csv.importButton')}
          </button>
          <button type="button" onClick={() => void exportRegisterCsv(audit, 'touchpoints')}>
            {t('csv.exportTouchpoints')}
          </button>
          <button type="button" onClick={() => void exportRegisterCsv(audit, 'promises')}>
            {t('csv.exportPromises')}
          </button>
        </div>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label={t('register.tabs.label')}
        onKeyDown={onTabKey}
      >
        {TABS.map((id) => (
          <button
            key={id}
            id={`register-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`register-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(`register.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div
        id={`register-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`register-tab-${tab}`}
        className="tab-panel"
      >
        {!data ? null : tab === 'promises' ? (
          <PromisesTable audit={audit} data={data} />
        ) : tab === 'journey' ? (
          <div className="journey">
            <div className="journey-lists">
              <OrderedList
                entity="stages"
                auditId={audit.id}
                items={data.stages}
                title={t('register.journey.stages')}
                placeholder={t('register.journey.addStagePlaceholder')}
                empty={t('register.journey.emptyStages')}
                deleteTitle={(name) => t('register.journey.deleteStageTitle', { name })}
              />
              <OrderedList
                entity="channels"
                auditId={audit.id}
                items={data.channels}
                title={t('register.journey.channels')}
                placeholder={t('register.journey.addChannelPlaceholder')}
                empty={t('register.journey.emptyChannels')}
                deleteTitle={(name) => t('register.journey.deleteChannelTitle', { name })}
              />
            </div>
            <TouchpointsPanel audit={audit} data={data} />
          </div>
        ) : (
          <MatrixView data={data} />
        )}
      </div>
      {dialog === 'csv' && <CsvImportDialog audit={audit} onClose={() => setDialog(null)} />}
      {dialog === 'template' && (
        <ApplyTemplateDialog audit={audit} onClose={() => setDialog(null)} />
      )}
      {dialog === 'session' && data && (
        <BeliefSession audit={audit} data={data} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}
