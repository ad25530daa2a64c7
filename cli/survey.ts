import type { TFunction } from 'i18next';
import type { AuditBundle, Touchpoint } from '../shared/domain';
import { derivedId } from '../shared/formats/hash';
import { orderJourney } from '../shared/register/register-order';
import { writeCodebook } from '../shared/survey/codebook';
import type { SurveyDefinition, SurveyTarget } from '../shared/survey/definition';
import { generateSurvey, promisesOfTarget } from '../shared/survey/generate';
import { writeLimeSurvey } from '../shared/survey/limesurvey';
import { formIdOf, writeXlsForm } from '../shared/survey/xlsform';
import type { Command } from './args';
import { CliError, EXIT, type CliIo } from './io';
import { readAudit } from './read-file';

type SurveyCommand = Extract<Command, { name: 'survey' }>;

/** The touchpoints named on the command line, each by its id or its name (case aside). */
function namedTouchpoints(
  bundle: AuditBundle,
  names: readonly string[],
  t: TFunction,
): Touchpoint[] {
  const { touchpoints } = orderJourney(bundle);
  const chosen = new Map<string, Touchpoint>();
  for (const name of names) {
    const byId = touchpoints.find((tp) => tp.id === name.trim());
    const matches = byId
      ? [byId]
      : touchpoints.filter((tp) => tp.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (matches.length === 0)
      throw new CliError(
        t('survey.cli.unknownTouchpoint', { name }),
        EXIT.input,
        touchpoints.map((tp) => tp.name),
      );
    if (matches.length > 1)
      throw new CliError(
        t('survey.cli.ambiguousTouchpoint', { name }),
        EXIT.input,
        matches.map((tp) => `${tp.id}  ${tp.name}`),
      );
    chosen.set(matches[0]!.id, matches[0]!);
  }
  return [...chosen.values()];
}

async function encode(
  command: SurveyCommand,
  survey: SurveyDefinition,
  bundle: AuditBundle,
): Promise<Uint8Array> {
  switch (command.format) {
    case 'xlsform':
      return writeXlsForm(survey);
    case 'limesurvey':
      return new TextEncoder().encode(writeLimeSurvey(survey));
    case 'csv':
      return writeCodebook(survey, bundle);
  }
}

/**
 * `touchstone survey`: a survey of every promise of the touchpoints named (of the whole audit
 * when none is), written as an XLSForm, a LimeSurvey survey or a CSV codebook. The survey's id
 * is made from the audit and the touchpoints, so writing it again gives the same form_id and
 * the same question names.
 */
export async function writeSurvey(command: SurveyCommand, io: CliIo, t: TFunction): Promise<void> {
  const bundle = await readAudit(io, command.file, t);
  const touchpoints = namedTouchpoints(bundle, command.touchpoints, t);
  const target: SurveyTarget =
    touchpoints.length > 0
      ? { kind: 'touchpoints', ids: touchpoints.map((tp) => tp.id) }
      : { kind: 'audit' };
  if (promisesOfTarget(bundle, target).length === 0)
    throw new CliError(t('survey.cli.noPromises'), EXIT.input);
  const ids = target.kind === 'touchpoints' ? [...target.ids].sort().join(',') : 'audit';
  const survey = generateSurvey(bundle, {
    id: derivedId('touchstone-survey', `${bundle.audit.id}|${ids}`),
    target,
    promises: 'all',
    scale: command.scale,
    nps: command.nps,
  });
  const data = await encode(command, survey, bundle);
  try {
    await io.writeFile(command.output, data);
  } catch (error) {
    throw new CliError(
      t('report.cli.cannotWrite', { path: command.output, reason: (error as Error).message }),
      EXIT.input,
    );
  }
  io.out(
    t('survey.cli.written', {
      path: command.output,
      questions: t('survey.cli.questions', { count: survey.questions.length }),
      formId: formIdOf(survey),
      version: survey.version,
    }),
  );
}
