import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the app and waits until its store is open and the first screen drawn. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
}

/** The sidebar's navigation. */
export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Goes to a screen through the sidebar. */
export async function goTo(
  page: Page,
  screen: 'Audits' | 'Register' | 'Field work' | 'Scores' | 'Plan' | 'Export',
) {
  await nav(page).getByRole('button', { name: screen }).click();
}

/** The row of the audits table whose name is `name`. */
export function auditRow(page: Page, name: string): Locator {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader').getByRole('button', { name, exact: true }) });
}

/** Creates an audit through the New audit dialog. */
export async function createAuditThroughUi(page: Page, brand: string, name: string): Promise<void> {
  await goTo(page, 'Audits');
  await page.getByRole('button', { name: 'New audit' }).click();
  const dialog = page.getByRole('dialog', { name: 'New audit' });
  await dialog.getByLabel('Brand').fill(brand);
  await dialog.getByLabel('Audit name').fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
}

export const SAMPLE_AUDIT_BRAND = 'Lumen Home & Electronics';
