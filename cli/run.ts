import type { TFunction } from 'i18next';
import { today } from '../shared/calendar';
import { languageOfLocale } from '../shared/i18n/languages';
import {
  buildReport,
  createFormats,
  createReportTranslator,
  reportLanguages,
} from '../shared/report';
import { scoreAudit } from '../shared/scoring';
import { parseCommand, type Command } from './args';
import { CliError, EXIT, type CliIo } from './io';
import { readAudit, readTouchstoneFile, type TouchstoneFile } from './read-file';
import { writeSurvey } from './survey';
import { scoreJson, scoreTable } from './score-output';
import { syncSetup } from './sync-setup';


function summary(file: TouchstoneFile, t: TFunction): string {
  switch (file.kind) {
    case 'audit': {
      const b = file.bundle;
      const contents = [
        t('entity.stages', { count: b.stages.length }),
        t('entity.touchpoints', { count: b.touchpoints.length }),
        t('entity.promises', { count: b.promises.length }),
        t('entity.observations', { count: b.observations.length }),
        t('entity.visits', { count: b.visits.length }),
        t('entity.actions', { count: b.actions.length }),
        t('entity.photos', { count: b.photos.length }),
      ].join(', ');
      return t('report.cli.auditSummary', { name: b.audit.name, brand: b.audit.brand, contents });
    }
    case 'field-pack':
      return t('report.cli.packSummary', {
        manager: file.pack.manager,
        name: file.pack.audit.name,
        brand: file.pack.audit.brand,
        visits: t('entity.visits', { count: file.pack.visits.length }),
      });
    case 'field-results':
      return t('report.cli.resultsSummary', {
        manager: file.results.manager,
        visits: t('entity.visits', { count: file.results.visits.length }),
        observations: t('entity.observations', { count: file.results.observations.length }),
        photos: t('entity.photos', { count: file.results.photos.length }),
      });
  }
}

async function execute(command: Command, io: CliIo, t: TFunction): Promise<void> {
  switch (command.name) {
    case 'help':
      io.out(t('report.cli.usage'));
      return;
    case 'validate': {
      const file = await readTouchstoneFile(io, command.file, t);
      io.out(
        t('report.cli.valid', { path: command.file, kind: t(`report.cli.kind.${file.kind}`) }),
      );
      io.out(summary(file, t));
      return;
    }
    case 'score': {
      const bundle = await readAudit(io, command.file, t);
      // The same scoring as the app and the document: one call, shown as it comes.
      const scores = scoreAudit(bundle);
      io.out(
        command.json
          ? scoreJson(bundle, scores)
          : scoreTable(bundle, scores, t, createFormats(languageOfLocale(io.locale))),
      );
      return;
    }
    case 'survey':
      await writeSurvey(command, io, t);
      return;
    case 'sync-setup':
      await syncSetup(command.file, io, t);
      return;
    case 'report': {
      const bundle = await readAudit(io, command.file, t);
      const language = command.language ?? bundle.audit.language;
      if (!reportLanguages().includes(language)) {
        io.err(t('report.cli.languageMissing', { lang: t(`language.${language}`) }));
      }
      const data = await buildReport(bundle, {
        language,
        appendix: command.appendix,
        pageNumbers: 'auto',
        date: today(io.clock),
      });
      try {
        await io.writeFile(command.output, data);
      } catch (error) {
        throw new CliError(
          t('report.cli.cannotWrite', { path: command.output, reason: (error as Error).message }),
          EXIT.input,
        );
      }
      io.out(
        t('report.cli.written', {
          path: command.output,
          size: Math.max(1, Math.round(data.byteLength / 1024)),
        }),
      );
      return;
    }
  }
}

/**
 * Runs `touchstone` with its arguments and returns the exit code: 0 done, 1 bad input (a file
 * that cannot be read, is not a Touchstone file or breaks its rules), 2 a wrong command line.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { t } = createReportTranslator(languageOfLocale(io.locale));
  try {
    await execute(parseCommand(argv, t), io, t);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`touchstone: ${error.message}`);
    for (const line of error.details) io.err(`  - ${line}`);
    if (error.exitCode === EXIT.usage) io.err(t('report.cli.usage'));
    return error.exitCode;
  }
}
