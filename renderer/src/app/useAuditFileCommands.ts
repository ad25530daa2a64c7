import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SystemOpenedFile } from '../../../shared/desktop-api';
import { bundleCounts, CHILD_ENTITIES, fromErrorData } from '../../../shared/domain';
import type { FieldResults } from '../../../shared/fieldwork/pack-file';
import type { TouchstoneFile } from '../../../shared/formats/touchstone-file';
import { db } from '../db/db';
import { importFieldResults } from '../db/commands/field-packs';
import { takeInReadFile } from '../db/file-import';
import { isWorkCancelled, workBoard, type Work } from '../db/work';
import { useUi } from '../stores/ui';
import { errorText } from './error-text';
import { exportAuditToFile, pickTouchstoneFile, readTouchstoneFileInSteps } from './audit-files';
import { FIELD_RESULTS_EXTENSION } from '../../../shared/fieldwork/pack-file';
import { TOUCHSTONE_EXTENSIONS } from '../../../shared/formats/file-kind';

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
 * Reading, checking and writing show their progress (db/work.ts) and can be cancelled: before
 * writing nothing has been written, while writing the transaction is aborted whole.
 */
export function useAuditFileCommands() {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const openAudit = useUi((s) => s.openAudit);
  const [busy, setBusy] = useState(false);

  /** Says why taking in a file stopped: a cancel as such, anything else as a failed import. */
  const stopped = useCallback(
    (error: unknown) => {
      if (isWorkCancelled(error)) notify('info', t(`progress.cancelled.${error.kind}`));
      else notify('error', t('audits.importFailed', { message: errorText(error, t) }));
    },
    [t, notify],
  );

  /** Field results: their preview, then, once confirmed, the merge; each with its progress. */
  const mergeResults = useCallback(
    async (results: FieldResults) => {
      const preview = await workBoard.run('merge', results.manager, (work) =>
        importFieldResults(db, results, { dryRun: true, progress: work }),
      );
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
      const done = await workBoard.run('merge', results.manager, (work) =>
        importFieldResults(db, results, { progress: work }),
      );
      openAudit(results.hubAuditId);
      useUi.getState().showScreen('fieldwork');
      notify(
        'info',
        `${t('fieldwork.resultsImported', { manager: results.manager, ...done })}${
          done.conflicts > 0 ? ` ${t('fieldwork.resultsConflicts')}` : ''
        }`,
      );
    },
    [t, notify, openAudit],
  );

  /** Writes an audit file or a field pack already read, its progress on `work`, and says so. */
  const write = useCallback(
    async (opened: Exclude<TouchstoneFile, { kind: 'field-results' }>, work: Work) => {
      const taken = await takeInReadFile(db, opened, work);
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

  /** Asks for a Touchstone file and takes it in, `extensions` offered first. */
  const pickAndTakeIn = useCallback(
    async (filterLabel: string, extensions?: string[]) => {
      setBusy(true);
      let work: Work | null = null;
      try {
        const file = await pickTouchstoneFile(filterLabel, extensions);
        if (!file) return;
        // One piece of work from reading to writing: nothing is asked in between.
        work = workBoard.start('import', file.name);
        const opened = await readTouchstoneFileInSteps(file.data, work);
        if (opened.kind === 'field-results') {
          work.finish();
          await mergeResults(opened.results);
        } else await write(opened, work);
      } catch (error) {
        stopped(error);
      } finally {
        work?.finish();
        setBusy(false);
      }
    },
    [stopped, mergeResults, write],
  );

  const importFile = useCallback(() => pickAndTakeIn(t('audits.fileFilter')), [t, pickAndTakeIn]);

  /** Field work's import: the same import, with field results files offered first. */
  const importResults = useCallback(
    () =>
      pickAndTakeIn(t('guide.fieldwork.resultsFilter', TOUCHSTONE_EXTENSIONS), [
        FIELD_RESULTS_EXTENSION,
      ]),
    [t, pickAndTakeIn],
  );

  /**
   * The files the operating system asked the app to open, one after another: each read with
   * its progress, then — nothing written before the person says yes — a question saying what
   * it holds (results get their usual preview), then written with its progress.
   */
  const openSystemFiles = useCallback(
    async (files: readonly SystemOpenedFile[]) => {
      for (const file of files) {
        try {
          if (file.problem) throw fromErrorData(file.problem);
          const data = file.data;
          const opened = await workBoard.run('import', file.name, (work) =>
            readTouchstoneFileInSteps(data, work),
          );
          if (opened.kind === 'field-results') {
            await mergeResults(opened.results);
            continue;
          }
          const yes = await useUi.getState().confirm(openedFileQuestion(opened, file.name, t));
          if (!yes) continue;
          await workBoard.run('import', file.name, (work) => write(opened, work));
        } catch (error) {
          stopped(error);
        }
      }
    },
    [t, stopped, mergeResults, write],
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

  return { importFile, importResults, exportFile, openSystemFiles, busy };
}
