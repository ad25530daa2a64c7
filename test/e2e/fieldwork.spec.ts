import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from './support/test';
import { goTo, openApp } from './support/app';

const photo = path.join(import.meta.dirname, '../fixtures/photos/till.png');

/** The checklist line of a promise, by the start of its statement. */
const line = (page: Page, text: string) =>
  page
    .getByRole('list', { name: /Checklist/ })
    .getByRole('listitem')
    .filter({ hasText: text });

async function planVisit(page: Page, location: string, observer: string, search: string) {
  await page.getByRole('button', { name: 'New visit…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a visit' });
  await dialog.getByLabel('Location').fill(location);
  await dialog.getByLabel('Observer').fill(observer);
  await dialog.getByLabel('Search touchpoints and promises').fill(search);
  await dialog.getByRole('checkbox').first().check();
  await expect(dialog.getByRole('status').filter({ hasText: 'chosen' })).toHaveText(
    '3 promises chosen',
  );
  await dialog.getByRole('button', { name: 'Plan visit' }).click();
  // Today is after the sample audit's period: the visit's evidence would move every score, so
  // the form asks once, saying what the date will change.
  await expect(dialog.getByRole('alert')).toContainText(
    'This date is after the audit period, which ends on Sep 30, 2026. It becomes the audit’s latest evidence',
  );
  await dialog.getByRole('button', { name: 'Save with this date' }).click();
  await expect(dialog).toBeHidden();
}

/** Fills the open visit from the keyboard: a measured value, a score with a note, and "could not check" with a photo. */
async function fillFromKeyboard(page: Page) {
  const first = line(page, 'You never queue more than 5 minutes');
  await expect(first).toBeFocused();
  await page.keyboard.press('m');
  await page.keyboard.type('150 s');
  await page.keyboard.press('Enter');
  await expect(first).toContainText('4 Exceeded');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Card terminal was down');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('x');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('p');
  await (await chooser).setFiles(photo);
  await expect(line(page, 'No hard sell').getByRole('img', { name: 'till.png' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'checked' })).toHaveText(
    '3 of 3 checked',
  );
}

async function download(page: Page, testInfo: TestInfo, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  const to = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

async function openFile(page: Page, file: string) {
  await goTo(page, 'Audits');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import audit file…' }).click();
  await (await chooser).setFiles(file);
}

test('a visit is planned, filled from the keyboard with a photo, completed, and its observations are in the log', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('Control+3');
  await planVisit(page, 'Kraków – Rynek', 'Anna Nowak', 'checkout');
  await fillFromKeyboard(page);

  // A photo over the size cap is refused with a message, and nothing changes.
  const big = line(page, 'Pay any way you like');
  await big.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('p');
  await (
    await chooser
  ).setFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(9 * 1024 * 1024) });
  await expect(page.getByText('“huge.png” is 9.0 MB; a photo can be at most 8 MB.')).toBeVisible();
  await expect(big.getByRole('img')).toHaveCount(0);

  // So are files whose bytes are no image of the type their name says.
  for (const [name, buffer, message] of [
    ['notes.png', Buffer.from('not a photo'), '“notes.png” is not a JPEG, PNG, WebP or GIF image.'],
    [
      'till.gif',
      readFileSync(photo),
      '“till.gif” is a PNG image, not the GIF image its name says.',
    ],
  ] as const) {
    const next = page.waitForEvent('filechooser');
    await big.focus();
    await page.keyboard.press('p');
    await (await next).setFiles({ name, mimeType: 'image/' + name.split('.')[1], buffer });
    await expect(page.getByText(message)).toBeVisible();
    await expect(big.getByRole('img')).toHaveCount(0);
  }

  await page.getByRole('button', { name: 'Complete visit' }).click();
  await expect(page.getByText('Visit completed: 3 observations added to the log.')).toBeVisible();
  await page.getByRole('tab', { name: 'Observation log' }).click();
  await page.getByLabel('Location').fill('Rynek');
  await expect(page.getByText('3 of 356 observations')).toBeVisible();
  const log = page.getByRole('grid', { name: 'Observation log' });
  await expect(log.getByRole('row').filter({ hasText: 'You never queue' })).toContainText(
    '4 Exceeded',
  );
  await expect(log.getByRole('row').filter({ hasText: 'Pay any way' })).toContainText(
    'Card terminal was down',
  );
  await expect(log.getByRole('row').filter({ hasText: 'No hard sell' })).toContainText(
    'Can’t check',
  );

  // The log's filters combine: method and score.
  await page.getByLabel('Score').selectOption('2');
  await expect(page.getByText('1 of 356 observations')).toBeVisible();
});

test('a field pack goes to a manager and comes back as results, merged once, with no duplicates the second time', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await page.keyboard.press('Control+3');
  await planVisit(page, 'Gdańsk – Długa', 'Marta Wiśniewska', 'checkout');
  await page.getByRole('button', { name: /All visits/ }).click();

  // The consultant exports the pack for Marta.
  await page.getByRole('button', { name: 'Export field pack…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a field pack' });
  await dialog.getByRole('radio', { name: /Marta Wiśniewska — 1 open visit/ }).check();
  const pack = await download(page, testInfo, () =>
    dialog.getByRole('button', { name: 'Export pack' }).click(),
  );
  expect(pack).toMatch(/\.tspack$/);

  // Marta opens it in her Touchstone: only her visit is there.
  await openFile(page, pack);
  await expect(page.getByText(/Field pack opened/)).toBeVisible();
  await expect(page.getByRole('note')).toContainText(
    'Field pack from Lumen Home & Electronics for Marta Wiśniewska',
  );
  const visits = page.getByRole('table').getByRole('row');
  await expect(visits).toHaveCount(2);
  await page.getByRole('button', { name: 'Gdańsk – Długa' }).click();
  await fillFromKeyboard(page);
  await page.getByRole('button', { name: 'Complete visit' }).click();
  await expect(page.getByText('Visit completed: 3 observations added to the log.')).toBeVisible();
  const results = await download(page, testInfo, () =>
    page.getByRole('button', { name: 'Export results…' }).click(),
  );
  expect(results).toMatch(/\.tsresults$/);

  // The consultant imports the results: a summary first, then the merge.
  await openFile(page, results);
  const confirm = page.getByRole('alertdialog', { name: 'Import field results' });
  await expect(confirm).toContainText(
    'Results from Marta Wiśniewska for “Brand promise audit 2026”.',
  );
  await expect(confirm).toContainText(
    '3 new, 0 updated, 0 already here, 0 in conflict; photos: 1.',
  );
  await confirm.getByRole('button', { name: 'Import' }).click();
  await expect(
    page.getByText(/Results from Marta Wiśniewska merged: 3 new, 0 updated/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gdańsk – Długa' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Gdańsk – Długa' })).toContainText(
    'Completed',
  );
  await page.getByRole('tab', { name: 'Observation log' }).click();
  await page.getByLabel('Location').fill('Gdańsk');
  await expect(page.getByText('3 of 356 observations')).toBeVisible();

  // The same file again adds nothing.
  await openFile(page, results);
  await expect(page.getByRole('alertdialog', { name: 'Import field results' })).toContainText(
    'Everything in this file is already in the audit.',
  );
  await page.getByRole('alertdialog').getByRole('button', { name: 'Import' }).click();
  await page.getByRole('tab', { name: 'Observation log' }).click();
  await page.getByLabel('Location').fill('Gdańsk');
  await expect(page.getByText('3 of 356 observations')).toBeVisible();

  // A damaged file is refused, naming why, and changes nothing.
  const { readFileSync, writeFileSync } = await import('node:fs');
  const damaged = testInfo.outputPath('damaged.tsresults');
  writeFileSync(
    damaged,
    readFileSync(results, 'utf8').replace('Gdańsk – Długa', 'Gdańsk – Długa!'),
  );
  await openFile(page, damaged);
  await expect(page.getByText(/Nothing was imported\. Field results: is damaged/)).toBeVisible();
});
