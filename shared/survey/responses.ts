import { lineProblem, reason, type ErrorText, type LineProblem } from '../domain/errors';
import { planSurveyImport, type SurveyMapping, type SurveyPlan } from '../fieldwork/survey-import';
import type { ResponseTool } from '../domain/survey';
import type { CsvTable } from '../formats/csv';
import { parseDecimal } from '../register/promise-edit';
import { surveyWords } from './answers';
import { NPS_QUESTION_NAME, OPEN_QUESTION_NAME, type SurveyDefinition } from './definition';

export { RESPONSE_TOOLS, type ResponseTool } from '../domain/survey';

/** What each column of a response export was taken for; -1 where the file has no such column. */
export interface RecognisedColumns {
  tool: ResponseTool;
  questions: { column: number; header: string; name: string; promiseId: string }[];
  submissionId: number;
  date: number;
  open: number;
  nps: number;
  /** Headers used for nothing: the tool's metadata, notes, questions of no survey. */
  ignored: string[];
}

/** The survey's NPS from the submissions imported: promoters 9–10, detractors 0–6. */
export interface NpsSummary {
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100 to 100; null without answers. */
  score: number | null;
}

/** A response export read against a survey: what was recognised, and the import's plan. */
export type ResponseImport =
  | {
      ok: true;
      survey: SurveyDefinition;
      columns: RecognisedColumns;
      plan: Extract<SurveyPlan, { ok: true }>;
      nps: NpsSummary | null;
    }
  | {
      ok: false;
      problems: LineProblem[];
      survey: SurveyDefinition | null;
      columns: RecognisedColumns | null;
    };

/** What the import needs besides the file: what is already in, the day and wave of rows without them. */
export interface ResponseImportOptions {
  /** Submission keys already imported (submissionKeyOf of the stored observations' keys). */
  known?: ReadonlySet<string>;
  /** The date of a row without one (YYYY-MM-DD). */
  defaultDate: string;
  wave: number;
  waveOf?: (date: string) => number;
}

/**
 * A header's question name: KoboToolbox writes `group/name` (or its chosen separator, as
 * `group.name`), ODK `group-name`, LimeSurvey the code alone; the name is the last part.
 */
export function headerName(header: string): string {
  return (
    header
      .trim()
      .split(/[/.:-]/)
      .pop() ?? ''
  ).toLowerCase();
}

/** Finds the first column, by the candidates' order, whose header or last part is one of them. */
function findColumn(
  header: readonly string[],
  candidates: readonly string[],
  whole: readonly string[] = [],
): number {
  const full = header.map((h) => h.trim().toLowerCase());
  const last = header.map(headerName);
  for (const c of candidates) {
    const at = full.indexOf(c);
    if (at >= 0) return at;
    const part = last.indexOf(c);
    if (part >= 0) return part;
  }
  for (const c of whole) {
    const at = full.indexOf(c);
    if (at >= 0) return at;
  }
  return -1;
}

/** Which tool wrote an export, by the metadata columns only it writes. */
function toolOf(header: readonly string[]): ResponseTool {
  const full = new Set(header.map((h) => h.trim().toLowerCase()));
  if (full.has('_uuid') || full.has('_submission_time')) return 'kobo';
  if (full.has('submissiondate') || full.has('key')) return 'odk';
  if (full.has('submitdate') || full.has('startlanguage') || full.has('lastpage'))
    return 'limesurvey';
  return 'other';
}

/**
 * Recognises the columns of a response export against a survey: question columns by the
 * survey's question names (group prefixes dropped, case aside), the NPS and open questions by
 * theirs, the submission id (KoboToolbox `_uuid`, ODK `KEY` or `instanceID`, `_id`, LimeSurvey
 * `id`) and the submission date (`_submission_time`, `SubmissionDate`, `submitdate`, then the
 * form's own `end`, `today` or `start`).
 */
export function recogniseColumns(
  header: readonly string[],
  survey: SurveyDefinition,
): RecognisedColumns {
  const byName = new Map(survey.questions.map((q) => [q.name, q.promiseId]));
  const questions: RecognisedColumns['questions'] = [];
  const taken = new Set<string>();
  header.forEach((h, column) => {
    const name = headerName(h);
    const promiseId = byName.get(name);
    if (promiseId && !taken.has(name)) {
      taken.add(name);
      questions.push({ column, header: h, name, promiseId });
    }
  });
  const submissionId = findColumn(
    header,
    ['_uuid', 'key', 'instanceid', '_id'],
    ['id', 'response id'],
  );
  const date = findColumn(header, [
    '_submission_time',
    'submissiondate',
    'submitdate',
    'end',
    'datestamp',
    'today',
    'start',
    'startdate',
  ]);
  const open = findColumn(header, [OPEN_QUESTION_NAME]);
  const nps = survey.nps ? findColumn(header, [NPS_QUESTION_NAME]) : -1;
  const used = new Set([...questions.map((q) => q.column), submissionId, date, open, nps]);
  return {
    tool: toolOf(header),
    questions,
    submissionId,
    date,
    open,
    nps,
    ignored: header.filter((_, i) => !used.has(i)),
  };
}

/** Answers in words, lower-cased, as their codes: an export of "full answers" reads the same. */
function labelsOf(choices: readonly { code: string; label: string }[]): Map<string, number> {
  return new Map(choices.map((c) => [c.label.toLowerCase(), Number(c.code)]));
}

/** NPS over the rows that made evidence; an answer off 0–10 is a problem of its line. */
function npsOf(
  table: CsvTable,
  column: number,
  lines: ReadonlySet<number>,
  labels: ReadonlyMap<string, number>,
): { summary: NpsSummary; problems: LineProblem[] } {
  const summary: NpsSummary = { answers: 0, promoters: 0, passives: 0, detractors: 0, score: null };
  const problems: LineProblem[] = [];
  for (const row of table.rows) {
    if (!lines.has(row.line)) continue;
    const answer = (row.cells[column] ?? '').trim();
    if (!answer) continue;
    const value = labels.get(answer.toLowerCase()) ?? parseDecimal(answer);
    if (value === null || !Number.isInteger(value) || value < 0 || value > 10) {
      const why: ErrorText = reason('errors.survey.answer', {
        column: table.header[column] ?? '',
        value: answer,
        min: 0,
        max: 10,
        scale: { key: 'errors.survey.scale.nps' },
      });
      problems.push(lineProblem(row.line, [why]));
      continue;
    }
    summary.answers++;
    if (value >= 9) summary.promoters++;
    else if (value >= 7) summary.passives++;
    else summary.detractors++;
  }
  if (summary.answers > 0)
    summary.score = ((summary.promoters - summary.detractors) / summary.answers) * 100;
  return { summary, problems };
}

/**
 * Reads a survey tool's response export against the survey it answers, through the app's one
 * survey import (planSurveyImport): every promise question's answer becomes a customer-voice
 * observation of its promise (method survey, the submission's date and wave, scored on the
 * survey's scale), the open answer its verbatim, each keyed `<survey id>:<submission id>/<name>`
 * so that re-importing the same export adds nothing and a later export adds only its new
 * submissions. A file naming none of the survey's questions, or with a bad answer, date or
 * missing submission id, is refused whole, by line and column.
 */
export function planResponseImport(
  table: CsvTable,
  survey: SurveyDefinition,
  options: ResponseImportOptions,
): ResponseImport {
  const columns = recogniseColumns(table.header, survey);
  if (columns.questions.length === 0)
    return {
      ok: false,
      survey,
      columns,
      problems: [
        lineProblem(1, [
          reason('errors.survey.noRecognised', { example: survey.questions[0]?.name ?? '' }),
        ]),
      ],
    };
  const words = surveyWords(survey.language, survey.scale);
  const ratingLabels = labelsOf(words.rating);
  const mapping: SurveyMapping = {
    questions: columns.questions.map((q) => ({
      column: q.column,
      promiseId: q.promiseId,
      scale: survey.scale,
      name: q.name,
      labels: ratingLabels,
    })),
    dateColumn: columns.date,
    commentColumn: columns.open,
    commentName: OPEN_QUESTION_NAME,
    respondentColumn: -1,
    defaultDate: options.defaultDate,
    wave: options.wave,
    waveOf: options.waveOf,
    keyColumn: columns.submissionId,
    keyPrefix: `${survey.id}:`,
    known: options.known,
  };
  const plan = planSurveyImport(table, mapping);
  if (!plan.ok) return { ok: false, survey, columns, problems: plan.problems };
  if (columns.nps < 0) return { ok: true, survey, columns, plan, nps: null };
  const lines = new Set(plan.submissions.map((s) => s.line));
  const nps = npsOf(table, columns.nps, lines, labelsOf(words.nps));
  if (nps.problems.length > 0) return { ok: false, survey, columns, problems: nps.problems };
  return { ok: true, survey, columns, plan, nps: nps.summary };
}

/**
 * The survey an export answers, of several: the one most of whose question names head its
 * columns (the first of equals). Null when none is named at all.
 */
export function surveyAnswered(
  header: readonly string[],
  surveys: readonly SurveyDefinition[],
): SurveyDefinition | null {
  let best: SurveyDefinition | null = null;
  let most = 0;
  for (const survey of surveys) {
    const found = recogniseColumns(header, survey).questions.length;
    if (found > most) {
      best = survey;
      most = found;
    }
  }
  return best;
}
