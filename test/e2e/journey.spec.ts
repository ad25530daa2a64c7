import { expect, test, type Page } from './support/test';
import { openApp } from './support/app';

const stages = (page: Page) =>
  page.getByRole('region', { name: 'Journey stages' }).getByRole('listitem');

async function openJourney(page: Page) {
  await openApp(page);
  await page.keyboard.press('Control+2');
  await page.getByRole('tab', { name: 'Journey' }).click();
  await expect(stages(page)).toHaveCount(5);
}

test('stages reorder with Alt+arrows and by dragging, and Ctrl+Z puts them back', async ({
  page,
}) => {
  await openJourney(page);
  const names = () => stages(page).locator('.name').allTextContents();
  const before = await names();

  await stages(page).first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(names).toEqual([before[1], before[0], ...before.slice(2)]);
  await expect(stages(page).nth(1)).toBeFocused();

  await stages(page).nth(4).dragTo(stages(page).nth(0));
  await expect.poll(names).toEqual([before[4], before[1], before[0], before[2], before[3]]);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(names).toEqual(before);

  // The matrix follows the journey's order.
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.getByRole('rowheader').first()).toHaveText(before[0]!);
});

test('deleting a stage says what goes with it; cancel keeps everything, delete can be undone', async ({
  page,
}) => {
  await openJourney(page);
  const first = stages(page).first();
  const name = (await first.locator('.name').textContent()) ?? '';
  await first.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Delete the stage “${name}”?` });
  await expect(dialog).toContainText(/\d+ touchpoints?, \d+ promises?/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(stages(page)).toHaveCount(5);

  await first.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(stages(page)).toHaveCount(4);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(stages(page)).toHaveCount(5);
  await expect(stages(page).first().locator('.name')).toHaveText(name);
  await page.getByRole('tab', { name: 'Promises' }).click();
  await expect(page.getByText('Promises: 47 of 47')).toBeVisible();
});

test('a stage is renamed in place with F2 and Enter', async ({ page }) => {
  await openJourney(page);
  await stages(page).nth(2).focus();
  await page.keyboard.press('F2');
  const input = page
    .getByRole('region', { name: 'Journey stages' })
    .getByRole('textbox', { name: 'Rename' });
  await input.fill('Delivery and set-up');
  await page.keyboard.press('Enter');
  await expect(stages(page).nth(2).locator('.name')).toHaveText('Delivery and set-up');
  await page.reload();
  await page.getByRole('tab', { name: 'Journey' }).click();
  await expect(stages(page).nth(2).locator('.name')).toHaveText('Delivery and set-up');
});
