import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  isoDay,
  localDay,
  parseDay,
  today,
} from '../../shared/calendar';

const ZONE = process.env.TZ;
afterEach(() => {
  process.env.TZ = ZONE;
});

/** A moment read in a time zone (Node rereads TZ for each Date it formats). */
function dayIn(zone: string, moment: string): string {
  process.env.TZ = zone;
  return localDay(new Date(moment));
}

describe('the calendar', () => {
  it('counts days from 1970-01-01 and back, over leap years and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(isoDay(11017)).toBe('2000-03-01');
    expect(isoDay(-1)).toBe('1969-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(daysBetween('2026-12-02', '2026-12-06')).toBe(4);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(isoDay(dayNumber(day))).toBe(day);
          expect(dayNumber(day)).toBe(Math.floor(d.getTime() / 86_400_000));
        },
      ),
    );
  });

  it('takes today as the local calendar day of the clock, not the UTC one', () => {
    // 22:30 UTC on 2 December is already 3 December in Moscow (UTC+3) and still 2 December
    // in London; 00:30 UTC on 3 December is 3 December in Warsaw, 2 December in New York.
    expect(dayIn('Europe/Moscow', '2026-12-02T22:30:00Z')).toBe('2026-12-03');
    expect(dayIn('Europe/London', '2026-12-02T22:30:00Z')).toBe('2026-12-02');
    expect(dayIn('Europe/Warsaw', '2026-12-02T23:30:00Z')).toBe('2026-12-03');
    expect(dayIn('America/New_York', '2026-12-03T00:30:00Z')).toBe('2026-12-02');
    process.env.TZ = 'Europe/Moscow';
    expect(today(() => new Date('2026-12-05T21:10:00Z'))).toBe('2026-12-06');
  });

  it('reads a day only when it exists', () => {
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2026-04-31')).toBeNull();
    expect(parseDay('2026-13-01')).toBeNull();
    expect(parseDay('2026-00-10')).toBeNull();
    expect(parseDay('2026-1-10')).toBeNull();
    expect(parseDay('2026-12-31')).toBe('2026-12-31');
    expect(parseDay('2026-12-31T00:00')).toBeNull();
  });
});
