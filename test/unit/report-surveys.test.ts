import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditBundle, Observation, Survey, SurveyImport } from '../../shared/domain';
import { buildReport } from '../../shared/report';
import { readResponseFile } from '../../shared/survey/response-file';
import { planResponseImport } from '../../shared/survey/responses';
import { TEST_DAY } from '../support/clock';
import { paragraphs, parseXml, sampleBundle, tableAfter, unzipDocx } from './report-docx';
import { checkoutSurvey, SURVEY_ID } from './survey/sample-survey';

const AT = '2026-09-20T10:00:00.000Z';

/** The sample audit with its checkout survey saved and KoboToolbox's export of it taken in. */
async function withSurvey(): Promise<AuditBundle> {
  const bundle = sampleBundle();
  const definition = checkoutSurvey({}, bundle);
  const survey: Survey = {
    ...definition,
    auditId: bundle.audit.id,
    createdAt: AT,
    updatedAt: AT,
  };
  const bytes = new Uint8Array(
    readFileSync(new URL('../fixtures/survey/kobo-checkout.csv', import.meta.url)),
  );
  const read = planResponseImport(await readResponseFile(bytes), survey, {
    defaultDate: TEST_DAY,
    wave: 2,
  });
  if (!read.ok) throw new Error('the export was refused');
  const observations: Observation[] = read.plan.observations.map((o, i) => ({
    ...o,
    id: `00000000-0000-4000-8000-${String(900000000000 + i)}`,
    auditId: bundle.audit.id,
    visitId: null,
    photoIds: [],
    createdAt: AT,
    updatedAt: AT,
    version: 1,
  }));
  const imported: SurveyImport = {
    id: '00000000-0000-4000-8000-000000000999',
    auditId: bundle.audit.id,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    surveyId: SURVEY_ID,
    tool: read.columns.tool,
    fileName: 'kobo-checkout.csv',
    submissions: read.plan.submissions.length,
    nps: null,
    verbatims: [],
  };
  return {
    ...bundle,
    observations: [...bundle.observations, ...observations],
    surveys: [survey],
    surveyImports: [imported],
  };
}

describe('the document’s scope and method', () => {
  it('lists each survey: tool, period, responses, and the answers each promise received', async () => {
    const bundle = await withSurvey();
    const bytes = await buildReport(bundle, { pageNumbers: 'auto', date: TEST_DAY });
    if (process.env.REPORT_OUT) writeFileSync(process.env.REPORT_OUT, bytes);
    const doc = parseXml(unzipDocx(bytes).xml('word/document.xml'));
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain('Surveys of customers');
    const [header, row] = tableAfter(doc, 'Surveys of customers');
    expect(header).toEqual(['Survey', 'Tool', 'Period', 'Responses']);
    const survey = bundle.surveys[0]!;
    expect(row![0]).toBe(survey.title);
    expect(row![1]).toBe('KoboToolbox');
    expect(row![2]).toMatch(/^\d+ September 2026 – \d+ September 2026$/);
    expect(row![3]).toBe(String(bundle.surveyImports[0]!.submissions));
    const perPromise = tableAfter(doc, `Answers per promise to “${survey.title}”:`);
    expect(perPromise[0]).toEqual(['Promise', 'Answers']);
    const answers = perPromise.slice(1).map((r) => Number(r[1]));
    expect(answers).toHaveLength(survey.questions.length);
    const asked = new Set(survey.questions.map((q) => q.promiseId));
    expect(answers.reduce((a, b) => a + b, 0)).toBe(
      bundle.observations.filter((o) => o.externalKey && asked.has(o.promiseId)).length,
    );
  }, 60_000);

  it('says nothing of surveys when the audit has none', async () => {
    const bytes = await buildReport(sampleBundle(), { pageNumbers: 'auto', date: TEST_DAY });
    const doc = parseXml(unzipDocx(bytes).xml('word/document.xml'));
    expect(paragraphs(doc).map((p) => p.text)).not.toContain('Surveys of customers');
  }, 60_000);
});
