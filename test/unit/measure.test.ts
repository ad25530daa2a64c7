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
    expect(parseMeasured('', 'min')).toEqual({ ok: false, message: 'is empty' });
    expect(parseMeasured('fast', 'min')).toEqual({ ok: false, message: '“fast” is not a number' });
    expect(parseMeasured('3 parsecs', 'min')).toEqual({
      ok: false,
      message: '“parsecs” is not a unit Touchstone knows',
    });
    expect(parseMeasured('30 %', 'min')).toEqual({
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
