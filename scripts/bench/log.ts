// The observation log's everyday work: opening, moving, searching, filtering, editing.
import type { Page } from '@playwright/test';
import { median } from './browser';

/** Times the log's work on the audit the page has open (opening, moving, filtering, editing). */
export async function logTimings(page: Page, count: number) {
  const total = count.toLocaleString('en-US');
  const counter = page.getByText(`${total} of ${total} observations`);
  const narrowed = page
    .getByText(new RegExp(`^[\\d,]+ of ${total} observations$`))
    .filter({ hasNotText: `${total} of ${total}` });
  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Observation log' }).waitFor();

  const open = await median(3, async () => {
    await page.getByRole('tab', { name: 'Visits' }).click();
    const start = Date.now();
    await page.getByRole('tab', { name: 'Observation log' }).click();
    await counter.waitFor();
    return Date.now() - start;
  });

  const grid = page.getByRole('grid', { name: 'Observation log' });
  const navigate = await median(3, async () => {
    await grid.focus();
    await page.keyboard.press('Home');
    const start = Date.now();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await page.locator('.log-grid .grid-row.current[aria-rowindex="42"]').waitFor();
    return Date.now() - start;
  });

  const search = page.getByRole('searchbox', { name: 'Search', exact: true });
  const filter = await median(3, async () => {
    await search.fill('');
    await counter.waitFor();
    const start = Date.now();
    await search.fill('queue');
    await narrowed.waitFor();
    return Date.now() - start;
  });
  await search.fill('');
  await counter.waitFor();

  const method = page.getByLabel('Method');
  const byMethod = await median(3, async () => {
    await method.selectOption('');
    await counter.waitFor();
    const start = Date.now();
    await method.selectOption('survey');
    await narrowed.waitFor();
    return Date.now() - start;
  });
  await method.selectOption('');
  await counter.waitFor();

  let round = 0;
  const edit = await median(3, async () => {
    round++;
    await grid.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit observation' });
    await dialog.getByLabel('Note').fill(`Edited ${round}`);
    const start = Date.now();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.locator('.log-grid .grid-row.current', { hasText: `Edited ${round}` }).waitFor();
    return Date.now() - start;
  });
  return { open, navigate, filter, byMethod, edit };
}
