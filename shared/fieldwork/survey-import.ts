import { parseDay } from '../calendar';
import { lineProblem, reason, type ErrorText, type LineProblem, type Observation } from '../domain';
import type { CsvTable } from '../formats/csv';
import { parseDecimal } from '../register/promise-edit';
import { SCALE_RANGE, surveyToRubric, type SurveyScale } from './survey-scale';

/** Which columns of a survey file say what. Column indexes; -1 means the file has none. */
export interface SurveyMapping {
  /** Each question column: the promise it measures and the scale it was asked on. */
  questions: { column: number; promiseId: string; scale: SurveyScale }[];
  dateColumn: number;
  commentColumn: number;
  respondentColumn: number;
  /** The date of rows without one (YYYY-MM-DD). */
  defaultDate: string;
  wave: number;
}

export type SurveyObservation = Pick<
  Observation,
  | 'promiseId'
  | 'method'
  | 'date'
  | 'wave'
  | 'observer'
  | 'location'
  | 'outcome'
  | 'score'
  | 'measured'
  | 'verbatim'
  | 'note'
>;

export type SurveyPlan =
  | { ok: true; observations: SurveyObservation[]; respondents: number }
  | { ok: false; problems: LineProblem[] };

const SCALE_NAMES: Record<SurveyScale, string> = {
  nps: 'NPS 0–10',
  csat: 'CSAT 1–5',
  rubric: 'rubric 0–4',
};

// Control characters other than tab and newline: the store keeps none (domain/common.ts).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const MAX_VERBATIM = 20000;

/** A date as written in survey exports: 2026-03-01, 01.03.2026 or 01/03/2026 (day first). */
export function parseSurveyDate(text: string): string | null {
  const t = text.trim().slice(0, 10);
  let y: string, m: string, d: string;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else if (dmy) [, d, m, y] = dmy as unknown as [string, string, string, string];
  else return null;
  return parseDay(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

/**
 * Turns survey answers into observations, one per answered question per respondent, each
 * answer put on the rubric by its scale (survey-scale.ts). Blank answers are skipped; any
 * answer off its scale or any unreadable date stops the whole import, named by line.
 */
export function planSurveyImport(table: CsvTable, mapping: SurveyMapping): SurveyPlan {
  if (mapping.questions.length === 0)
    return { ok: false, problems: [lineProblem(1, [reason('errors.survey.noQuestion')])] };
  const problems: LineProblem[] = [];
  const observations: SurveyObservation[] = [];
  let respondents = 0;
  const cell = (cells: string[], column: number) =>
    column >= 0 ? (cells[column] ?? '').trim() : '';
  for (const row of table.rows) {
    const rowProblems: ErrorText[] = [];
    const dateText = cell(row.cells, mapping.dateColumn);
    const date = dateText ? parseSurveyDate(dateText) : mapping.defaultDate;
    if (!date)
      rowProblems.push(
        reason('errors.survey.date', {
          column: table.header[mapping.dateColumn] ?? '',
          value: dateText,
        }),
      );
    const comment = cell(row.cells, mapping.commentColumn);
    const commentName = table.header[mapping.commentColumn];
    if (CONTROL.test(comment))
      rowProblems.push(reason('errors.csv.control', { column: commentName ?? '' }));
    if (comment.length > MAX_VERBATIM)
      rowProblems.push(
        reason('errors.csv.tooLong', { column: commentName ?? '', count: MAX_VERBATIM }),
      );
    const made: SurveyObservation[] = [];
    for (const q of mapping.questions) {
      const answer = cell(row.cells, q.column);
      if (!answer) continue;
      const value = parseDecimal(answer);
      const score = value === null ? null : surveyToRubric(q.scale, value);
      if (score === null) {
        const { min, max } = SCALE_RANGE[q.scale];
        rowProblems.push(
          reason('errors.survey.answer', {
            column: table.header[q.column] ?? '',
            value: answer,
            min,
            max,
            scale: { key: `errors.survey.scale.${q.scale}` },
          }),
        );
        continue;
      }
      made.push({
        promiseId: q.promiseId,
        method: 'survey',
        date: date ?? '',
        wave: mapping.wave,
        observer: cell(row.cells, mapping.respondentColumn).replace(CONTROL_ALL, ' ').slice(0, 200),
        location: '',
        outcome: 'scored',
        score,
        measured: null,
        verbatim: comment,
        // The column's name comes from the file: cleaned and cut to fit the note.
        note: `${(table.header[q.column] ?? '').replace(CONTROL_ALL, ' ').slice(0, 500)}: ${answer} (${SCALE_NAMES[q.scale]})`,
      });
    }
    if (rowProblems.length > 0) problems.push(lineProblem(row.line, rowProblems));
    else if (made.length > 0) {
      respondents++;
      observations.push(...made);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, observations, respondents };
}
