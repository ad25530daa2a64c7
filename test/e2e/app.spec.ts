import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './support/test';
import {
  auditRow,
  createAuditThroughUi,
  goTo,
  nav,
  openApp,
  SAMPLE_AUDIT_BRAND,
} from './support/app';

test.describe('the app shell and the Audits screen', () => {
  test('opens on the sample audit', async ({ page }) => {
    await openApp(page);
    const sidebar = page.getByRole('complementary');
    await expect(sidebar).toContainText(SAMPLE_AUDIT_BRAND);
    await expect(page.getByRole('heading', { level: 1, name: 'Register' })).toBeVisible();
    // The sample's 47 promises, and its five journey stages on the matrix.
    await expect(page.getByText('Promises: 47 of 47')).toBeVisible();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(5);
    await page.getByRole('tab', { name: 'Promises' }).click();

    await goTo(page, 'Audits');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2); // the header and the sample
    await expect(rows.nth(1)).toContainText('Open now');
    await expect(rows.nth(1)).toContainText(SAMPLE_AUDIT_BRAND);

    await goTo(page, 'Field work');
    await expect(page.getByRole('heading', { level: 1, name: 'Field work' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Wave 2' })).toBeVisible();
  });

  test('moves between screens with Ctrl+number', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('Control+1');
    await expect(page.getByRole('heading', { level: 1, name: 'Audits' })).toBeVisible();
    await page.keyboard.press('Control+5');
    await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
    await expect(nav(page).getByRole('button', { name: 'Plan' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('a new audit created through the UI survives a reload', async ({ page }) => {
    await openApp(page);
    await createAuditThroughUi(page, 'Nordbank', 'Branch audit 2027');
    await expect(
      page.getByRole('status').filter({ hasText: 'Created “Branch audit 2027”.' }),
    ).toBeVisible();
    await expect(auditRow(page, 'Branch audit 2027')).toContainText('Open now');

    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    await expect(auditRow(page, 'Branch audit 2027')).toContainText('Nordbank');
    await expect(page.getByRole('complementary')).toContainText('Branch audit 2027');
    // The sample is not loaded a second time.
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  });

  test('the new-audit form names what is missing and creates nothing', async ({ page }) => {
    await openApp(page);
    await goTo(page, 'Audits');
    await page.getByRole('button', { name: 'New audit' }).click();
    const dialog = page.getByRole('dialog', { name: 'New audit' });
    await dialog.getByLabel('Brand').fill('Nordbank');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Audit name is required');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  });

  test('audit details edited survive a reload, and a wrong period is refused', async ({ page }) => {
    await openApp(page);
    await createAuditThroughUi(page, 'Nordbank', 'Draft name');
    await auditRow(page, 'Draft name').getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Audit details' });
    await expect(dialog.getByLabel('Brand')).toHaveValue('Nordbank');
    await dialog.getByLabel('Audit name').fill('Final name');
    await dialog.getByLabel('Brand').fill('Nordbank Polska');
    await dialog.getByLabel('Period from').fill('2027-03-01');
    await dialog.getByLabel('Period to').fill('2027-01-31');
    await dialog.getByLabel('Report language').selectOption({ label: 'Polish' });
    await dialog.getByLabel('Status').selectOption({ label: 'In field' });
    await dialog.getByLabel('Team').fill('Anna Kowalska\n\nPiotr Nowak');
    await dialog.getByLabel('Confidentiality').fill('Client only');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The period runs backwards: the schema refuses it beside its field, and nothing is saved.
    await expect(dialog.getByRole('alert')).toContainText('Period to');
    await expect(auditRow(page, 'Draft name')).toBeVisible();
    await dialog.getByLabel('Period to').fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(auditRow(page, 'Final name')).toContainText('Nordbank Polska');
    await expect(auditRow(page, 'Draft name')).toHaveCount(0);

    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    const row = auditRow(page, 'Final name');
    await expect(row).toContainText('Nordbank Polska');
    await expect(row).toContainText('Polish');
    await expect(row).toContainText('In field');
    await expect(row).toContainText('2027');
    await row.getByRole('button', { name: 'Edit details' }).click();
    await expect(dialog.getByLabel('Team')).toHaveValue('Anna Kowalska\nPiotr Nowak');
    await expect(dialog.getByLabel('Confidentiality')).toHaveValue('Client only');
    await expect(dialog.getByLabel('Period from')).toHaveValue('2027-03-01');
    await expect(dialog.getByLabel('Period to')).toHaveValue('2027-06-30');
  });

  test('an edit of the open audit’s details is undone with Ctrl+Z', async ({ page }) => {
    await openApp(page);
    await createAuditThroughUi(page, 'Nordbank', 'Before');
    await auditRow(page, 'Before').getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Audit details' });
    await dialog.getByLabel('Audit name').fill('After');
    await dialog.getByLabel('Audit name').press('Enter');
    await expect(auditRow(page, 'After')).toBeVisible();
    await page.getByRole('heading', { level: 1, name: 'Audits' }).click();
    await page.keyboard.press('Control+z');
    await expect(auditRow(page, 'Before')).toBeVisible();
    await expect(auditRow(page, 'After')).toHaveCount(0);
  });

  test('deleting an audit asks first, and Cancel keeps it', async ({ page }) => {
    await openApp(page);
    await createAuditThroughUi(page, 'Nordbank', 'To be deleted');
    const row = auditRow(page, 'To be deleted');
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “To be deleted”?' });
    await expect(confirm).toContainText('It holds no records yet');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toBeVisible();

    // The sample's confirmation says what goes with it.
    await auditRow(page, 'Brand promise audit 2026')
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(page.getByRole('alertdialog')).toContainText(/\d+ promises, .*\d+ observations/);
    await expect(page.getByRole('alertdialog')).toContainText('It cannot be undone');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toBeHidden();

    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete audit' }).click();
    await expect(row).toHaveCount(0);
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    await goTo(page, 'Audits');
    await expect(auditRow(page, 'To be deleted')).toHaveCount(0);
    await expect(auditRow(page, 'Brand promise audit 2026')).toBeVisible();
  });

  test('exports an audit file and imports it back as a copy', async ({ page }, testInfo) => {
    await openApp(page);
    await goTo(page, 'Audits');
    const downloadPromise = page.waitForEvent('download');
    await auditRow(page, 'Brand promise audit 2026')
      .getByRole('button', { name: 'Export file' })
      .click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.touchstone$/);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string; promises: unknown[] };
    expect(file.format).toBe('touchstone-audit');

    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import audit file…' }).click();
    await (await chooserPromise).setFiles(path);
    await expect(page.getByRole('status').filter({ hasText: 'as a copy' })).toBeVisible();
    const copy = auditRow(page, 'Brand promise audit 2026 (copy)');
    await expect(copy).toContainText('Open now');
    await expect(copy.getByRole('cell').nth(4)).toHaveText(String(file.promises.length));
  });

  test('a damaged audit file is refused with the reason, and nothing changes', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await goTo(page, 'Audits');
    const damaged = testInfo.outputPath('damaged.touchstone');
    writeFileSync(damaged, '{"format":"touchstone-audit","version":1,"audit":{"name":"x"');
    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import audit file…' }).click();
    await (await chooserPromise).setFiles(damaged);
    await expect(page.getByRole('alert')).toContainText(
      'Nothing was imported. Audit file: is not valid JSON',
    );
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  });

  test('screens that need an audit say so when none is open', async ({ page }) => {
    await openApp(page);
    await goTo(page, 'Audits');
    await auditRow(page, 'Brand promise audit 2026')
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete audit' }).click();
    await goTo(page, 'Scores');
    await expect(page.getByRole('heading', { name: 'No audit is open' })).toBeVisible();
    await page.getByRole('button', { name: 'Go to Audits' }).click();
    await expect(page.getByText('No audits yet.')).toBeVisible();
  });
});
