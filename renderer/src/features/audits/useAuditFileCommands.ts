import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../stores/ui';
import { exportAuditToFile, importAuditFromFile, messageOf } from './audit-files';

/** Import and export of audit files with their messages, for the screens and the menu. */
export function useAuditFileCommands() {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const openAudit = useUi((s) => s.openAudit);
  const [busy, setBusy] = useState(false);

  const importFile = useCallback(async () => {
    setBusy(true);
    try {
      const result = await importAuditFromFile(t('audits.fileFilter'));
      if (!result) return;
      openAudit(result.audit.id);
      notify('info', t(result.copied ? 'audits.importedCopy' : 'audits.imported', { name: result.audit.name }));
    } catch (error) {
      notify('error', t('audits.importFailed', { message: messageOf(error) }));
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
        notify('error', t('audits.exportFailed', { message: messageOf(error) }));
      }
    },
    [t, notify],
  );

  return { importFile, exportFile, busy };
}
