import { expect, test, type Page } from './support/test';
import { createAuditThroughUi, openApp } from './support/app';

/** The register's promise grid. */
const grid = (page: Page) => page.getByRole('grid', { name: 'Promises' });
const promiseRow = (page: Page, text: string) =>
  grid(page).getByRole('row').filter({ hasText: text });

async function addStages(page: Page, label: string, names: string[]) {
  await page.getByLabel(label).focus();
  for (const name of names) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('region', { name: label.includes('stage') ? 'Journey stages' : 'Channels' })
        .getByText(name, { exact: true }),
    ).toBeVisible();
  }
}

const TOUCHPOINTS: [name: string, stageDown: number, channelDown: number][] = [
  ['Shop entrance', 0, 0],
  ['Product page', 0, 1],
  ['Till', 1, 0],
  ['Web checkout', 1, 1],
  ['Help desk', 2, 0],
];

const PROMISES: [statement: string, touchpoint: number][] = [
  ['Greeted within one minute', 0],
  ['Prices on every shelf', 0],
  ['Stock shown online is on the shelf', 1],
  ['Full specification on every page', 1],
  ['Never queue more than five minutes', 2],
  ['Receipt by email if you wish', 2],
  ['Checkout in three steps', 3],
  ['Delivery date shown before paying', 3],
  ['Help desk answers in one visit', 4],
  ['Repairs quoted before work starts', 4],
];

test('a register of 3 stages, 5 touchpoints and 10 promises is built with the keyboard, bulk-edited, and undone', async ({
  page,
}) => {
  await openApp(page);
  await createAuditThroughUi(page, 'Keyboard Retail', 'Workshop audit');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Register', level: 1 })).toBeVisible();

  // Journey: tabs move with the arrow keys.
  await page.getByRole('tab', { name: 'Promises' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Journey' })).toHaveAttribute('aria-selected', 'true');
  await addStages(page, 'Name of a new stage, then Enter', ['Discover', 'Buy', 'Use']);
  await addStages(page, 'Name of a new channel, then Enter', ['Store', 'Website']);

  // Touchpoints: the quick-add line keeps stage and channel between entries.
  const quickAdd = page.getByRole('group', { name: 'New touchpoint' });
  for (const [name, stageDown, channelDown] of TOUCHPOINTS) {
    await quickAdd.getByLabel('Touchpoint').focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Home');
    for (let i = 0; i < stageDown; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Home');
    for (let i = 0; i < channelDown; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('rowheader', { name })).toBeVisible();
  }

  // Promises: Ctrl+Enter opens the new-promise line; Enter adds and clears it for the next.
  await page.getByRole('tab', { name: 'Journey' }).focus();
  await page.keyboard.press('ArrowLeft');
  await grid(page).focus();
  await page.keyboard.press('Control+Enter');
  const draft = page.getByRole('group', { name: 'New promise' });
  for (const [statement, touchpoint] of PROMISES) {
    // The touchpoint is found by typing a word of its name; Enter chooses it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(TOUCHPOINTS[touchpoint]![0]);
    await page.keyboard.press('Enter');
    await expect(draft.getByRole('combobox', { name: 'Touchpoint' })).toHaveValue(
      TOUCHPOINTS[touchpoint]![0],
    );
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(statement);
    await page.keyboard.press('Enter');
    await expect(promiseRow(page, statement)).toBeVisible();
    await expect(draft.getByLabel('Promise')).toHaveValue('');
  }
  await page.keyboard.press('Escape');
  await expect(draft).toBeHidden();
  await expect(page.getByText('Promises: 10 of 10')).toBeVisible();
  await expect(promiseRow(page, 'Repairs quoted before work starts')).toContainText('Help desk');
  await expect(promiseRow(page, 'Checkout in three steps')).toContainText('Web checkout');

  // Inline editing with the keyboard: Enter edits, Enter saves; a digit sets importance at once.
  await grid(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' at the door');
  await page.keyboard.press('Enter');
  await expect(promiseRow(page, 'Greeted within one minute at the door')).toBeVisible();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('1');
  await expect(
    promiseRow(page, 'Greeted within one minute at the door').getByRole('gridcell').nth(5),
  ).toHaveText('1');

  // Bulk edit: select two promises with Space and set their importance together.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const bulk = page.getByRole('region', { name: '2 promises selected' });
  await expect(bulk).toBeVisible();
  await bulk.getByLabel('Set importance').selectOption('5');
  await bulk.getByRole('button', { name: 'Apply' }).click();
  for (const text of ['Prices on every shelf', 'Stock shown online is on the shelf']) {
    await expect(promiseRow(page, text).getByRole('gridcell').nth(5)).toHaveText('5');
  }
  await bulk.getByRole('button', { name: 'Clear selection' }).click();

  // Delete a promise from the keyboard, then undo it with Ctrl+Z.
  await grid(page).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Delete');
  await expect(page.getByText('Promises: 9 of 9')).toBeVisible();
  await expect(promiseRow(page, 'Repairs quoted before work starts')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Promises: 10 of 10')).toBeVisible();
  await expect(promiseRow(page, 'Repairs quoted before work starts')).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByText('Promises: 10 of 10')).toBeVisible();
  await expect(promiseRow(page, 'Prices on every shelf').getByRole('gridcell').nth(5)).toHaveText(
    '5',
  );
  await expect(promiseRow(page, 'Greeted within one minute at the door')).toBeVisible();
  await page.getByRole('tab', { name: 'Journey' }).click();
  await expect(
    page.getByRole('region', { name: 'Journey stages' }).getByRole('listitem'),
  ).toHaveCount(3);
  await expect(
    page.getByRole('region', { name: 'Touchpoints' }).getByRole('rowheader'),
  ).toHaveCount(5);
});

test('filters, search and sorting narrow the sample register', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+2');
  await page.getByRole('tab', { name: 'Promises' }).click();
  await expect(page.getByText('Promises: 47 of 47')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('queue');
  await expect(page.getByText(/^Promises: \d+ of 47$/)).not.toHaveText('Promises: 47 of 47');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByLabel('Filter: Channel').selectOption('Phone');
  const body = grid(page).getByRole('rowgroup').nth(1);
  await expect(page.getByText('Promises: 6 of 47')).toBeVisible();
  await expect(body.getByRole('row')).toHaveCount(6);
  await expect(
    body
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell', { name: 'Phone', exact: true }) }),
  ).toHaveCount(6);

  // Sorting by importance: numbers sort highest first on the first click.
  const importance = grid(page).getByRole('columnheader', { name: 'Importance' });
  await importance.getByRole('button').click();
  await expect(importance).toHaveAttribute('aria-sort', 'descending');
  const values = await body
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((r) => Number(r.querySelectorAll('[role=gridcell]')[5]?.textContent)),
    );
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('the belief session sets beliefs with single keys and resumes where it stopped', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('Control+2');
  await page.getByRole('button', { name: 'Belief session' }).click();
  const session = page.getByRole('dialog', { name: 'Belief session' });
  await expect(session).toBeVisible();
  await expect(session.getByText('Promise 1 of 47')).toBeVisible();
  const first = await session.locator('.session-statement').textContent();
  await page.keyboard.press('0');
  await expect(session.getByText('Promise 2 of 47')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(session).toBeHidden();
  await expect(
    promiseRow(page, first ?? '')
      .getByRole('gridcell')
      .last(),
  ).toContainText('Broken');

  await page.reload();
  await page.getByRole('button', { name: 'Belief session' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Belief session' }).getByText('Promise 2 of 47'),
  ).toBeVisible();
});
