import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../shared/domain';
import { RATING_SCALES, type RatingScale } from '../shared/survey/definition';
import { CliError, EXIT } from './io';

/** A command line, understood. */
export type Command =
  | { name: 'help' }
  | { name: 'report'; file: string; output: string; language?: Language; appendix: boolean }
  | { name: 'score'; file: string; json: boolean }
  | {
      name: 'survey';
      file: string;
      output: string;
      format: SurveyFormat;
      touchpoints: string[];
      scale: RatingScale;
      nps: boolean;
    }
  | { name: 'validate'; file: string }
  | { name: 'sync-setup'; file: string };

const OPTIONS = {
  report: {
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    'no-appendix': { type: 'boolean' },
  },
  score: { json: { type: 'boolean' } },
  survey: {
    touchpoint: { type: 'string', multiple: true },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    scale: { type: 'string' },
    'no-nps': { type: 'boolean' },
  },
  validate: {},
} as const;

type CommandName = keyof typeof OPTIONS;

/** The files `touchstone survey` writes, each with the extension its tools expect. */
export const SURVEY_FORMATS = { xlsform: '.xlsx', limesurvey: '.txt', csv: '.csv' } as const;
export type SurveyFormat = keyof typeof SURVEY_FORMATS;

function usage(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** Reads the arguments after `touchstone`; throws a CliError (exit 2) naming what is wrong. */
export function parseCommand(argv: readonly string[], t: TFunction): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw usage(t('report.cli.noCommand'));
  if (name === '--help' || name === '-h' || name === 'help') return { name: 'help' };
  if (name === 'sync') return syncCommand(rest, t);
  if (!(name in OPTIONS)) throw usage(t('report.cli.unknownCommand', { command: name }));
  const command = name as CommandName;
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help' };
  let parsed: {
    values: Record<string, string | string[] | boolean | undefined>;
    positionals: string[];
  };
  try {
    const result = parseArgs({
      args: [...rest],
      options: OPTIONS[command],
      strict: true,
      allowPositionals: true,
    });
    parsed = {
      values: result.values as Record<string, string | string[] | boolean | undefined>,
      positionals: result.positionals,
    };
  } catch (error) {
    throw usage(t('report.cli.badOption', { message: (error as Error).message.split('. ')[0] }));
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw usage(t('report.cli.missingFile'));
  if (extra[0] !== undefined) throw usage(t('report.cli.extraArguments', { arg: extra[0] }));
  const v = parsed.values;
  switch (command) {
    case 'validate':
      return { name: 'validate', file };
    case 'score':
      return { name: 'score', file, json: v.json === true };
    case 'survey':
      return surveyCommand(file, v, t);
    case 'report': {
      const output = v.output;
      if (typeof output !== 'string' || !output) throw usage(t('report.cli.missingOutput'));
      if (!/\.docx$/i.test(output)) throw usage(t('report.cli.outputNotDocx', { path: output }));
      const lang = v.lang;
      if (lang !== undefined && !(LANGUAGES as readonly unknown[]).includes(lang)) {
        throw usage(t('report.cli.badLanguage', { lang }));
      }
      return {
        name: 'report',
        file,
        output,
        language: lang as Language | undefined,
        appendix: v['no-appendix'] !== true,
      };
    }
  }
}

/** `touchstone sync setup PLAN.json`: the one subcommand of sync. */
function syncCommand(rest: readonly string[], t: TFunction): Command {
  const [sub, file, extra] = rest;
  if (sub === '--help' || sub === '-h' || rest.includes('--help')) return { name: 'help' };
  if (sub !== 'setup')
    throw usage(t('report.cli.unknownCommand', { command: `sync ${sub ?? ''}`.trim() }));
  if (!file || file.startsWith('-')) throw usage(t('report.cli.missingFile'));
  if (extra !== undefined) throw usage(t('report.cli.extraArguments', { arg: extra }));
  return { name: 'sync-setup', file };
}

function surveyCommand(
  file: string,
  v: Record<string, string | string[] | boolean | undefined>,
  t: TFunction,
): Command {
  const format = v.format;
  if (typeof format !== 'string' || !format) throw usage(t('survey.cli.missingFormat'));
  if (!Object.hasOwn(SURVEY_FORMATS, format)) throw usage(t('survey.cli.badFormat', { format }));
  const extension = SURVEY_FORMATS[format as SurveyFormat];
  const output = v.output;
  if (typeof output !== 'string' || !output)
    throw usage(t('survey.cli.missingOutput', { extension }));
  if (!output.toLowerCase().endsWith(extension))
    throw usage(t('survey.cli.badExtension', { format, extension, path: output }));
  const scale = v.scale ?? 'csat';
  if (typeof scale !== 'string' || !(RATING_SCALES as readonly string[]).includes(scale))
    throw usage(t('survey.cli.badScale', { scale: String(scale) }));
  return {
    name: 'survey',
    file,
    output,
    format: format as SurveyFormat,
    touchpoints: Array.isArray(v.touchpoint) ? v.touchpoint : [],
    scale: scale as RatingScale,
    nps: v['no-nps'] !== true,
  };
}
