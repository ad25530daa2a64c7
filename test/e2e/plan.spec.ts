import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './support/test';
import { goTo, openApp } from './support/app';

const STOCK = 'Stock shown online is live';

async function openPlan(page: Page) {
  await openApp(page);
  await goTo(page, 'Plan');
  await expect(page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Table' });
const row = (page: Page, text: string): Locator =>
  table(page).getByRole('row').filter({ hasText: text });

async function draftFromGaps(page: Page) {
  await page.getByRole('button', { name: 'Draft from the gaps…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draft actions from the gaps' });
  const drafts = dialog.getByRole('list', { name: 'Proposed drafts' }).getByRole('listitem');
  await expect(drafts).toHaveCount(5);
  await expect(drafts.first()).toContainText(STOCK);
  await dialog.getByRole('button', { name: 'Add 5 draft actions' }).click();
  await expect(dialog).toBeHidden();
}

test('a draft from the gaps is refused without an owner, committed, done, and verified by new evidence', async ({
  page,
}) => {
  await openPlan(page);
  await expect(page.getByText('Actions: 6 of 6')).toBeVisible();
  await draftFromGaps(page);
  await expect(page.getByText('Actions: 11 of 11')).toBeVisible();

  const draft = row(page, STOCK);
  await expect(draft).toContainText('Keep the promise: Stock shown online is live');
  await expect(draft).toContainText('Proposed');

  // Commit without a remedy, an owner or a date: the form opens and says what is missing.
  await draft.getByRole('button', { name: /^Commit:/ }).click();
  const form = page.getByRole('dialog', { name: 'Edit action' });
  await expect(form.getByRole('alert')).toHaveText(
    /It cannot be committed yet: it needs a remedy, an owner and a due date\./,
  );
  // The current state was filled from the evidence.
  await expect(form.getByLabel('Where it stands today')).toHaveValue(/^Evidence today: \d+\/100/);
  await form.getByLabel('Remedy').fill('Read stock from the store tills every 15 minutes.');
  await form.getByLabel('Due date').fill('2026-12-15');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    /It cannot be committed yet: it needs an owner\./,
  );
  await expect(form.getByLabel('Owner')).toHaveAttribute('aria-invalid', 'true');
  await expect(draft).toContainText('Proposed');

  await form.getByLabel('Owner').fill('Priya Shah, Head of E-commerce');
  await page.keyboard.press('Control+Enter');
  await expect(form).toBeHidden();
  await expect(draft).toContainText('Committed');
  await expect(draft).toContainText('Priya Shah, Head of E-commerce');

  await draft.getByRole('button', { name: /^Start:/ }).click();
  await expect(draft).toContainText('In progress');
  await draft.getByRole('button', { name: /^Mark done:/ }).click();
  await expect(draft).toContainText('Done');
  await expect(draft).toContainText('Awaiting evidence');
  // Verified cannot be ticked: it needs evidence after the action was done.
  await page.getByRole('tab', { name: 'Board' }).click();
  await page
    .getByRole('button', { name: /^Move “Keep the promise: Stock.*” to verified$/ })
    .click();
  await expect(
    page.getByText(/cannot be verified: no evidence has been recorded since it was done/),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Table' }).click();

  // New evidence from the action closes the loop, once there is enough of it: one lucky visit
  // does not verify an action.
  const recordEvidence = async (verbatim: string) => {
    await draft.getByRole('button', { name: /^Record evidence:/ }).click();
    const record = page.getByRole('dialog', { name: 'Record evidence' });
    await expect(record.getByLabel('Date')).toHaveValue('2026-11-23');
    await record.getByRole('radio', { name: '4 Exceeded' }).check();
    await record.getByLabel('Verbatim (the customer’s own words)').fill(verbatim);
    await record.getByRole('button', { name: 'Record' }).click();
    await expect(record).toBeHidden();
  };
  await recordEvidence('Shelf matched the website in all three stores.');
  await expect(draft).toContainText('Not enough evidence yet');
  await expect(draft.getByRole('button', { name: /^Mark verified:/ })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Board' }).click();
  await page
    .getByRole('button', { name: /^Move “Keep the promise: Stock.*” to verified$/ })
    .click();
  await expect(
    page.getByText(/cannot be verified: the evidence since it was done is not enough yet: 2 more observations are needed/),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Table' }).click();
  await recordEvidence('Stock matched again on the second visit.');
  await expect(draft).toContainText('Not enough evidence yet');
  await recordEvidence('Third store, same result.');
  await expect(draft).toContainText('Evidence meets the target');

  await draft.getByRole('button', { name: /^Mark verified:/ }).click();
  await expect(draft).toContainText('Verified');
  await expect(
    draft.getByRole('button', { name: /^(Mark verified|Record evidence):/ }),
  ).toHaveCount(0);

  // The evidence is the audit's like any other: it is in the field-work log.
  await goTo(page, 'Field work');
  await page.getByRole('tab', { name: 'Observation log' }).click();
  await expect(page.getByText('Shelf matched the website in all three stores.')).toBeVisible();
});

test('the sample plan in its views: contradicted and overdue actions stand out, owners are summed, bulk changes undo, the CSV has every action', async ({
  page,
}, testInfo) => {
  await openPlan(page);
  // The price-match action was done in August; the evidence since says it is not kept.
  await expect(row(page, 'Make price match work at every till')).toContainText(
    'Contradicted by newer evidence',
  );
  await expect(row(page, 'Answer calls within 2 minutes')).toContainText('23 days overdue');
  await expect(page.getByRole('list', { name: 'The plan at a glance' })).toContainText('1 overdue');

  await page.getByLabel('Overdue only').check();
  await expect(page.getByText('Actions: 1 of 6')).toBeVisible();
  await page.getByLabel('Overdue only').uncheck();
  await page.getByRole('searchbox', { name: 'Search' }).fill('carrier');
  await expect(page.getByText('Actions: 2 of 6')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  // Sorting by due date puts the earliest first and undated last.
  await table(page).getByRole('button', { name: 'Due' }).click();
  await expect(table(page).getByRole('row').nth(1)).toContainText('Make price match work');
  await expect(table(page).getByRole('row').last()).toContainText('No owner');

  await page.getByRole('tab', { name: 'Board' }).click();
  await expect(page.getByRole('region', { name: /^Committed/ }).getByRole('listitem')).toHaveCount(
    2,
  );
  await page.getByRole('tab', { name: 'Impact × effort' }).click();
  await expect(page.getByRole('cell').filter({ hasText: 'Quick wins' })).toContainText(
    'Let customers cancel Lumen Care in one call',
  );
  await page.getByRole('tab', { name: 'Owners' }).click();
  const owners = page.getByRole('table', { name: 'Owners' });
  await expect(owners.getByRole('row').filter({ hasText: 'Nadia Hussain' })).toContainText('2');
  await owners.getByRole('button', { name: 'Gareth Lloyd, Head of Customer Service' }).click();
  await expect(page.getByText('Actions: 1 of 6')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Bulk: give the two proposals an owner at once; Ctrl+Z takes it back.
  await page.getByLabel('Status', { exact: true }).first().selectOption('proposed');
  await expect(page.getByText('Actions: 2 of 6')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all shown actions' }).check();
  const bulk = page.getByRole('region', { name: '2 actions selected' });
  await bulk.getByRole('combobox', { name: 'Owner' }).fill('Tom Reid, Head of Services');
  await bulk.getByRole('button', { name: 'Set owner' }).click();
  await expect(row(page, 'Let customers cancel Lumen Care')).toContainText('Tom Reid');
  await expect(row(page, 'Offer extended cover once')).toContainText('Tom Reid');
  await page.getByRole('heading', { name: 'Plan', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(row(page, 'Offer extended cover once')).toContainText('No owner');

  // Deleting is undoable from the notice.
  await bulk.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Actions: 0 of 4')).toBeVisible();
  await page
    .getByRole('status')
    .filter({ hasText: 'Deleted 2 actions.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(page.getByText('Actions: 2 of 6')).toBeVisible();

  // Two proposals merged into one, after a confirmation.
  await page.getByRole('checkbox', { name: 'Select all shown actions' }).check();
  await bulk.getByRole('button', { name: 'Merge' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Merge 2 actions?' });
  await confirm.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Actions: 1 of 5')).toBeVisible();

  // CSV for people who track the plan elsewhere.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/ - plan\.csv$/);
  const to = testInfo.outputPath('plan.csv');
  await file.saveAs(to);
  const bytes = readFileSync(to);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toMatch(
    /^Action,Status,Priority,Effort,Owner,Due date,Days overdue,/,
  );
  expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 5);
  expect(text).toContain('Make price match work at every till,done,high,small');
  expect(text).toContain(',contradicted,');
});
