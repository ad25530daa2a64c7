import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { EmptyState } from '../../app/components/EmptyState';
import { useAuditFileCommands } from '../../app/useAuditFileCommands';
import { useAuditCounts } from '../../db/queries';
import { useUi } from '../../stores/ui';
import { ReportCard } from './ReportCard';

/** Where an audit leaves the app: the Word audit document, and the audit file. */
export function ExportScreen({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const { exportFile } = useAuditFileCommands();
  const counts = useAuditCounts(audit.id);
  const showScreen = useUi((s) => s.showScreen);
  return (
    <section className="screen" aria-labelledby="export-title">
      <header className="screen-header">
        <div>
          <h1 id="export-title">{t('export.title')}</h1>
          <p className="subtitle">{t('export.subtitle')}</p>
        </div>
      </header>
      {counts && counts.promises === 0 && (
        <EmptyState
          compact
          title={t('guide.empty.exportTitle')}
          body={t('guide.empty.exportBody')}
          steps={[
            {
              label: t('guide.empty.goToRegister'),
              run: () => showScreen('register'),
              primary: true,
            },
          ]}
        />
      )}
      {counts && counts.promises > 0 && counts.observations === 0 && (
        <EmptyState
          compact
          title={t('guide.empty.exportTitle')}
          body={t('guide.empty.exportNoEvidence')}
          steps={[
            {
              label: t('guide.empty.goToFieldwork'),
              run: () => showScreen('fieldwork'),
              primary: true,
            },
          ]}
        />
      )}
      <ReportCard key={audit.id} audit={audit} />
      <article className="card">
        <h2>{t('export.auditFile')}</h2>
        <p>{t('export.auditFileHint')}</p>
        <button type="button" className="primary" onClick={() => void exportFile(audit.id)}>
          {t('export.exportAuditFile')}
        </button>
      </article>
    </section>
  );
}
