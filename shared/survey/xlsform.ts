import { NPS_QUESTION_NAME, OPEN_QUESTION_NAME, type SurveyDefinition } from './definition';
import { surveyWords } from './answers';
import { writeWorkbook, type Workbook } from './workbook';

/** The name of the group that holds the promise questions (exports prefix it: `promises/p…`). */
export const PROMISE_GROUP = 'promises';
/** The choice list of the NPS question. */
export const NPS_LIST = 'nps0to10';

/** The XLSForm's form_id: stable for a survey, a valid XML name. */
export function formIdOf(survey: Pick<SurveyDefinition, 'id'>): string {
  return `touchstone_${survey.id.replace(/-/g, '').slice(0, 12)}`;
}

/** The choice list of a survey's promise questions. */
export function ratingListOf(survey: Pick<SurveyDefinition, 'scale'>): string {
  return survey.scale === 'csat' ? 'csat1to5' : 'rubric0to4';
}

/**
 * The XLSForm of a survey as sheets of text (the public XLSForm specification): `survey` with
 * the start and end metadata, the invitation as a note, the promise questions in a group shown
 * on one screen, the NPS question and the open question; `choices` with the scales' answers in
 * the survey's language; `settings` with form_title, form_id, version and default_language.
 * Question names are the survey's own, so the tools' exports name their columns by them.
 */
export function xlsformSheets(survey: SurveyDefinition): Workbook {
  const words = surveyWords(survey.language, survey.scale);
  const lang = words.languageLabel;
  const ratingList = ratingListOf(survey);
  const surveyRows: string[][] = [
    ['type', 'name', `label::${lang}`, `hint::${lang}`, 'appearance'],
    ['start', 'start', '', '', ''],
    ['end', 'end', '', '', ''],
    ['note', 'intro', survey.invitation, words.intro, ''],
    ['begin_group', PROMISE_GROUP, '', '', 'field-list'],
    ...survey.questions.map((q) => [
      `select_one ${ratingList}`,
      q.name,
      q.wording,
      words.ratingHint,
      'likert',
    ]),
    ['end_group', '', '', '', ''],
  ];
  if (survey.nps)
    surveyRows.push([
      `select_one ${NPS_LIST}`,
      NPS_QUESTION_NAME,
      survey.npsQuestion,
      '',
      'likert',
    ]);
  surveyRows.push(['text', OPEN_QUESTION_NAME, survey.openQuestion, '', 'multiline']);
  const choiceRows: string[][] = [
    ['list_name', 'name', `label::${lang}`],
    ...words.rating.map((c) => [ratingList, c.code, c.label]),
    ...(survey.nps ? words.nps.map((c) => [NPS_LIST, c.code, c.label]) : []),
  ];
  return {
    survey: surveyRows,
    choices: choiceRows,
    settings: [
      ['form_title', 'form_id', 'version', 'default_language'],
      [survey.title, formIdOf(survey), String(survey.version), lang],
    ],
  };
}

/** The XLSForm of a survey as an .xlsx, for KoboToolbox, ODK Central, SurveyCTO, Ona or Survey123. */
export async function writeXlsForm(survey: SurveyDefinition): Promise<Uint8Array> {
  const sheets = xlsformSheets(survey);
  return writeWorkbook([
    { name: 'survey', rows: sheets.survey!, widths: [24, 16, 70, 40, 12] },
    { name: 'choices', rows: sheets.choices!, widths: [14, 8, 40] },
    { name: 'settings', rows: sheets.settings!, widths: [50, 26, 10, 20] },
  ]);
}
