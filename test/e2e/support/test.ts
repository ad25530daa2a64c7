// Every end-to-end test runs on one fixed day, so the suite gives the same result on any
// date: overdue counts, done days and new evidence's default date never follow the calendar.
// The app takes "today" from the clock (renderer/src/app/clock.ts), which Playwright sets here
// for every page of the test's context; time then flows on from that moment.
import { test as base, type BrowserContext } from '@playwright/test';

export { chromium, expect } from '@playwright/test';
export type {
  Browser,
  BrowserContext,
  CDPSession,
  Locator,
  Page,
  TestInfo,
} from '@playwright/test';

/** The day the suite runs on, in the browser's local time (the context's time zone). */
export const TODAY = process.env.E2E_TODAY ?? '2026-11-23';
/** Noon of that day, local time, so that no time zone moves it to another day. */
export const NOW = new Date(`${TODAY}T12:00:00`);

/** Sets the fixed day in a context a test opens itself (the default context has it already). */
export async function fixClock(context: BrowserContext, at: Date = NOW): Promise<void> {
  await context.clock.install({ time: at });
}

export const test = base.extend<{ fixedDay: void }>({
  fixedDay: [
    async ({ context }, use) => {
      await fixClock(context);
      await use();
    },
    { auto: true },
  ],
});
