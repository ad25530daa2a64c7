// Team sync in the browser build: laptops are browser contexts, each with its own store, and
// the team database is a CouchDB-compatible server this file starts on 127.0.0.1 (express-
// pouchdb in memory, test/support/couch-server.ts), prepared by `touchstone sync setup`.
import { runCli } from '../../cli/run';
import { memoryIo } from '../unit/memory-io';
import { startTestCouch, type TestCouch } from '../support/couch-server';
import { auditRow, goTo, openApp } from './support/app';
import {
  expect,
  fixClock,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from './support/test';

const SAMPLE = 'Brand promise audit 2026';
let couch: TestCouch;

test.describe.configure({ mode: 'serial', timeout: 150_000 });

test.beforeAll(async () => {
  couch = await startTestCouch();
});
test.afterAll(async () => {
  await couch.stop();
});

/** Prepares the team database as a consultant would, with the command line. */
async function setUpTeam(database: string, managers: { user: string; observer: string }[] = []) {
  const m = memoryIo({
    'plan.json': JSON.stringify({
      server: couch.url,
      database,
      consultants: [
        { user: 'anna', password: 'anna-secret' },
        { user: 'boris', password: 'boris-secret' },
      ],
      managers: managers.map((x) => ({ ...x, password: `${x.user}-secret` })),
    }),
  });
  m.io.env = { COUCHDB_USER: couch.admin.username, COUCHDB_PASSWORD: couch.admin.password };
  expect(await runCli(['sync', 'setup', 'plan.json'], m.io), m.err()).toBe(0);
}

/** A laptop: a context of its own, on the suite's fixed day, with the app open. */
async function laptop(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await fixClock(context);
  const page = await context.newPage();
  await openApp(page);
  return { context, page };
}

/** A laptop that joins with an empty store: its own copy of the sample audit goes first. */
async function emptyLaptop(browser: Browser) {
  const l = await laptop(browser);
  await goTo(l.page, 'Audits');
  await auditRow(l.page, SAMPLE).getByRole('button', { name: 'Delete', exact: true }).click();
  await l.page.getByRole('alertdialog').getByRole('button', { name: 'Delete audit' }).click();
  await expect(auditRow(l.page, SAMPLE)).toHaveCount(0);
  return l;
}

/** Cuts a laptop off the server, or gives it back: its requests fail as with no network. */
async function offline(context: BrowserContext, cut: boolean) {
  const pattern = `${couch.url}/**`;
  if (cut) await context.route(pattern, (route) => route.abort('internetdisconnected'));
  else await context.unroute(pattern);
}

const syncPanel = (page: Page) => page.getByRole('region', { name: 'Team databases' });

async function fillConnection(page: Page, database: string, user: string, password: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Server address').fill(couch.url);
  await dialog.getByLabel('Database').fill(database);
  await dialog.getByLabel('User name').fill(user);
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  await dialog.getByRole('button', { name: 'Connect' }).click();
}

async function connectSample(page: Page, database: string, user: string, password: string) {
  await goTo(page, 'Audits');
  await auditRow(page, SAMPLE).getByRole('button', { name: 'Team sync…' }).click();
  await fillConnection(page, database, user, password);
}

async function join(page: Page, database: string, user: string) {
  await goTo(page, 'Audits');
  await syncPanel(page).getByRole('button', { name: 'Join a team database…' }).click();
  await fillConnection(page, database, user, `${user}-secret`);
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Waits until the connection's row says it is in sync. */
async function inSync(page: Page) {
  await goTo(page, 'Audits');
  await expect(syncPanel(page).locator('tbody tr').first()).toHaveAttribute(
    'data-sync-state',
    'in-sync',
    { timeout: 60_000 },
  );
}

/** The Register's promises grid of the open audit. */
async function promisesGrid(page: Page) {
  await goTo(page, 'Register');
  await page.getByRole('tab', { name: 'Promises' }).click();
  return page.getByRole('grid', { name: 'Promises' });
}

/** The promises whose row shows `text`. */
const promisesWith = async (page: Page, text: string) =>
  (await promisesGrid(page)).getByRole('row').filter({ hasText: text });

/** Edits the first promise's statement from the keyboard, as the Register screen allows. */
async function appendToFirstPromise(page: Page, text: string) {
  const grid = await promisesGrid(page);
  await expect(grid.getByRole('rowgroup').nth(1).getByRole('row').first()).toBeVisible();
  await grid.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row').filter({ hasText: text })).toHaveCount(1);
}

test('two laptops edit one promise offline: the conflict shows on both, one resolution converges both', async ({
  browser,
}) => {
  await setUpTeam('lumen-conflict');
  const a = await laptop(browser);
  await connectSample(a.page, 'lumen-conflict', 'anna', 'anna-secret');
  await inSync(a.page);
  await expect(syncPanel(a.page)).toContainText('lumen-conflict at');
  await expect(syncPanel(a.page)).toContainText('0 changes');

  const b = await emptyLaptop(browser);
  await join(b.page, 'lumen-conflict', 'boris');
  await inSync(b.page);
  await expect(auditRow(b.page, SAMPLE)).toBeVisible();
  await auditRow(b.page, SAMPLE).getByRole('button', { name: SAMPLE, exact: true }).click();

  // Both offline, both edit the same promise.
  await offline(a.context, true);
  await offline(b.context, true);
  await appendToFirstPromise(a.page, ' (Anna)');
  await appendToFirstPromise(b.page, ' (Boris)');
  await goTo(a.page, 'Audits');
  const row = syncPanel(a.page).locator('tbody tr').first();
  await expect(row).toContainText('Offline, retrying', { timeout: 30_000 });
  await expect(row).toContainText(/[1-9]\d* changes?/);

  // Back online: each laptop shows the one review with both versions.
  await offline(a.context, false);
  await offline(b.context, false);
  for (const l of [a, b]) {
    await goTo(l.page, 'Field work');
    await expect(l.page.getByRole('tab', { name: 'Conflicts (1)' })).toBeVisible({
      timeout: 90_000,
    });
  }
  await goTo(a.page, 'Scores');
  await expect(a.page.getByText('1 record changed in two places waits for review')).toBeVisible();

  // Anna keeps Boris's version; both laptops end with it and nothing left to review.
  await goTo(a.page, 'Field work');
  await a.page.getByRole('tab', { name: 'Conflicts (1)' }).click();
  const version = a.page.locator('.version').filter({ hasText: '(Boris)' });
  await version.getByRole('button', { name: 'Keep this version' }).click();
  await expect(a.page.getByText('Conflict settled.')).toBeVisible();
  for (const l of [a, b]) {
    await expect(await promisesWith(l.page, '(Boris)')).toHaveCount(1, { timeout: 60_000 });
    await expect(await promisesWith(l.page, '(Anna)')).toHaveCount(0);
    await goTo(l.page, 'Field work');
    // The review's tab goes once nothing waits in it.
    await expect(l.page.getByRole('tab', { name: /^Conflicts/ })).toHaveCount(0, {
      timeout: 60_000,
    });
  }
  await a.context.close();
  await b.context.close();
});

test('a field manager’s laptop receives their visits and promises, never a belief', async ({
  browser,
}) => {
  await setUpTeam('lumen-field', [{ user: 'mia', observer: 'Tom Okafor' }]);
  const a = await laptop(browser);
  await connectSample(a.page, 'lumen-field', 'anna', 'anna-secret');
  await inSync(a.page);

  const mia = await emptyLaptop(browser);
  await join(mia.page, 'lumen-field--mia', 'mia');
  await inSync(mia.page);
  await auditRow(mia.page, SAMPLE).getByRole('button', { name: SAMPLE, exact: true }).click();
  await goTo(mia.page, 'Field work');
  // Only Tom Okafor's visit of the sample's five.
  await expect(mia.page.getByText('Tom Okafor').first()).toBeVisible();
  await expect(mia.page.getByText('Hannah Clarke')).toHaveCount(0);
  // Five promises on the visit's checklist, none with the team's belief.
  await goTo(mia.page, 'Register');
  await mia.page.getByRole('tab', { name: 'Promises' }).click();
  await expect(mia.page.getByText('Promises: 5 of 5')).toBeVisible();
  // What the laptop's store holds, read from the browser's IndexedDB (this suite's tsconfig
  // has no DOM types: the few used are spelt out).
  type Request<T> = { result: T; error: unknown; onsuccess: () => void; onerror: () => void };
  type Store = { getAll(): Request<{ belief: unknown }[]> };
  type Idb = { result: { transaction(s: string): { objectStore(s: string): Store } } };
  const beliefs = await mia.page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const factory = (
          globalThis as unknown as { indexedDB: { open(n: string): Request<unknown> & Idb } }
        ).indexedDB;
        const open = factory.open('touchstone');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('promises').objectStore('promises').getAll();
          all.onsuccess = () => resolve(all.result.map((p) => p.belief));
        };
      }),
  );
  expect(beliefs).toHaveLength(5);
  expect(beliefs.every((b) => b === null)).toBe(true);
  await a.context.close();
  await mia.context.close();
});

test('a wrong password is said in plain words and changes nothing', async ({ browser }) => {
  await setUpTeam('lumen-wrong');
  const a = await laptop(browser);
  await connectSample(a.page, 'lumen-wrong', 'anna', 'not-her-password');
  const dialog = a.page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toHaveText('Wrong user name or password');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    syncPanel(a.page).getByText('No audit is connected to a team database.'),
  ).toBeVisible();
  const info = await fetch(`${couch.url}/lumen-wrong`, {
    headers: {
      authorization: `Basic ${btoa(`${couch.admin.username}:${couch.admin.password}`)}`,
    },
  });
  // Only the team's list of managers that `sync setup` wrote: nothing of the audit was sent.
  expect(((await info.json()) as { doc_count: number }).doc_count).toBe(1);
  await a.context.close();
});
