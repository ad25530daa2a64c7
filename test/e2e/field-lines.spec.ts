// A checked line is one piece of evidence, whatever happens to its visit: a manager (their own
// browser, their own store) completes a visit and sends results, reopens it, changes a line
// from "could not check" to a score, adds a photo, completes it and sends results again; the
// consultant takes in both files and holds one observation per line, in the log and in the
// Word document's appendix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, fixClock, test, type Page, type TestInfo } from './support/test';
import { goTo, openApp } from './support/app';

const photo = path.join(import.meta.dirname, '../fixtures/photos/till.png');
const PLACE = 'Gdańsk – Długa';
const MANAGER = 'Marta Wiśniewska';

const line = (page: Page, text: string) =>
  page
    .getByRole('list', { name: /Checklist/ })
    .getByRole('listitem')
    .filter({ hasText: text });

async function download(page: Page, testInfo: TestInfo, name: string, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const to = testInfo.outputPath(name);
  await (await pending).saveAs(to);
  return to;
}

async function openFile(page: Page, file: string) {
  await goTo(page, 'Audits');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import audit file…' }).click();
  await (await chooser).setFiles(file);
}

async function takeInResults(page: Page, file: string, summary: string) {
  await openFile(page, file);
  const confirm = page.getByRole('alertdialog', { name: 'Import field results' });
  await expect(confirm).toContainText(summary);
  await confirm.getByRole('button', { name: 'Import' }).click();
  await expect(confirm).toBeHidden();
}

test('a visit reopened and sent again leaves one observation per line, in the log and the document', async ({
  page,
  browser,
}, testInfo) => {
  // The consultant plans a visit for Marta and sends her the pack.
  await openApp(page);
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'New visit…' }).click();
  const form = page.getByRole('dialog', { name: 'Plan a visit' });
  await form.getByLabel('Location').fill(PLACE);
  await form.getByLabel('Observer').fill(MANAGER);
  await form.getByLabel('Date', { exact: true }).fill('2026-09-20');
  await form.getByLabel('Wave', { exact: true }).fill('2');
  await form.getByLabel('Search touchpoints and promises').fill('checkout');
  await form.getByRole('checkbox').first().check();
  await form.getByRole('button', { name: 'Plan visit' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: /All visits/ }).click();
  await page.getByRole('button', { name: 'Export field pack…' }).click();
  const packDialog = page.getByRole('dialog', { name: 'Export a field pack' });
  await packDialog.getByRole('radio', { name: new RegExp(`${MANAGER} — 1 open visit`) }).check();
  const pack = await download(page, testInfo, 'marta.tspack', () =>
    packDialog.getByRole('button', { name: 'Export pack' }).click(),
  );

  // Marta, on her own laptop, opens it, checks the three lines and completes the visit.
  const laptop = await browser.newContext();
  await fixClock(laptop);
  const marta = await laptop.newPage();
  await openApp(marta);
  await openFile(marta, pack);
  await expect(marta.getByText(/Field pack opened/)).toBeVisible();
  await marta.getByRole('button', { name: PLACE }).click();
  const first = line(marta, 'You never queue more than 5 minutes');
  await expect(first).toBeFocused();
  await marta.keyboard.press('x'); // could not check
  await marta.keyboard.press('ArrowDown');
  await marta.keyboard.press('3');
  await marta.keyboard.press('ArrowDown');
  await marta.keyboard.press('2');
  await marta.getByRole('button', { name: 'Complete visit' }).click();
  await expect(marta.getByText('Visit completed: 3 observations added to the log.')).toBeVisible();
  const firstResults = await download(marta, testInfo, 'first.tsresults', () =>
    marta.getByRole('button', { name: 'Export results…' }).click(),
  );

  await takeInResults(page, firstResults, '3 new, 0 updated, 0 already here, 0 in conflict');

  // Marta goes back: the queue could be checked after all. She reopens, scores it, adds a photo.
  await marta.getByRole('button', { name: 'Reopen' }).click();
  await expect(marta.getByRole('button', { name: 'Complete visit' })).toBeVisible();
  const queueLine = line(marta, 'You never queue more than 5 minutes');
  await queueLine.focus();
  await marta.keyboard.press('4');
  // The score is written and the checklist drawn again: the photo key goes to the line then.
  await expect(marta.getByText('All changes saved')).toBeVisible();
  await queueLine.focus();
  await expect(queueLine).toBeFocused();
  const chooser = marta.waitForEvent('filechooser');
  await marta.keyboard.press('p');
  await (await chooser).setFiles(photo);
  await expect(
    line(marta, 'You never queue more than 5 minutes').getByRole('img', { name: 'till.png' }),
  ).toBeVisible();
  await marta.getByRole('button', { name: 'Complete visit' }).click();
  await expect(
    marta.getByText('Visit completed: 3 observations added to the log.').last(),
  ).toBeVisible();
  // Her own log holds one observation per line too.
  await marta.getByRole('tab', { name: 'Observation log' }).click();
  await expect(marta.getByText(/^3 of 3 observations$|^3 observations$/)).toBeVisible();
  const secondResults = await download(marta, testInfo, 'second.tsresults', () =>
    marta.getByRole('button', { name: 'Export results…' }).click(),
  );
  await laptop.close();

  // One line changed: one observation updated, none added. Both files again add nothing.
  await takeInResults(page, secondResults, '0 new, 1 updated, 2 already here, 0 in conflict');
  await openFile(page, firstResults);
  await expect(page.getByRole('alertdialog', { name: 'Import field results' })).toContainText(
    'Everything in this file is already in the audit.',
  );
  await page.getByRole('alertdialog').getByRole('button', { name: 'Import' }).click();

  await goTo(page, 'Field work');
  await page.getByRole('tab', { name: 'Observation log' }).click();
  await page.getByLabel('Location').fill('Gdańsk');
  await expect(page.getByText('3 of 356 observations')).toBeVisible();
  const log = page.getByRole('grid', { name: 'Observation log' });
  const queue = log.getByRole('row').filter({ hasText: 'You never queue' });
  await expect(queue).toHaveCount(1);
  await expect(queue).toContainText('4 Exceeded');
  await expect(log).not.toContainText('Could not check');

  // The document's appendix lists each line once.
  await goTo(page, 'Export');
  const card = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: 'Word audit document' }) });
  const docx = await download(page, testInfo, 'audit.docx', () =>
    card.getByRole('button', { name: 'Export Word document…' }).click(),
  );
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']!);
  const appendix = xml.slice(xml.lastIndexOf('Appendix: evidence log'));
  expect(appendix.split(`${MANAGER}, ${PLACE}`).length - 1).toBe(3);
});
