import { describe, expect, it } from 'vitest';
import { waveOfDay } from '../../shared/fieldwork/survey-import';

describe('the wave a survey answer falls in', () => {
  const evidence = [
    { date: '2026-03-03', wave: 1 },
    { date: '2026-05-29', wave: 1 },
    { date: '2026-07-01', wave: 2 },
    { date: '2026-09-25', wave: 2 },
  ];
  it('is the wave of the latest evidence on or before its day', () => {
    const wave = waveOfDay(evidence, 7);
    expect(wave('2026-04-10')).toBe(1);
    expect(wave('2026-06-15')).toBe(1);
    expect(wave('2026-07-01')).toBe(2);
    expect(wave('2026-09-14')).toBe(2);
    expect(wave('2026-12-01')).toBe(2);
  });
  it('is the first wave before any evidence, and the one given when there is none', () => {
    expect(waveOfDay(evidence, 7)('2026-01-01')).toBe(1);
    expect(waveOfDay([], 3)('2026-01-01')).toBe(3);
  });
});
