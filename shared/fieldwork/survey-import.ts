import { parseDay } from '../calendar';
import { lineProblem, reason, type ErrorText, type LineProblem, type Observation } from '../domain';
import type { CsvTable } from '../formats/csv';
import { parseDecimal } from '../register/promise-edit';
import { SCALE_RANGE, surveyToRubric, type SurveyScale } from './survey-scale';
import { derivedId } from '../formats/hash';

/** One question column of a survey file. */
export interface SurveyQuestionColumn {
  column: number;
  /** The promise it measures. */
  promiseId: string;
  /** The scale it was asked on. */
  scale: SurveyScale;
  /** The question's stable name (a generated survey's), which keys its answers. */
  name?: string;
  /** Answers written out in words (a tool's "full answers" export), by lower-case text, as numbers. */
  labels?: ReadonlyMap<string, number>;
}

/** Which columns of a survey file say what. Column indexes; -1 means the file has none. */
export interface SurveyMapping {
  /** Each question column: the promise it measures and the scale it was asked on. */
  questions: SurveyQuestionColumn[];
  dateColumn: number;
  commentColumn: number;
  respondentColumn: number;
  /** The date of rows without one (YYYY-MM-DD). */
  defaultDate: string;
  wave: number;
  /** The wave an answer falls in, by its date; `wave` for every row when absent. */
  waveOf?: (date: string) => number;
  /**
   * The column of each row's submission id, as the survey tool gave it (-1 or absent: none).
   * With it, every answer carries a key, and a submission imported before is left out.
   */
  keyColumn?: number;
  /** Put before every submission id: tools number submissions per survey, so the survey's id. */
  keyPrefix?: string;
  /** Submission keys already imported (submissionKeyOf): their rows add nothing. */
  known?: ReadonlySet<string>;
  /** The comment column's question name, which keys an open answer kept on its own. */
  commentName?: string;
}

/** An answer as an observation, with the key that tells it apart on a later import. */
export type PlannedSurveyObservation = SurveyObservation & {
  /** `<submission key>/<question>`, or null when the file has no submission ids. */
  externalKey: string | null;
};

/** An open answer from a row that rated no promise: kept on the audit as a verbatim. */
export interface UnplacedVerbatim {
  externalKey: string | null;
  line: number;
  date: string;
  wave: number;
  text: string;
}

/** A row that made evidence: its submission key, its line, its date and what it made. */
export interface SurveySubmission {
  key: string | null;
  line: number;
  date: string;
  observations: number;
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
  | {
      ok: true;
      observations: PlannedSurveyObservation[];
      respondents: number;
      /** Every row that answered something, in file order. */
      submissions: SurveySubmission[];
      /** Open answers of rows that rated no promise. */
      unplaced: UnplacedVerbatim[];
      /** Rows left out: imported before, or repeating a submission earlier in the file. */
      skipped: number;
    }
  | { ok: false; problems: LineProblem[] };

/** The submission an answer's external key belongs to: the key without its question. */
export function submissionKeyOf(externalKey: string): string {
  const at = externalKey.lastIndexOf('/');
  return at < 0 ? externalKey : externalKey.slice(0, at);
}

/**
 * The id of the observation an answer with this external key becomes: the same on every laptop,
 * so that one export taken in on two laptops apart is one piece of evidence when they meet
 * through the team database, never two.
 */
export function surveyAnswerId(auditId: string, externalKey: string): string {
  return derivedId(`survey-answer:${auditId}`, externalKey);
}

/** The id of the record of an import bringing these submissions (keys), the same everywhere. */
export function surveyImportId(auditId: string, submissionKeys: readonly string[]): string {
  return derivedId(`survey-import:${auditId}`, [...submissionKeys].sort().join('\n'));
}

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
 * answer off its scale or any unreadable date stops the whole import, named by line. With a
 * submission-id column, each answer carries a key (`<prefix><id>/<question>`), rows whose
 * submission is known (or repeated in the file) are left out, and a row without an id is
 * refused; open answers of rows that rated nothing come back as unplaced verbatims.
 */
export function planSurveyImport(table: CsvTable, mapping: SurveyMapping): SurveyPlan {
  if (mapping.questions.length === 0)
    return { ok: false, problems: [lineProblem(1, [reason('errors.survey.noQuestion')])] };
  const problems: LineProblem[] = [];
  const observations: PlannedSurveyObservation[] = [];
  const submissions: SurveySubmission[] = [];
  const unplaced: UnplacedVerbatim[] = [];
  const seen = new Set<string>();
  let respondents = 0;
  let skipped = 0;
  const cell = (cells: string[], column: number) =>
    column >= 0 ? (cells[column] ?? '').trim() : '';
  const keyColumn = mapping.keyColumn ?? -1;
  for (const row of table.rows) {
    const rowProblems: ErrorText[] = [];
    let key: string | null = null;
    if (keyColumn >= 0) {
      const id = cell(row.cells, keyColumn).replace(CONTROL_ALL, ' ').slice(0, 200);
      if (!id) {
        problems.push(
          lineProblem(row.line, [
            reason('errors.survey.noSubmissionId', { column: table.header[keyColumn] ?? '' }),
          ]),
        );
        continue;
      }
      key = `${mapping.keyPrefix ?? ''}${id}`;
      if (mapping.known?.has(key) || seen.has(key)) {
        skipped++;
        continue;
      }
      seen.add(key);
    }
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
    const made: PlannedSurveyObservation[] = [];
    const wave = date && mapping.waveOf ? mapping.waveOf(date) : mapping.wave;
    for (const q of mapping.questions) {
      const answer = cell(row.cells, q.column);
      if (!answer) continue;
      const value = q.labels?.get(answer.toLowerCase()) ?? parseDecimal(answer);
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
        wave,
        observer: cell(row.cells, mapping.respondentColumn).replace(CONTROL_ALL, ' ').slice(0, 200),
        location: '',
        outcome: 'scored',
        score,
        measured: null,
        verbatim: comment,
        // The column's name comes from the file: cleaned and cut to fit the note.
        note: `${(table.header[q.column] ?? '').replace(CONTROL_ALL, ' ').slice(0, 500)}: ${answer} (${SCALE_NAMES[q.scale]})`,
        externalKey: key && `${key}/${q.name ?? q.column}`,
      });
    }
    if (rowProblems.length > 0) problems.push(lineProblem(row.line, rowProblems));
    else if (made.length > 0) {
      respondents++;
      observations.push(...made);
      submissions.push({ key, line: row.line, date: date ?? '', observations: made.length });
    } else if (comment) {
      unplaced.push({
        externalKey: key && `${key}/${mapping.commentName ?? 'comment'}`,
        line: row.line,
        date: date ?? '',
        wave,
        text: comment,
      });
      submissions.push({ key, line: row.line, date: date ?? '', observations: 0 });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, observations, respondents, submissions, unplaced, skipped };
}

/**
 * The wave a day falls in, by the audit's evidence: the wave of the latest evidence dated on or
 * before it (a wave runs until the next one's evidence starts), else of the earliest evidence;
 * `fallback` when the audit has none. Survey answers take the wave of their submission's day.
 */
export function waveOfDay(
  evidence: readonly { date: string; wave: number }[],
  fallback: number,
): (day: string) => number {
  const sorted = [...evidence].sort((a, b) => a.date.localeCompare(b.date) || a.wave - b.wave);
  return (day) => {
    if (sorted.length === 0) return fallback;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.date <= day) lo = mid + 1;
      else hi = mid;
    }
    return (lo === 0 ? sorted[0]! : sorted[lo - 1]!).wave;
  };
}
