import path from 'node:path';
import { expect, test } from './support/test';
import { openApp } from './support/app';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/survey', name);
const CHECKOUT = 'Store checkout and payment';
const STATEMENTS = [
  'You never queue more than 5 minutes at the till.',
  'Pay any way you like',
  'No hard sell',
];

test('a survey asked from the Scores coverage is saved, written as XLSForm, and its answers come back as evidence', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('Control+4');
  await page
    .getByRole('button', { name: /^Ask customers at / })
    .first()
    .click();
  const builder = page.getByRole('dialog', { name: 'New survey' });
  await builder.getByLabel('Touchpoint', { exact: true }).selectOption({ label: CHECKOUT });
  for (const statement of STATEMENTS)
    await builder
      .getByRole('checkbox', { name: new RegExp(statement.replace(/[.?]/g, '\\$&')) })
      .check();
  const preview = builder.getByRole('region', { name: 'As the customer reads it' });
  await expect(preview).toContainText('What did we not do that we promised?');
  await expect(preview).toContainText('You never queue more than 5 minutes at the till.');
  await builder.getByLabel('Survey address').fill('https://survey.example.com/lumen/checkout');
  await builder.getByRole('button', { name: 'Save survey' }).click();
  await expect(builder).toBeHidden();

  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Surveys' }).click();
  const row = page.getByRole('row').filter({ hasText: CHECKOUT });
  await expect(row).toContainText('No answers yet');
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: /^XLSForm of / }).click();
  expect((await download).suggestedFilename()).toMatch(/XLSForm\.xlsx$/);
  const cards = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Printable cards of / }).click();
  expect((await cards).suggestedFilename()).toMatch(/cards\.docx$/);

  // KoboToolbox's export of that survey: recognised by its question names, nothing to map.
  await page.getByRole('button', { name: 'Import survey CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import survey results' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await chooser).setFiles(fixture('kobo-checkout.csv'));
  await expect(dialog.getByRole('note')).toContainText(
    `Answers to the survey “Lumen Home & Electronics: ${CHECKOUT}`,
  );
  await expect(dialog.getByRole('note')).toContainText('(KoboToolbox): 3 questions recognised');
  const importButton = dialog.getByRole('button', { name: /^Import/ });
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(/\d+ responses?, last imported/);

  // The same export again adds nothing.
  await page.getByRole('button', { name: 'Import survey CSV…' }).click();
  const again = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await again).setFiles(fixture('kobo-checkout.csv'));
  await expect(dialog.getByRole('status')).toContainText(
    'Every response in this file is already in the audit.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('tab', { name: 'Observation log' }).click();
  await page.getByPlaceholder('Search notes, verbatims').fill('you promised 5');
  await expect(page.getByText('The queue took 15 minutes; you promised 5.').first()).toBeVisible();

  // On Scores the answers are the promise's customer voice, the open answer among its evidence.
  await page.keyboard.press('Control+4');
  await page.getByTitle(/^Show the evidence behind Buy · Store:/).click();
  const scope = page.getByRole('dialog', { name: 'Buy · Store' });
  await scope.getByRole('button', { name: STATEMENTS[0], exact: true }).click();
  const detail = page.getByRole('dialog', { name: STATEMENTS[0] });
  await expect(detail.getByTestId('promise-figures')).toContainText('Customer voice');
  await expect(
    detail
      .getByRole('list', { name: 'The evidence' })
      .getByText('The queue took 15 minutes; you promised 5.'),
  ).toBeVisible();
});
