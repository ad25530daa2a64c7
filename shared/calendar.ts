/**
 * Calendar days, the one way Touchstone reads and writes them: a day is a YYYY-MM-DD string,
 * counted as a day number (days since 1970-01-01) for arithmetic. "Today" is the person's
 * local calendar day, taken from a clock the caller passes in: nothing in shared/ reads the
 * system clock, so every rule here gives the same answer on any date in a test.
 */

/** The current moment, as the caller's environment gives it (a system clock, or a test's). */
export type Clock = () => Date;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days from and to the proleptic Gregorian calendar, by whole 400-year eras (H. Hinnant's
// "chrono-compatible low-level date algorithms"): exact for every year 0000–9999, with no
// Date object and no time zone involved.

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(isoDay: string): number {
  return daysFromCivil(
    Number(isoDay.slice(0, 4)),
    Number(isoDay.slice(5, 7)),
    Number(isoDay.slice(8, 10)),
  );
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The YYYY-MM-DD of a day number (days since 1970-01-01). */
export function isoDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day `days` after (or, when negative, before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return isoDay(dayNumber(day) + days);
}

/** How many days `to` is after `from` (negative when before). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local calendar day of a moment: the day on the wall calendar where it is read. */
export function localDay(moment: Date): string {
  const y = String(moment.getFullYear()).padStart(4, '0');
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Today, as the person's local calendar day, from the clock given. */
export function today(clock: Clock): string {
  return localDay(clock());
}

/** A YYYY-MM-DD day that exists (no 31 April, no 29 February outside leap years), or null. */
export function parseDay(text: string): string | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  const year = Number(y);
  const first = daysFromCivil(year, month, 1);
  const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
  return day <= next - first ? text : null;
}
