import { writeFileSync } from 'node:fs';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { generateAuditOf, SIZES } from '../../scripts/synthetic/generate';
import { auditRow, goTo, openApp } from './support/app';
import { expect, NOW, test, type CDPSession, type Page, type TestInfo } from './support/test';

// Long work seen from the window: a large import says what it is doing and how far along it
// is, Cancel stops it while nothing is written, and a reload during its writing starts on a
// screen that says what the app waits for.

const LARGE = 'Synthetic audit, 30,000 observations';

/** An audit file of 30,000 observations (some 19 MB), written into the test's folder. */
function largeAuditFile(testInfo: TestInfo): string {
  const bundle = generateAuditOf({ ...SIZES.large, observations: 30_000, visits: 300 }, 5, LARGE);
  const path = testInfo.outputPath('large.touchstone');
  writeFileSync(path, serializeAuditFile(bundle, 'test', NOW));
  return path;
}

/** Picks `path` in the Import dialog. */
async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import audit file…' }).click();
  await (await chooser).setFiles(path);
}

/** Slows the page's processor, so that each step lasts long enough to be seen and acted on. */
async function slowDown(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

test.describe('long work', () => {
  test.setTimeout(180_000);

  test('a large import shows its progress, and Cancel while checking imports nothing', async ({
    page,
  }, testInfo) => {
    const path = largeAuditFile(testInfo);
    await openApp(page);
    await goTo(page, 'Audits');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
    // Slow enough that checking lasts some seconds: Cancel is pressed while it runs.
    const cdp = await slowDown(page, 20);
    await importFile(page, path);

    const dialog = page.getByRole('dialog', { name: 'Importing “large.touchstone”' });
    await expect(dialog.locator('[data-work-step="check"]')).toBeVisible({ timeout: 60_000 });
    // From the keyboard (the button has the focus): a mouse click waits for the page to be
    // still, which a processor slowed this much is not until the checking is over.
    await dialog.getByRole('button', { name: 'Cancel' }).press('Enter');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // Heard after the slice of records being checked, which the slowed processor takes a while over.
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(
      page.getByRole('status').filter({ hasText: 'Import cancelled: nothing was imported.' }),
    ).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(auditRow(page, LARGE)).toHaveCount(0);
    // Nothing was half written either: a reload finds the same two audits.
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    await goTo(page, 'Audits');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  });

  test('once writing began, Cancel is off and says why, and the audit comes in whole', async ({
    page,
  }, testInfo) => {
    const path = largeAuditFile(testInfo);
    await openApp(page);
    await goTo(page, 'Audits');
    // Slow while checking, so that what it says can be read; faster once that is seen.
    const cdp = await slowDown(page, 20);
    await importFile(page, path);

    const dialog = page.getByRole('dialog', { name: 'Importing “large.touchstone”' });
    await expect(dialog.locator('[data-work-step="check"]')).toBeVisible({ timeout: 60_000 });
    await expect(
      dialog.getByText(/^Checking its records\s*[\d,]+ of 3\d,\d{3} records$/),
    ).toBeVisible();
    await expect(
      dialog.getByText('Nothing has been written yet: Cancel stops here.'),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await expect(dialog.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('progress-check.png') });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    await expect(dialog.locator('[data-work-step="write"]')).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByText(/^Writing the audit/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await expect(dialog.getByText(/can no longer be cancelled/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('progress-write.png') });
    await expect(page.getByRole('status').filter({ hasText: `Imported “${LARGE}”.` })).toBeVisible({
      timeout: 120_000,
    });
    await expect(dialog).toBeHidden();
    await expect(auditRow(page, LARGE).getByRole('cell').nth(5)).toHaveText('30,000');
  });

  test('a reload while an import writes starts on a screen naming what it waits for', async ({
    page,
  }, testInfo) => {
    const path = largeAuditFile(testInfo);
    // What the start screen said, and when (ms since the page began to load, on the document's
    // timeline: the test's fixed clock moves performance.now), from the first moment of each
    // page. Plain JavaScript: it runs in the page, and this project has no DOM types.
    await page.addInitScript({
      content: `window.startSeen = [];
      new MutationObserver(() => {
        const text = document.querySelector('.start-text')?.textContent;
        const at = Number(document.timeline.currentTime);
        if (text && window.startSeen.at(-1)?.text !== text) window.startSeen.push({ at, text });
      }).observe(document, { subtree: true, childList: true, characterData: true });`,
    });
    await openApp(page);
    await goTo(page, 'Audits');
    const cdp = await slowDown(page, 4);
    await importFile(page, path);
    const dialog = page.getByRole('dialog', { name: 'Importing “large.touchstone”' });
    await expect(dialog.locator('[data-work-step="write"]')).toBeVisible({ timeout: 60_000 });

    // The new page starts at full speed, as a window reopened would.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.reload({ waitUntil: 'commit' });

    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready', {
      timeout: 120_000,
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'Touchstone closed while it was importing' }),
    ).toContainText('“large.touchstone”');
    const seen = await page.evaluate(
      () => (globalThis as unknown as { startSeen: { at: number; text: string }[] }).startSeen,
    );
    expect(seen[0]).toEqual({
      at: expect.any(Number),
      text: 'Finishing the import of “large.touchstone” that was under way when Touchstone closed…',
    });
    expect(seen[0]!.at).toBeLessThan(1000);
    // The write cut short was kept whole or not at all.
    await goTo(page, 'Audits');
    const rows = await page.getByRole('table').getByRole('row').count();
    if (rows === 3)
      await expect(auditRow(page, LARGE).getByRole('cell').nth(5)).toHaveText('30,000');
    else expect(rows).toBe(2);
    // The next start has nothing left to finish.
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    await expect(
      page.getByRole('status').filter({ hasText: 'Touchstone closed while' }),
    ).toHaveCount(0);
  });
});
