import { expect, test } from './support/test';
import { goTo, openApp } from './support/app';

test('an industry template is applied to an existing audit in the chosen language, once, and undone whole', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('Control+2');
  await expect(page.getByText('Promises: 47 of 47')).toBeVisible();

  await page.getByRole('button', { name: 'Apply template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply an industry template' });
  await dialog.getByRole('radio', { name: /^Banking/ }).check();
  await dialog.getByLabel('Language of the texts').selectOption('pl');
  await expect(dialog).toContainText('Poznanie → Wniosek i otwarcie');
  await expect(dialog.getByRole('status')).toContainText(
    'Will add: 5 journey stages, 5 channels, 14 touchpoints, 31 promises.',
  );
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Promises: 78 of 78')).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Promises' });
  await page.getByRole('searchbox', { name: 'Search' }).fill('Decyzja kredytowa');
  await expect(
    grid.getByRole('row').filter({ hasText: 'Decyzja kredytowa w ciągu 24 godzin.' }),
  ).toContainText('Wniosek kredytowy');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  // Applying it again adds nothing.
  await page.getByRole('button', { name: 'Apply template…' }).click();
  await dialog.getByRole('radio', { name: /^Banking/ }).check();
  await dialog.getByLabel('Language of the texts').selectOption('pl');
  await expect(dialog.getByRole('status')).toHaveText(
    'Everything in this template is already in the audit.',
  );
  await expect(dialog.getByRole('button', { name: 'Apply', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // One Ctrl+Z takes the whole template back.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Promises: 47 of 47')).toBeVisible();
});

test('a new audit starts from a template in its own language and keeps it after a reload', async ({
  page,
}) => {
  await openApp(page);
  await goTo(page, 'Audits');
  await page.getByRole('button', { name: 'New audit' }).click();
  const dialog = page.getByRole('dialog', { name: 'New audit' });
  await dialog.getByLabel('Brand').fill('Связь Плюс');
  await dialog.getByLabel('Audit name').fill('Аудит обещаний 2027');
  await dialog.getByLabel('Language').selectOption('ru');
  await dialog.getByLabel('Start from').selectOption({ label: 'The Telecom template' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+2');
  await expect(page.getByText('Promises: 31 of 31')).toBeVisible();
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await page.keyboard.press('Control+2');
  await expect(page.getByText('Promises: 31 of 31')).toBeVisible();
  await expect(
    page
      .getByRole('grid', { name: 'Promises' })
      .getByRole('row')
      .filter({ hasText: 'Сохраните номер' }),
  ).toContainText('Активация SIM и перенос номера');
  await page.getByRole('tab', { name: 'Journey' }).click();
  await expect(
    page.getByRole('region', { name: 'Journey stages' }).getByRole('listitem').first(),
  ).toContainText('Сравнить и выбрать');
});
