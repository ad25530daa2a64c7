import { describe, expect, it } from 'vitest';
import type { PromiseTarget } from '../../shared/domain';
import { evidenceScore, parseMeasured, scoreMeasured } from '../../shared/fieldwork/measure';
import { surveyToRubric } from '../../shared/fieldwork/survey-scale';

const atMost = (threshold: number, unit = 'min'): PromiseTarget => ({
  metric: 'Queue time',
  unit,
  direction: 'at-most',
  threshold,
});
const atLeast = (threshold: number, unit = '%'): PromiseTarget => ({
  metric: 'Availability',
  unit,
  direction: 'at-least',
  threshold,
});

describe('scoring a measured value against its target', () => {
  it('at most: better by a fifth exceeds, on or under keeps, then partly, poor, broken', () => {
    const t = atMost(5);
    expect(scoreMeasured(3.9, t)).toBe(4);
    expect(scoreMeasured(4, t)).toBe(4);
    expect(scoreMeasured(4.5, t)).toBe(3);
    expect(scoreMeasured(5, t)).toBe(3);
    expect(scoreMeasured(5.5, t)).toBe(2);
    expect(scoreMeasured(6, t)).toBe(1);
    expect(scoreMeasured(6.25, t)).toBe(1);
    expect(scoreMeasured(6.3, t)).toBe(0);
  });

  it('at least: the same bands the other way round', () => {
    const t = atLeast(90);
    expect(scoreMeasured(100, t)).toBe(3);
    expect(scoreMeasured(90, t)).toBe(3);
    expect(scoreMeasured(85, t)).toBe(2);
    expect(scoreMeasured(70, t)).toBe(1);
    expect(scoreMeasured(60, t)).toBe(0);
    expect(scoreMeasured(10, atLeast(8, 'Mbit/s'))).toBe(4);
  });

  it('a zero threshold keeps or breaks, with no scale in between', () => {
    expect(scoreMeasured(0, atMost(0, '%'))).toBe(3);
    expect(scoreMeasured(0.1, atMost(0, '%'))).toBe(0);
  });

  it('a rubric score given wins over a measured value; no target means no score from a value', () => {
    expect(evidenceScore({ score: 1, measured: 2 }, atMost(5))).toBe(1);
    expect(evidenceScore({ score: null, measured: 7 }, atMost(5))).toBe(0);
    expect(evidenceScore({ score: null, measured: 7 }, null)).toBeNull();
  });
});

describe('reading a measured value as typed', () => {
  it('takes plain numbers with a dot or a comma, in the target’s unit', () => {
    expect(parseMeasured('4.5', 'min')).toEqual({ ok: true, value: 4.5 });
    expect(parseMeasured('4,5', 'min')).toEqual({ ok: true, value: 4.5 });
    expect(parseMeasured('4,5 min', 'min')).toEqual({ ok: true, value: 4.5 });
  });

  it('converts another unit of time into the target’s, in three languages', () => {
    expect(parseMeasured('150 s', 'min')).toEqual({ ok: true, value: 2.5 });
    expect(parseMeasured('90 сек', 'мин')).toEqual({ ok: true, value: 1.5 });
    expect(parseMeasured('2 godz.', 'min')).toEqual({ ok: true, value: 120 });
    expect(parseMeasured('36 h', 'days')).toEqual({ ok: true, value: 1.5 });
    expect(parseMeasured('2:30', 'min')).toEqual({ ok: true, value: 2.5 });
    expect(parseMeasured('2:30', 's')).toEqual({ ok: true, value: 150 });
    expect(parseMeasured('1:30', 'h')).toEqual({ ok: true, value: 1.5 });
  });

  it('names what it cannot read', () => {
    expect(parseMeasured('', 'min')).toMatchObject({ ok: false, message: 'is empty' });
    expect(parseMeasured('fast', 'min')).toMatchObject({
      ok: false,
      message: '“fast” is not a number',
    });
    expect(parseMeasured('3 parsecs', 'min')).toMatchObject({
      ok: false,
      message: '“parsecs” is not a unit Touchstone knows',
    });
    expect(parseMeasured('30 %', 'min')).toMatchObject({
      ok: false,
      message: '“%” cannot be converted to the target’s unit (min)',
    });
    expect(parseMeasured('2:30', '%').ok).toBe(false);
  });
});

describe('survey answers on the rubric', () => {
  it('maps NPS 0–10: detractors broken or poor, passives partly kept, 9 kept, 10 exceeded', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((a) => surveyToRubric('nps', a))).toEqual([
      0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4,
    ]);
  });

  it('maps CSAT 1–5 one step down, and takes rubric answers as they are', () => {
    expect([1, 2, 3, 4, 5].map((a) => surveyToRubric('csat', a))).toEqual([0, 1, 2, 3, 4]);
    expect(surveyToRubric('rubric', 3)).toBe(3);
  });

  it('refuses answers off the scale', () => {
    expect(surveyToRubric('nps', 11)).toBeNull();
    expect(surveyToRubric('csat', 0)).toBeNull();
    expect(surveyToRubric('csat', 4.5)).toBeNull();
    expect(surveyToRubric('rubric', -1)).toBeNull();
  });
});

describe('importing survey answers', () => {
  const table = {
    header: ['Respondent', 'Date', 'How likely to recommend', 'Satisfied with checkout', 'Comment'],
    rows: [
      { line: 2, cells: ['R1', '2026-03-01', '10', '4', 'Great staff'] },
      { line: 3, cells: ['R2', '02.03.2026', '3', '', ''] },
      { line: 4, cells: ['R3', '', '', '', 'No answers'] },
    ],
  };
  const mapping = {
    questions: [
      { column: 2, promiseId: 'p-nps', scale: 'nps' as const },
      { column: 3, promiseId: 'p-csat', scale: 'csat' as const },
    ],
    dateColumn: 1,
    commentColumn: 4,
    respondentColumn: 0,
    defaultDate: '2026-03-31',
    wave: 2,
  };

  it('makes one observation per answered question, on the rubric, skipping blanks', async () => {
    const { planSurveyImport } = await import('../../shared/fieldwork/survey-import');
    const plan = planSurveyImport(table, mapping);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.respondents).toBe(2);
    expect(plan.observations.map((o) => [o.promiseId, o.score, o.date, o.observer])).toEqual([
      ['p-nps', 4, '2026-03-01', 'R1'],
      ['p-csat', 3, '2026-03-01', 'R1'],
      ['p-nps', 0, '2026-03-02', 'R2'],
    ]);
    expect(plan.observations[0]).toMatchObject({
      method: 'survey',
      wave: 2,
      verbatim: 'Great staff',
    });
  });

  it('stops on any answer off its scale or a date it cannot read, naming the line', async () => {
    const { planSurveyImport } = await import('../../shared/fieldwork/survey-import');
    const bad = {
      ...table,
      rows: [...table.rows, { line: 5, cells: ['R4', '31.02.2026', '11', '6', ''] }],
    };
    const plan = planSurveyImport(bad, mapping);
    expect(plan).toMatchObject({
      ok: false,
      problems: [
        {
          line: 5,
          message:
            '“Date” is “31.02.2026”, not a date (YYYY-MM-DD or DD.MM.YYYY); “How likely to recommend” is “11”, not a whole number from 0 to 10 (NPS 0–10); “Satisfied with checkout” is “6”, not a whole number from 1 to 5 (CSAT 1–5)',
        },
      ],
    });
  });
});
