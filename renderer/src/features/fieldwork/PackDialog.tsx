import { today } from '../../platform/clock';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { auditFileName } from '../../../../shared/formats/audit-file';
import {
  FIELD_PACK_EXTENSION,
  FIELD_RESULTS_EXTENSION,
  serializeFieldPack,
  serializeFieldResults,
} from '../../../../shared/fieldwork/pack-file';
import { Dialog } from '../../app/components/Dialog';
import { db } from '../../db/db';
import { buildFieldPack, buildFieldResults, packCandidates } from '../../db/commands/field-packs';
import { desktop } from '../../platform';
import { useUi } from '../../stores/ui';
import { errorText } from '../../app/error-text';

async function save(name: string, extension: string, label: string, text: string) {
  const result = await desktop.saveFile({
    suggestedName: name,
    filters: [{ name: label, extensions: [extension] }],
    data: new TextEncoder().encode(text),
  });
  return result.saved;
}

/** The consultant chooses a manager and saves the pack of that manager's open visits. */
export function PackExportDialog({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const candidates = useLiveQuery(() => packCandidates(db, audit.id), [audit.id]);
  const [manager, setManager] = useState<string | null>(null);
  const chosen = manager ?? candidates?.[0]?.manager ?? '';

  const run = async () => {
    if (!chosen) return;
    try {
      const info = await desktop.appInfo();
      const pack = await buildFieldPack(db, audit.id, chosen, `${info.name} ${info.version}`);
      const name = auditFileName({ audit }, FIELD_PACK_EXTENSION, chosen);
      if (
        await save(name, FIELD_PACK_EXTENSION, t('fieldwork.exportPack'), serializeFieldPack(pack))
      ) {
        notify('info', t('fieldwork.packExported', { manager: chosen, name }));
        onClose();
      }
    } catch (error) {
      notify('error', errorText(error, t));
    }
  };

  return (
    <Dialog
      title={t('fieldwork.packTitle')}
      onCancel={onClose}
      onSubmit={() => void run()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!chosen}>
            {t('fieldwork.packExport')}
          </button>
        </>
      }
    >
      <p className="muted">{t('fieldwork.packIntro')}</p>
      {candidates && candidates.length === 0 && <p role="alert">{t('fieldwork.packNone')}</p>}
      {candidates && candidates.length > 0 && (
        <fieldset className="csv-kinds">
          <legend>{t('fieldwork.packManager')}</legend>
          {candidates.map((c, i) => (
            <label key={c.manager} className="check">
              <input
                type="radio"
                name="pack-manager"
                autoFocus={i === 0}
                checked={chosen === c.manager}
                onChange={() => setManager(c.manager)}
              />
              {t('fieldwork.packVisits', { manager: c.manager, count: c.visits })}
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}

/** The manager saves the results of a pack audit, to send back. */
export async function exportFieldResults(audit: Audit, label: string): Promise<string | null> {
  const info = await desktop.appInfo();
  const results = await buildFieldResults(db, audit.id, `${info.name} ${info.version}`);
  const name = auditFileName({ audit }, FIELD_RESULTS_EXTENSION, today());
  return (await save(name, FIELD_RESULTS_EXTENSION, label, serializeFieldResults(results)))
    ? name
    : null;
}
