import i18next from 'i18next';
import type { Audit } from '../../../../../shared/domain';
import type { CsvKind } from '../../../../../shared/register/csv-fields';
import { auditFileName } from '../../../../../shared/formats/audit-file';
import { registerToCsv } from '../../../../../shared/register/csv-export';
import { db } from '../../../db/db';
import { desktop } from '../../../platform';
import { useUi } from '../../../stores/ui';
import { errorText } from '../../../app/error-text';

/** Writes the audit's touchpoints or promises as a CSV file the person saves where they like. */
export async function exportRegisterCsv(audit: Audit, kind: CsvKind): Promise<void> {
  const { notify } = useUi.getState();
  try {
    const register = await db.transaction(
      'r',
      [db.stages, db.channels, db.touchpoints, db.promises],
      async () => ({
        stages: await db.stages.where('auditId').equals(audit.id).toArray(),
        channels: await db.channels.where('auditId').equals(audit.id).toArray(),
        touchpoints: await db.touchpoints.where('auditId').equals(audit.id).toArray(),
        promises: await db.promises.where('auditId').equals(audit.id).toArray(),
      }),
    );
    const result = await desktop.saveFile({
      suggestedName: auditFileName({ audit }, 'csv', i18next.t(`csv.fileName.${kind}`)),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: registerToCsv(kind, register),
    });
    if (result.saved) {
      const count = kind === 'promises' ? register.promises.length : register.touchpoints.length;
      notify('info', i18next.t(`csv.exported.${kind}`, { count }));
    }
  } catch (error) {
    notify(
      'error',
      i18next.t('csv.exportFailed', {
        message: errorText(error, i18next.t),
      }),
    );
  }
}
