import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { useAuditFileCommands } from '../../app/useAuditFileCommands';
import { ReportCard } from './ReportCard';

/** Where an audit leaves the app: the Word audit document, and the audit file. */
export function ExportScreen({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const { exportFile } = useAuditFileCommands();
  return (
    <section className="screen" aria-labelledby="export-title">
      <header className="screen-header">
        <div>
          <h1 id="export-title">{t('export.title')}</h1>
          <p className="subtitle">{t('export.subtitle')}</p>
        </div>
      </header>
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
