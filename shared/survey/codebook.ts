import type { AuditBundle } from '../domain';
import { writeCsv } from '../formats/csv';
import { NPS_QUESTION_NAME, OPEN_QUESTION_NAME, type SurveyDefinition } from './definition';
import { surveyWords, type AnswerChoice } from './answers';

const answers = (choices: readonly AnswerChoice[]) =>
  choices.map((c) => `${c.code} = ${c.label}`).join('; ');

/**
 * A survey's codebook as CSV (the app's one CSV writer: UTF-8 with a BOM), for any survey tool:
 * one row per question with its name, the promise it asks about (id, touchpoint, statement),
 * its wording, type, scale and answers, headed in the survey's language. A tool that names its
 * columns by these names has its answers read back without mapping.
 */
export function writeCodebook(survey: SurveyDefinition, bundle: AuditBundle): Uint8Array {
  const words = surveyWords(survey.language, survey.scale);
  const t = words.t;
  const promises = new Map(bundle.promises.map((p) => [p.id, p]));
  const touchpoints = new Map(bundle.touchpoints.map((tp) => [tp.id, tp.name]));
  const header = [
    t('survey.codebook.name'),
    t('survey.codebook.promiseId'),
    t('survey.codebook.touchpoint'),
    t('survey.codebook.promise'),
    t('survey.codebook.wording'),
    t('survey.codebook.type'),
    t('survey.codebook.scale'),
    t('survey.codebook.answers'),
  ];
  const rows: (string | null)[][] = survey.questions.map((q) => {
    const promise = promises.get(q.promiseId);
    return [
      q.name,
      q.promiseId,
      (promise && touchpoints.get(promise.touchpointId)) ?? '',
      promise?.statement ?? '',
      q.wording,
      t('survey.codebook.types.rating'),
      t(`survey.codebook.scales.${survey.scale}`),
      answers(words.rating),
    ];
  });
  if (survey.nps)
    rows.push([
      NPS_QUESTION_NAME,
      '',
      '',
      '',
      survey.npsQuestion,
      t('survey.codebook.types.nps'),
      t('survey.codebook.scales.nps'),
      answers(words.nps),
    ]);
  rows.push([
    OPEN_QUESTION_NAME,
    '',
    '',
    '',
    survey.openQuestion,
    t('survey.codebook.types.open'),
    t('survey.codebook.scales.text'),
    '',
  ]);
  return writeCsv(header, rows);
}
