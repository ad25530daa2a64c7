import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CHILD_ENTITIES, type Audit } from '../../../../shared/domain';
import { countAuditRecords, deleteAudit } from '../../db/commands/audits';
import { db } from '../../db/db';
import { useUi } from '../../stores/ui';
import { errorText } from '../../app/error-text';

/** Deleting an audit: says what goes with it, asks, then deletes in one transaction. */
export function useDeleteAudit() {
  const { t } = useTranslation();
  const confirm = useUi((s) => s.confirm);
  const notify = useUi((s) => s.notify);
  const openAudit = useUi((s) => s.openAudit);
  return useCallback(
    async (audit: Audit) => {
      try {
        const counts = await countAuditRecords(db, audit.id);
        const contents = CHILD_ENTITIES.filter((n) => counts[n] > 0)
          .map((n) => t(`entity.${n}`, { count: counts[n] }))
          .join(', ');
        const yes = await confirm({
          title: t('audits.deleteTitle', { name: audit.name }),
          body: contents ? t('audits.deleteBody', { contents }) : t('audits.deleteBodyEmpty'),
          confirmLabel: t('audits.deleteConfirm'),
          danger: true,
        });
        if (!yes) return;
        await deleteAudit(db, audit.id);
        if (useUi.getState().currentAuditId === audit.id) openAudit(null);
        notify('info', t('audits.deleted', { name: audit.name }));
      } catch (error) {
        notify('error', t('errors.unexpected', { message: errorText(error, t) }));
      }
    },
    [t, confirm, notify, openAudit],
  );
}
