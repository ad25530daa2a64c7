import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from './support/test';
import { createAuditThroughUi, goTo, openApp } from './support/app';

// Any Touchstone file dropped on the window opens the importer it belongs to; field results
// can also be imported from the Field work screen, beside the export of field packs.

const fixtures = path.join(import.meta.dirname, '../fixtures');
const photo = path.join(fixtures, 'photos/till.png');

/** Drops a file on the window as the system's file manager would: over the window, then let go. */
async function dropFile(page: Page, bytes: Buffer, name: string) {
  const transfer = await page.evaluateHandle(
    ({ data, name }) => {
      // Runs in the page, which has what the suite's Node types do not.
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: Uint8Array[], name: string) => unknown;
      };
      const dt = new page.DataTransfer();
      dt.items.add(new page.File([new Uint8Array(data)], name));
      return dt;
    },
    { data: [...bytes], name },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop the file to import it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Drop the file to import it')).toBeHidden();
}

async function download(page: Page, testInfo: TestInfo, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  const to = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

/** A results file of one completed visit: planned by the consultant, filled in a field pack. */
async function resultsOfOneVisit(page: Page, testInfo: TestInfo): Promise<string> {
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'New visit…' }).click();
  const plan = page.getByRole('dialog', { name: 'Plan a visit' });
  await plan.getByLabel('Location').fill('Gdańsk – Długa');
  await plan.getByLabel('Observer').fill('Marta Wiśniewska');
  await plan.getByLabel('Search touchpoints and promises').fill('checkout');
  await plan.getByRole('checkbox').first().check();
  await plan.getByRole('button', { name: 'Plan visit' }).click();
  await plan.getByRole('button', { name: 'Save with this date' }).click();
  await expect(plan).toBeHidden();
  await page.getByRole('button', { name: /All visits/ }).click();

  await page.getByRole('button', { name: 'Export field pack…' }).click();
  const packDialog = page.getByRole('dialog', { name: 'Export a field pack' });
  await packDialog.getByRole('radio', { name: /Marta Wiśniewska — 1 open visit/ }).check();
  const pack = await download(page, testInfo, () =>
    packDialog.getByRole('button', { name: 'Export pack' }).click(),
  );

  // Marta opens the pack by dropping it on her window, and fills the visit.
  await dropFile(page, readFileSync(pack), path.basename(pack));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Open field pack' }).click();
  await expect(page.getByRole('note')).toContainText('Field pack from Lumen Home & Electronics');
  // A field pack's copy exports results; it imports none.
  await expect(page.getByRole('button', { name: 'Import results…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Gdańsk – Długa' }).click();
  const lines = page.getByRole('list', { name: /Checklist/ }).getByRole('listitem');
  await expect(lines.first()).toBeFocused();
  await page.keyboard.press('m');
  await page.keyboard.type('150 s');
  await page.keyboard.press('Enter');
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
  await expect(page.getByRole('status').filter({ hasText: 'checked' })).toHaveText(
    '3 of 3 checked',
  );
  await page.getByRole('button', { name: 'Complete visit' }).click();
  return download(page, testInfo, () =>
    page.getByRole('button', { name: 'Export results…' }).click(),
  );
}

test('a results file dropped on the window is merged into the consultant’s audit', async ({
  page,
}, testInfo) => {
  await openApp(page);
  const results = await resultsOfOneVisit(page, testInfo);
  await goTo(page, 'Audits');

  await dropFile(page, readFileSync(results), path.basename(results));
  const confirm = page.getByRole('alertdialog', { name: 'Import field results' });
  await expect(confirm).toContainText('3 new, 0 updated, 0 already here, 0 in conflict; photos: 1.');
  await confirm.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(/Results from Marta Wiśniewska merged: 3 new/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Field work' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Gdańsk – Długa' })).toContainText(
    'Completed',
  );
  await page.getByRole('tab', { name: 'Observation log' }).click();
  await page.getByLabel('Location').fill('Gdańsk');
  await expect(page.getByText('3 of 356 observations')).toBeVisible();

  // Field work's own button imports the same file the same way: nothing new the second time.
  await page.getByRole('tab', { name: 'Visits' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import results…' }).click();
  await (await chooser).setFiles(results);
  await expect(confirm).toContainText('Everything in this file is already in the audit.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
});

test('a register CSV dropped on the window opens the register’s import with it', async ({
  page,
}) => {
  await openApp(page);
  await createAuditThroughUi(page, 'Nordbank', 'Dropped register');
  await dropFile(
    page,
    readFileSync(path.join(fixtures, 'csv/promises-win1251-semicolon.csv')),
    'реестр.csv',
  );
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  await expect(dialog).toContainText('реестр.csv');
  await expect(dialog.getByRole('radio', { name: /Promises/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Imported .*promises/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Register' })).toBeVisible();
});

test('a survey CSV dropped on the window opens field work’s survey import with it', async ({
  page,
}) => {
  await openApp(page);
  await dropFile(
    page,
    readFileSync(path.join(fixtures, 'survey/kobo-checkout.csv')),
    'kobo-checkout.csv',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Field work' })).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('kobo-checkout.csv');
});

test('a file Touchstone does not import is refused in a sentence, and nothing changes', async ({
  page,
}) => {
  await openApp(page);
  await dropFile(page, readFileSync(photo), 'till.png');
  await expect(
    page.getByText('“till.png” is not a file Touchstone imports.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
