import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { auditFileName } from '../../../../shared/formats/audit-file';
import type { ReportOptions, ReportProgress } from '../../../../shared/report';
import { readAuditBundle } from '../../db/commands/audits';
import { db } from '../../db/db';
import { desktop } from '../../platform';
import { today } from '../../platform/clock';
import { useUi } from '../../stores/ui';
import { errorText } from '../../app/error-text';
import { buildReportInBackground } from './build-report';

/** The options the Export screen offers: what buildReport takes, less its callbacks. */
export type ExportOptions = Omit<ReportOptions, 'onProgress' | 'yieldControl' | 'date'>;

/** Builds an audit's Word document and saves it through the desktop API, with progress and messages. */
export function useReportExport(audit: Audit) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const [progress, setProgress] = useState<ReportProgress | null>(null);

  const exportReport = useCallback(
    async (options: ExportOptions) => {
      setProgress({ step: 'prepare', done: 0 });
      try {
        const bundle = await readAuditBundle(db, audit.id);
        // Photos are the bulk of a bundle: send none to the builder when none are wanted.
        const data = await buildReportInBackground(
          options.photos === false ? { ...bundle, photos: [] } : bundle,
          { ...options, date: today() },
          setProgress,
        );
        const name = auditFileName(bundle, 'docx');
        const result = await desktop.saveFile({
          suggestedName: name,
          filters: [{ name: t('report.screen.fileFilter'), extensions: ['docx'] }],
          data,
        });
        if (result.saved) notify('info', t('report.screen.saved', { name }));
      } catch (error) {
        notify('error', t('report.screen.failed', { message: errorText(error, t) }));
      } finally {
        setProgress(null);
      }
    },
    [audit.id, notify, t],
  );

  return { exportReport, progress };
}
