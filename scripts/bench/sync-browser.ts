// Team sync's first replication as the app runs it, in Chromium: the web build joins the team
// database through the Audits screen (its replica and its store both in the browser's
// IndexedDB), timed from Connect until its row says In sync; against PouchDB's own replicate
// of the same documents into an empty IndexedDB PouchDB in the same browser.
import type { Page } from '@playwright/test';
import type { TestCouch } from '../../test/support/couch-server';
import { BASE, launch, openApp, pageScript, startServer } from './browser';

interface BareProbe {
  benchBareReplicate: (
    url: string,
    username: string,
    password: string,
  ) => Promise<{ ms: number; held: number }>;
}

/** Joins the team database through the Audits screen; the milliseconds until In sync. */
async function joinThroughUi(page: Page, couch: TestCouch, database: string, user: string) {
  await page.keyboard.press('Control+1');
  const panel = page.getByRole('region', { name: 'Team databases' });
  await panel.getByRole('button', { name: 'Join a team database…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Server address').fill(couch.url);
  await dialog.getByLabel('Database').fill(database);
  await dialog.getByLabel('User name').fill(user);
  await dialog.getByLabel('Password', { exact: true }).fill(`${user}-pw`);
  const start = Date.now();
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await panel
    .locator('tbody tr[data-sync-state="in-sync"]')
    .first()
    .waitFor({ timeout: 3_600_000 });
  return Date.now() - start;
}

/**
 * The bare and the app's first replication in Chromium, of the team database the server
 * holds (`docs` documents); each in a browser context of its own, so each starts empty.
 */
export async function browserFirstReplication(
  couch: TestCouch,
  database: string,
  docs: number,
  log: (what: string) => void,
): Promise<{ app: number; bare: number }> {
  const server = await startServer();
  const browser = await launch();
  try {
    // The bare replicate is injected as a script, which the app's strict CSP would refuse.
    const bareContext = await browser.newContext({ bypassCSP: true });
    const barePage = await bareContext.newPage();
    await barePage.goto(BASE);
    await barePage.addScriptTag({ content: await pageScript('bare-replicate.mjs') });
    log('sync (Chromium): bare replication');
    const bare = await barePage.evaluate(
      ([url, user]) =>
        (globalThis as unknown as BareProbe).benchBareReplicate(url!, user!, `${user}-pw`),
      [`${couch.url}/${database}`, 'carol'],
    );
    if (bare.held !== docs) throw new Error(`bare replication: ${bare.held} of ${docs} documents`);
    await bareContext.close();

    log(`sync (Chromium): bare ${Math.round(bare.ms)} ms; the app's first replication`);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page);
    const app = await joinThroughUi(page, couch, database, 'alice');
    await context.close();
    return { app, bare: bare.ms };
  } finally {
    await browser.close();
    server.kill();
  }
}
