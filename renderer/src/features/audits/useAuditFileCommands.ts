import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/db';
import { importFieldResults } from '../../db/commands/field-packs';
import { useUi } from '../../stores/ui';
import { errorText } from '../../app/error-text';
import { exportAuditToFile, importAuditFromFile } from './audit-files';

/** Import and export of audit files with their messages, for the screens and the menu. */
export function useAuditFileCommands() {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const openAudit = useUi((s) => s.openAudit);
  const [busy, setBusy] = useState(false);

  const importFile = useCallback(async () => {
    setBusy(true);
    try {
      const opened = await importAuditFromFile(t('audits.fileFilter'));
      if (!opened) return;
      if (opened.kind === 'audit') {
        const { result } = opened;
        openAudit(result.audit.id);
        notify(
          'info',
          t(result.copied ? 'audits.importedCopy' : 'audits.imported', { name: result.audit.name }),
        );
      } else if (opened.kind === 'field-pack') {
        openAudit(opened.audit.id);
        useUi.getState().showScreen('fieldwork');
        notify('info', t('fieldwork.packOpened', { name: opened.audit.name }));
      } else {
        const { results } = opened;
        const preview = await importFieldResults(db, results, { dryRun: true });
        const confirmed = await useUi.getState().confirm({
          title: t('fieldwork.resultsTitle'),
          body: `${t('fieldwork.resultsIntro', { manager: results.manager, audit: preview.audit })} ${
            preview.added + preview.updated + preview.conflicts + preview.photos === 0
              ? t('fieldwork.resultsNothing')
              : t('fieldwork.resultsSummary', { ...preview })
          }`,
          confirmLabel: t('fieldwork.resultsImport'),
          danger: false,
        });
        if (!confirmed) return;
        const done = await importFieldResults(db, results);
        openAudit(results.hubAuditId);
        useUi.getState().showScreen('fieldwork');
        notify(
          'info',
          `${t('fieldwork.resultsImported', { manager: results.manager, ...done })}${
            done.conflicts > 0 ? ` ${t('fieldwork.resultsConflicts')}` : ''
          }`,
        );
      }
    } catch (error) {
      notify('error', t('audits.importFailed', { message: errorText(error, t) }));
    } finally {
      setBusy(false);
    }
  }, [t, notify, openAudit]);

  const exportFile = useCallback(
    async (auditId: string) => {
      try {
        const name = await exportAuditToFile(auditId, t('audits.fileFilter'));
        if (name) notify('info', t('audits.exported', { name }));
      } catch (error) {
        notify('error', t('audits.exportFailed', { message: errorText(error, t) }));
      }
    },
    [t, notify],
  );

  return { importFile, exportFile, busy };
}
