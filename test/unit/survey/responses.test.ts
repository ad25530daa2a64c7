import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { ObservationSchema } from '../../../shared/domain';
import { submissionKeyOf } from '../../../shared/fieldwork/survey-import';
import { parseCsv } from '../../../shared/formats/csv';
import { readResponseFile } from '../../../shared/survey/response-file';
import { planResponseImport, type ResponseImport } from '../../../shared/survey/responses';
import { sampleBundle } from '../report-docx';
import { checkoutSurvey, SURVEY_ID } from './sample-survey';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/survey/${name}`, import.meta.url)));
const survey = checkoutSurvey();
const [queue, payment, hardSell] = survey.questions.map((q) => q.name) as [string, string, string];
const options = { defaultDate: '2026-10-01', wave: 2 };

async function read(name: string, known?: ReadonlySet<string>): Promise<ResponseImport> {
  return planResponseImport(await readResponseFile(fixture(name)), survey, { ...options, known });
}

function ok(result: ResponseImport) {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result;
}

/** What the store would hold after the import: the submission keys of its evidence. */
const keysOf = (result: ReturnType<typeof ok>) =>
  new Set(
    [...result.plan.observations, ...result.plan.unplaced].map((o) =>
      submissionKeyOf(o.externalKey!),
    ),
  );

describe('a KoboToolbox export read back', () => {
  it('makes each answer a customer-voice observation of its promise, dated by the submission', async () => {
    const result = ok(await read('kobo-checkout.csv'));
    expect(result.columns.tool).toBe('kobo');
    expect(result.columns.questions.map((q) => q.header)).toEqual([
      `promises/${queue}`,
      `promises/${payment}`,
      `promises/${hardSell}`,
    ]);
    const { observations, unplaced, submissions } = result.plan;
    // Row 2 rated all three promises, row 3 two of them; row 4 only wrote.
    expect(observations.map((o) => [o.promiseId, o.score, o.date])).toEqual([
      [survey.questions[0]!.promiseId, 1, '2026-09-14'],
      [survey.questions[1]!.promiseId, 3, '2026-09-14'],
      [survey.questions[2]!.promiseId, 4, '2026-09-14'],
      [survey.questions[0]!.promiseId, 3, '2026-09-15'],
      [survey.questions[2]!.promiseId, 2, '2026-09-15'],
    ]);
    for (const o of observations) {
      expect(o).toMatchObject({ method: 'survey', outcome: 'scored', wave: 2 });
      // Valid as the store keeps it, once given its record fields.
      const record = {
        ...o,
        id: crypto.randomUUID(),
        auditId: crypto.randomUUID(),
        createdAt: '2026-10-01T09:00:00.000Z',
        updatedAt: '2026-10-01T09:00:00.000Z',
        version: 1,
        visitId: null,
        photoIds: [],
      };
      expect(ObservationSchema.safeParse(record).success).toBe(true);
    }
    expect(observations.slice(0, 3).map((o) => o.verbatim)).toEqual(
      Array(3).fill('The queue took 15 minutes; you promised 5.'),
    );
    expect(observations[0]!.externalKey).toBe(
      `${SURVEY_ID}:8f0e6c1a-3b52-4d7e-9c11-2a4b6d8e0f13/${queue}`,
    );
    expect(unplaced).toEqual([
      {
        externalKey: `${SURVEY_ID}:5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9/improve`,
        line: 4,
        date: '2026-09-16',
        wave: 2,
        text: 'Nobody asked if I needed help, although the card says you always do.',
      },
    ]);
    expect(submissions.map((s) => [s.line, s.observations])).toEqual([
      [2, 3],
      [3, 2],
      [4, 0],
    ]);
    // One detractor (6), one promoter (9).
    expect(result.nps).toEqual({ answers: 2, promoters: 1, passives: 0, detractors: 1, score: 0 });
  });

  it('adds nothing when the same export comes in again, and only the new rows of a later one', async () => {
    const first = ok(await read('kobo-checkout.csv'));
    const known = keysOf(first);
    const again = ok(await read('kobo-checkout.csv', known));
    expect(again.plan.observations).toEqual([]);
    expect(again.plan.unplaced).toEqual([]);
    expect(again.plan.skipped).toBe(3);
    const later = ok(await read('kobo-checkout-later.csv', known));
    expect(later.plan.skipped).toBe(3);
    expect(later.plan.submissions.map((s) => s.line)).toEqual([5, 6]);
    expect(later.plan.observations.map((o) => o.date)).toEqual([
      '2026-10-02',
      '2026-10-02',
      '2026-10-02',
      '2026-10-03',
      '2026-10-03',
      '2026-10-03',
    ]);
    // Nothing of the later import is already known.
    for (const key of keysOf(later)) expect(known.has(key)).toBe(false);
  });

  it('reads its XLSX export, dates and numbers as typed cells, the same as its CSV', async () => {
    const table = parseCsv(new TextDecoder().decode(fixture('kobo-checkout.csv')), ';');
    const typed = (header: string, value: string) => {
      if (value === '') return null;
      if (header === '_submission_time')
        return { value: new Date(`${value}Z`), type: Date, format: 'yyyy-mm-dd hh:mm:ss' };
      if (/^\d+$/.test(value)) return { value: Number(value), type: Number };
      return { value, type: String };
    };
    // KoboToolbox names the sheet after the form and stores dates and numbers typed.
    const blob = await writeXlsxFile([
      {
        sheet: 'Lumen checkout survey',
        data: [
          table.header.map((h) => ({ value: h, type: String })),
          ...table.rows.map((r) => r.cells.map((c, i) => typed(table.header[i]!, c))),
        ],
      },
    ]).toBlob();
    const xlsx = planResponseImport(
      await readResponseFile(new Uint8Array(await blob.arrayBuffer())),
      survey,
      options,
    );
    const csv = ok(await read('kobo-checkout.csv'));
    expect(ok(xlsx).plan.observations).toEqual(csv.plan.observations);
    expect(ok(xlsx).plan.unplaced).toEqual(csv.plan.unplaced);
  });

  it('refuses a file with a bad answer, date or submission id, naming line and column, and plans nothing', async () => {
    const result = await read('kobo-bad.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [
        3,
        '“_submission_time” is “yesterday”, not a date (YYYY-MM-DD or DD.MM.YYYY); “promises/' +
          queue +
          '” is “7”, not a whole number from 1 to 5 (CSAT 1–5)',
      ],
      [
        4,
        '“_uuid” is empty: the row has no submission id, so a second import could not tell it apart',
      ],
    ]);
  });

  it('refuses a file that names no question of the survey, saying how to export it', async () => {
    const text =
      'start;end;How long did you queue?;_uuid;_submission_time\r\n1;2;3;x;2026-09-01\r\n';
    const result = planResponseImport(
      await readResponseFile(new TextEncoder().encode(text)),
      survey,
      options,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('“XML values and headers”');
  });
});

describe('other tools’ exports read back', () => {
  it('ODK Central: group-name columns, KEY and SubmissionDate', async () => {
    const result = ok(await read('odk-central-checkout.csv'));
    expect(result.columns.tool).toBe('odk');
    expect(result.plan.observations.map((o) => [o.score, o.date])).toEqual([
      [2, '2026-09-20'],
      [2, '2026-09-20'],
      [3, '2026-09-20'],
      [0, '2026-09-21'],
      [1, '2026-09-21'],
    ]);
    expect(result.plan.observations[3]!.verbatim).toBe(
      'They said "no queues", I waited twenty minutes.',
    );
    expect(result.plan.observations[0]!.externalKey).toBe(
      `${SURVEY_ID}:uuid:7d1c9e2a-5b3f-4a8e-9d6c-1f2e3a4b5c6d/${queue}`,
    );
  });

  it('LimeSurvey: question codes as headers, its response id and submitdate', async () => {
    const result = ok(await read('limesurvey-checkout.csv'));
    expect(result.columns.tool).toBe('limesurvey');
    expect(result.plan.observations.map((o) => [o.promiseId, o.score, o.date])).toEqual([
      [survey.questions[0]!.promiseId, 0, '2026-09-22'],
      [survey.questions[1]!.promiseId, 1, '2026-09-22'],
      [survey.questions[0]!.promiseId, 4, '2026-09-23'],
      [survey.questions[1]!.promiseId, 3, '2026-09-23'],
      [survey.questions[2]!.promiseId, 3, '2026-09-23'],
    ]);
    expect(result.plan.observations[0]!.externalKey).toBe(`${SURVEY_ID}:1/${queue}`);
    expect(result.nps).toMatchObject({ answers: 2, promoters: 1, detractors: 1 });
  });

  it('answers exported as words, in the survey’s language, read as their codes', async () => {
    const ru = checkoutSurvey({ language: 'ru' }, sampleBundle());
    const text = `id,submitdate,${queue},nps\r\n7,2026-09-24 10:00:00,Полностью устраивает,10 — очень вероятно\r\n`;
    const result = ok(
      planResponseImport(await readResponseFile(new TextEncoder().encode(text)), ru, options),
    );
    expect(result.plan.observations.map((o) => o.score)).toEqual([4]);
    expect(result.nps?.promoters).toBe(1);
  });
});
