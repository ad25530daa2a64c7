import { NPS_QUESTION_NAME, OPEN_QUESTION_NAME, type SurveyDefinition } from './definition';
import { surveyWords, type AnswerChoice } from './answers';

/** The columns LimeSurvey's tab-separated survey format starts with (its import reads them by name). */
export const LIMESURVEY_COLUMNS = [
  'id',
  'related_id',
  'class',
  'type/scale',
  'name',
  'relevance',
  'text',
  'help',
  'language',
  'validation',
  'mandatory',
  'other',
  'default',
  'same_default',
] as const;

type Column = (typeof LIMESURVEY_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/**
 * A cell of the format: tabs and line breaks would split the row, so they become spaces; a
 * value holding a quote is quoted with the quote doubled, as LimeSurvey's reader expects.
 */
function cell(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ');
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/**
 * A survey in LimeSurvey's tab-separated survey format (.txt, imported as a survey): survey
 * settings (S), the texts of its language (SL), one group (G), a list question (Q, type L)
 * per promise with its answers (A) coded as the scale's numbers, the NPS question (L, 0–10)
 * and the open question (T, long free text). Question codes are the survey's question names,
 * so LimeSurvey's response export names its columns by them. Dates are kept (datestamp) so
 * each response has its submission date.
 */
export function writeLimeSurvey(survey: SurveyDefinition): string {
  const words = surveyWords(survey.language, survey.scale);
  const language = survey.language;
  const rows: Row[] = [
    { class: 'S', name: 'language', text: language },
    { class: 'S', name: 'format', text: 'G' },
    { class: 'S', name: 'datestamp', text: 'Y' },
    { class: 'S', name: 'anonymized', text: 'N' },
    { class: 'SL', name: 'surveyls_title', text: survey.title, language },
    { class: 'SL', name: 'surveyls_description', text: survey.invitation, language },
    { class: 'SL', name: 'surveyls_welcometext', text: words.intro, language },
    { class: 'SL', name: 'surveyls_endtext', text: words.thanks, language },
    { class: 'G', 'type/scale': '1', name: survey.title, relevance: '1', language },
  ];
  const list = (name: string, text: string, help: string, answers: AnswerChoice[]) => {
    rows.push({
      class: 'Q',
      'type/scale': 'L',
      name,
      relevance: '1',
      text,
      help,
      language,
      mandatory: 'N',
      other: 'N',
      same_default: '0',
    });
    for (const a of answers)
      rows.push({ class: 'A', 'type/scale': '0', name: a.code, text: a.label, language });
  };
  for (const q of survey.questions) list(q.name, q.wording, words.ratingHint, words.rating);
  if (survey.nps) list(NPS_QUESTION_NAME, survey.npsQuestion, '', words.nps);
  rows.push({
    class: 'Q',
    'type/scale': 'T',
    name: OPEN_QUESTION_NAME,
    relevance: '1',
    text: survey.openQuestion,
    language,
    mandatory: 'N',
    other: 'N',
    same_default: '0',
  });
  const lines = [
    LIMESURVEY_COLUMNS.join('\t'),
    ...rows.map((r) => LIMESURVEY_COLUMNS.map((c) => cell(r[c] ?? '')).join('\t')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
