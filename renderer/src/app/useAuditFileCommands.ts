import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SystemOpenedFile } from '../../../shared/desktop-api';
import { bundleCounts, CHILD_ENTITIES, fromErrorData } from '../../../shared/domain';
import {
  readTouchstoneFile,
  type TouchstoneFile,
} from '../../../shared/formats/touchstone-file';
import { db } from '../db/db';
import { importFieldResults } from '../db/commands/field-packs';
import { takeInReadFile } from '../db/file-import';
import { useUi } from '../stores/ui';
import { errorText } from './error-text';
import { exportAuditToFile, pickTouchstoneFile } from './audit-files';

/** What the person is asked before a file the system opened is written: what it holds. */
function openedFileQuestion(
  file: Exclude<TouchstoneFile, { kind: 'field-results' }>,
  name: string,
  t: TFunction,
) {
  if (file.kind === 'audit') {
    const counts = bundleCounts(file.bundle);
    const contents = CHILD_ENTITIES.filter((n) => counts[n] > 0)
      .map((n) => t(`entity.${n}`, { count: counts[n] }))
      .join(', ');
    const { name: audit, brand } = file.bundle.audit;
    return {
      title: t('audits.openedTitle', { file: name }),
      body: contents
        ? t('audits.openedAudit', { name: audit, brand, contents })
        : t('audits.openedAuditEmpty', { name: audit, brand }),
      confirmLabel: t('audits.openedImport'),
      danger: false,
    };
  }
  return {
    title: t('audits.openedPackTitle', { file: name }),
    body: t('audits.openedPack', {
      manager: file.pack.manager,
      name: file.pack.audit.name,
      brand: file.pack.audit.brand,
      visits: t('entity.visits', { count: file.pack.visits.length }),
    }),
    confirmLabel: t('audits.openedOpenPack'),
    danger: false,
  };
}

/**
 * Import and export of audit files with their messages, for the screens and the menu, and the
 * files the operating system asks the app to open, which go the same way after a question.
 */
export function useAuditFileCommands() {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const openAudit = useUi((s) => s.openAudit);
  const [busy, setBusy] = useState(false);

  /**
   * Takes in a file read whole: field results after their preview is confirmed, an audit file
   * or a field pack at once when the person picked it, after a question when the system
   * opened it (`openedAs`, its name): nothing is written before they say yes.
   */
  const takeIn = useCallback(
    async (opened: TouchstoneFile, openedAs?: string) => {
      if (opened.kind === 'field-results') {
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
        return;
      }
      if (openedAs !== undefined) {
        const yes = await useUi.getState().confirm(openedFileQuestion(opened, openedAs, t));
        if (!yes) return;
      }
      const taken = await takeInReadFile(db, opened);
      if (taken.kind === 'audit') {
        const { result } = taken;
        openAudit(result.audit.id);
        notify(
          'info',
          t(result.copied ? 'audits.importedCopy' : 'audits.imported', { name: result.audit.name }),
        );
      } else if (taken.kind === 'field-pack') {
        openAudit(taken.audit.id);
        useUi.getState().showScreen('fieldwork');
        notify('info', t('fieldwork.packOpened', { name: taken.audit.name }));
      }
    },
    [t, notify, openAudit],
  );

  const importFile = useCallback(async () => {
    setBusy(true);
    try {
      const opened = await pickTouchstoneFile(t('audits.fileFilter'));
      if (opened) await takeIn(opened);
    } catch (error) {
      notify('error', t('audits.importFailed', { message: errorText(error, t) }));
    } finally {
      setBusy(false);
    }
  }, [t, notify, takeIn]);

  /** The files the operating system asked the app to open, one after another. */
  const openSystemFiles = useCallback(
    async (files: readonly SystemOpenedFile[]) => {
      for (const file of files) {
        try {
          if (file.problem) throw fromErrorData(file.problem);
          await takeIn(readTouchstoneFile(file.data), file.name);
        } catch (error) {
          notify('error', t('audits.importFailed', { message: errorText(error, t) }));
        }
      }
    },
    [t, notify, takeIn],
  );

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

  return { importFile, exportFile, openSystemFiles, busy };
}
