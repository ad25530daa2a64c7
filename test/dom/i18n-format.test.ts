import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formatNumber, formatPeriod } from '../../renderer/src/app/format';

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('dates and numbers in the interface language', () => {
  it('write a day as each language does, on one line', () => {
    expect(plain(formatDay('2026-03-14', 'en'))).toBe('Mar 14, 2026');
    expect(plain(formatDay('2026-03-14', 'ru'))).toBe('14 мар. 2026');
    expect(plain(formatDay('2026-03-14', 'pl'))).toBe('14 mar 2026');
    for (const locale of ['en', 'ru', 'pl'])
      expect(formatDay('2026-03-14', locale)).not.toMatch(/ /);
    expect(formatDay('not a day', 'ru')).toBe('not a day');
  });

  it('write a period as a range that may break only at its dash', () => {
    const ru = formatPeriod('2026-03-01', '2026-09-30', 'ru');
    expect(plain(ru)).toBe('1 мар. – 30 сент. 2026');
    expect(ru.match(/ /g)).toHaveLength(1);
    expect(plain(formatPeriod('2026-03-01', '2026-09-30', 'pl'))).toBe('1 mar–30 wrz 2026');
  });

  it('write numbers with the language’s separators', () => {
    expect(plain(formatNumber(12345.678, 'ru', 1))).toBe('12 345,7');
    expect(plain(formatNumber(12345.678, 'pl', 1))).toBe('12 345,7');
    expect(formatNumber(12345.678, 'en', 1)).toBe('12,345.7');
    // A target threshold keeps the decimals it has: 99.9 %, 4.5 stars, 120 s.
    expect(formatNumber(99.9, 'pl', 0, 3)).toBe('99,9');
    expect(formatNumber(120, 'ru', 0, 3)).toBe('120');
  });

  it('write a moment with its time', () => {
    expect(plain(formatMoment('2026-09-30T16:45:00.000Z', 'ru'))).toMatch(
      /^30 сент\. 2026, \d\d:45$/,
    );
  });
});
