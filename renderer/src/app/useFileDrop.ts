import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  detectFileKind,
  FILE_KIND_HEAD_BYTES,
  TOUCHSTONE_EXTENSIONS,
} from '../../../shared/formats/file-kind';
import type { SystemOpenedFile } from '../../../shared/desktop-api';
import { db } from '../db/db';
import { useHandoff } from '../stores/handoff';
import { useUi } from '../stores/ui';
import { errorText } from './error-text';

/** Whether a drag carries files (not text or a link dragged from the page). */
const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dropped anywhere on the window go to the importer they belong to, told by
 * shared/formats/file-kind.ts: an audit file, a field pack or a results file to the one
 * reader (`openFiles`, which asks or previews before anything is written), a register CSV to
 * the register's import and a survey CSV to field work's, each into the open audit. Anything
 * else is refused in a sentence that says what the window takes. Returns whether a drag of
 * files is over the window, for the overlay.
 */
export function useFileDrop(openFiles: (files: readonly SystemOpenedFile[]) => Promise<void>) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the
    // drag has left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser opens the file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      void take([...(e.dataTransfer?.files ?? [])]);
    };

    const { notify } = useUi.getState();
    const take = async (files: File[]) => {
      if (files.length === 0) return;
      if (files.length > 1) {
        notify('error', t('guide.drop.oneAtATime', { count: files.length }));
        return;
      }
      const file = files[0]!;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        notify(
          'error',
          t('guide.drop.readFailed', { name: file.name, message: errorText(error, t) }),
        );
        return;
      }
      const found = detectFileKind(file.name, bytes.subarray(0, FILE_KIND_HEAD_BYTES));
      if (found.kind === 'unknown') {
        notify('error', t('guide.drop.unknown', { name: file.name, ...TOUCHSTONE_EXTENSIONS }));
        return;
      }
      if (found.kind === 'audit' || found.kind === 'field-pack' || found.kind === 'field-results') {
        await openFiles([{ name: file.name, data: bytes }]);
        return;
      }
      // A CSV file goes into the open audit, which must be the consultant's own.
      const ui = useUi.getState();
      const audit = ui.currentAuditId ? await db.audits.get(ui.currentAuditId) : undefined;
      if (!audit) {
        notify('error', t('guide.drop.needAudit', { name: file.name }));
        return;
      }
      if (found.kind === 'survey-csv' && audit.fieldPack) {
        notify('error', t('guide.drop.inPack', { name: file.name }));
        return;
      }
      useHandoff
        .getState()
        .handOver(
          found.kind === 'register-csv'
            ? { kind: 'register-csv', csvKind: found.csvKind, name: file.name, bytes }
            : { kind: 'survey-csv', name: file.name, bytes },
        );
      ui.showScreen(found.kind === 'register-csv' ? 'register' : 'fieldwork');
    };

    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, [t, openFiles]);

  return over;
}
