import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../../../shared/formats/csv';
import { writeCodebook } from '../../../shared/survey/codebook';
import { LIMESURVEY_COLUMNS, writeLimeSurvey } from '../../../shared/survey/limesurvey';
import { xlsformSheets } from '../../../shared/survey/xlsform';
import { sampleBundle } from '../report-docx';
import { checkoutSurvey } from './sample-survey';

/** LimeSurvey's rows as records by column, the way its import reads them (tab-separated). */
function limeRows(text: string) {
  const [header, ...lines] = text.trimEnd().split('\r\n');
  const columns = header!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [columns[i]!, v])));
}

describe('the three exports of a survey', () => {
  it('name every promise’s question the same, survey after survey', () => {
    const bundle = sampleBundle();
    const survey = checkoutSurvey({}, bundle);
    const later = checkoutSurvey({ scale: 'rubric', language: 'ru' }, bundle);
    const names = survey.questions.map((q) => q.name);
    const xls = xlsformSheets(later).survey!.map((r) => r[1]);
    const lime = limeRows(writeLimeSurvey(later))
      .filter((r) => r.class === 'Q')
      .map((r) => r.name);
    const { text } = decodeCsv(writeCodebook(later, bundle));
    const codebook = parseCsv(text, ',').rows.map((r) => r.cells[0]);
    for (const list of [xls, lime, codebook]) expect(list).toEqual(expect.arrayContaining(names));
    expect(lime).toEqual([...names, 'nps', 'improve']);
    expect(codebook).toEqual([...names, 'nps', 'improve']);
  });

  it('write LimeSurvey’s tab-separated survey: settings, language texts, a group, list questions with coded answers', () => {
    const survey = checkoutSurvey();
    const text = writeLimeSurvey(survey);
    expect(text.split('\r\n')[0]).toBe(LIMESURVEY_COLUMNS.join('\t'));
    const rows = limeRows(text);
    expect(rows.find((r) => r.class === 'S' && r.name === 'language')!.text).toBe('en');
    expect(rows.find((r) => r.name === 'surveyls_title')!.text).toBe(survey.title);
    const q = rows.findIndex((r) => r.class === 'Q' && r.name === survey.questions[0]!.name);
    expect(rows[q]).toMatchObject({
      'type/scale': 'L',
      text: survey.questions[0]!.wording,
      mandatory: 'N',
    });
    expect(rows.slice(q + 1, q + 6).map((r) => [r.class, r.name, r.text])).toEqual([
      ['A', '1', 'Very dissatisfied'],
      ['A', '2', 'Dissatisfied'],
      ['A', '3', 'Neither satisfied nor dissatisfied'],
      ['A', '4', 'Satisfied'],
      ['A', '5', 'Very satisfied'],
    ]);
    expect(rows.at(-1)).toMatchObject({ class: 'Q', 'type/scale': 'T', name: 'improve' });
    // Every row has every column: a tab inside a wording would have shifted them.
    for (const line of text.trimEnd().split('\r\n'))
      expect(line.split('\t')).toHaveLength(LIMESURVEY_COLUMNS.length);
  });

  it('keep tabs, line breaks and quotes in a wording from breaking LimeSurvey’s rows', () => {
    const base = checkoutSurvey();
    const survey = {
      ...base,
      questions: [{ ...base.questions[0]!, wording: 'Queue\tunder "5"\nminutes' }],
    };
    const q = limeRows(writeLimeSurvey(survey)).find((r) => r.class === 'Q')!;
    expect(q.text).toBe('"Queue under ""5"" minutes"');
  });

  it('write the codebook in the survey’s language, with each promise and its answers', () => {
    const bundle = sampleBundle();
    const survey = checkoutSurvey({ language: 'pl' }, bundle);
    const { text, bom } = decodeCsv(writeCodebook(survey, bundle));
    expect(bom).toBe(true);
    const table = parseCsv(text, ',');
    expect(table.header).toEqual([
      'pytanie',
      'id obietnicy',
      'punkt styku',
      'obietnica',
      'sformułowanie',
      'typ',
      'skala',
      'odpowiedzi',
    ]);
    const promise = bundle.promises.find((p) => p.id === survey.questions[0]!.promiseId)!;
    expect(table.rows[0]!.cells).toEqual([
      survey.questions[0]!.name,
      promise.id,
      'Store checkout and payment',
      promise.statement,
      survey.questions[0]!.wording,
      'ocena',
      'CSAT 1–5',
      '1 = Zdecydowanie nie zadowala; 2 = Raczej nie zadowala; 3 = Ani tak, ani nie; 4 = Raczej zadowala; 5 = Zdecydowanie zadowala',
    ]);
  });
});
