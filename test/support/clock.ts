// The moment every test runs at: no test reads the wall clock (shared/calendar.ts).

/** A fixed moment for files written in tests. */
export const TEST_NOW = new Date('2026-10-01T09:00:00Z');
/** Its calendar day. */
export const TEST_DAY = '2026-10-01';
/** A clock that always says TEST_NOW. */
export const testClock = () => TEST_NOW;
