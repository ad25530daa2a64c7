import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './support/test';
import { auditRow, goTo, openApp } from './support/app';

/**
 * Nothing lost, nobody let in, as a person sees it: an edit survives a reload made the
 * moment it is saved; a backup restores over the audit (in the desktop app, from its
 * backups folder; in a browser, from a downloaded file); a damaged or hostile file is
 * refused with the reason and the audit stays as it was.
 */

const grid = (page: Page) => page.getByRole('grid', { name: 'Promises' });
const saved = (page: Page) => page.getByText('All changes saved');

/** Appends text to the first promise's statement from the keyboard, saving with Enter. */
async function editFirstStatement(page: Page, suffix: string, commit = true) {
  await grid(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(suffix);
  if (commit) await page.keyboard.press('Enter');
}

/** How many promises of the open audit the register's search finds for a text. */
async function promisesMatching(page: Page, text: string) {
  await page.keyboard.press('Control+2');
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
  const count = page.getByText(/^Promises: \d+ of 47$/);
  await expect(count).toBeVisible();
  const n = Number((await count.textContent())?.split(' ')[1]);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  return n;
}

/**
 * The desktop app's API as the preload gives it, with the backups folder in memory: the
 * renderer takes its Electron path (automatic backups, the list, restore from the folder).
 */
function fakeDesktopApp(page: Page) {
  return page.addInitScript(() => {
    const backups: { entry: Record<string, unknown>; data: Uint8Array }[] = [];
    let clock = Date.parse('2026-05-04T09:00:00Z');
    (globalThis as unknown as { touchstone: unknown }).touchstone = {
      kind: 'electron',
      appInfo: async () => ({
        name: 'Touchstone',
        version: 'e2e',
        platform: 'linux',
        locale: 'en-GB',
      }),
      saveFile: async () => ({ saved: false }),
      openFile: async () => null,
      writeBackup: async ({
        auditId,
        label,
        data,
      }: {
        auditId: string;
        label: string;
        data: Uint8Array;
      }) => {
        clock += 60_000;
        const createdAt = new Date(clock).toISOString();
        const entry = {
          fileName: `${createdAt}_${auditId}.touchstone`,
          auditId,
          label,
          createdAt,
          size: data.byteLength,
        };
        backups.unshift({ entry, data });
        return entry;
      },
      listBackups: async () => backups.map((b) => b.entry),
      readBackup: async (fileName: string) => {
        const found = backups.find((b) => b.entry.fileName === fileName);
        if (!found) throw new Error(`No backup ${fileName}`);
        return found.data;
      },
      setLanguage: async () => undefined,
      onMenuCommand: () => () => undefined,
      onBeforeQuit: () => () => undefined,
      onOpenFiles: () => () => undefined,
    };
  });
}

test.describe('nothing lost', () => {
  test('an edit is kept through a reload made as soon as it is saved; the field being typed is all a reload loses', async ({
    page,
  }) => {
    await openApp(page);
    await expect(saved(page)).toBeVisible();
    await editFirstStatement(page, ' (kept)');
    await expect(saved(page)).toBeVisible();
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    expect(await promisesMatching(page, '(kept)')).toBe(1);

    // Typing without leaving the field, then a reload: that field is all that is lost.
    await editFirstStatement(page, ' (second)');
    await expect(saved(page)).toBeVisible();
    await editFirstStatement(page, ' (half-typed)', false);
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    expect(await promisesMatching(page, '(second)')).toBe(1);
    expect(await promisesMatching(page, '(kept)')).toBe(1);
    expect(await promisesMatching(page, '(half-typed)')).toBe(0);
  });

  test('in the desktop app, a backup from the backups folder restores over the audit, or beside it', async ({
    page,
  }) => {
    await fakeDesktopApp(page);
    await openApp(page);
    await goTo(page, 'Audits');
    const backups = page.getByRole('region', { name: 'Backups' });
    await expect(backups).toContainText('every 5 minutes and when you quit');
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Backed up 1 audit.' })).toBeVisible();
    const list = backups.getByRole('table', { name: 'Backups, newest first' });
    await expect(list.getByRole('row')).toHaveCount(2);
    await expect(list.getByRole('row').nth(1)).toContainText('Brand promise audit 2026');

    await page.keyboard.press('Control+2');
    await editFirstStatement(page, ' (after the backup)');
    await expect(saved(page)).toBeVisible();
    expect(await promisesMatching(page, '(after the backup)')).toBe(1);

    await goTo(page, 'Audits');
    await list
      .getByRole('button', { name: /^Restore the backup of Brand promise audit 2026/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
    await expect(dialog).toContainText('47 promises');
    await page.screenshot({ path: test.info().outputPath('restore-dialog.png') });
    await dialog.getByRole('button', { name: /^Replace “Brand promise audit 2026/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Replaced “Brand promise audit 2026/ }),
    ).toBeVisible();
    await expect(dialog).toBeHidden();
    // The audit as it was before the restore was backed up first.
    await expect(list.getByRole('row')).toHaveCount(3);
    await page.screenshot({ path: test.info().outputPath('backups-panel.png'), fullPage: true });
    expect(await promisesMatching(page, '(after the backup)')).toBe(0);

    // The backup written just before the restore holds the edit: restore it beside the audit.
    await goTo(page, 'Audits');
    await list
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Restore the backup/ })
      .click();
    await dialog.getByRole('button', { name: 'Restore as a new audit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Restored the backup as/ }),
    ).toBeVisible();
    await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('complementary')).toContainText('(restored from');
    expect(await promisesMatching(page, '(after the backup)')).toBe(1);
  });

  test('in a browser, a downloaded backup restores over the audit from its file', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await goTo(page, 'Audits');
    const backups = page.getByRole('region', { name: 'Backups' });
    await expect(backups).toContainText('In a browser Touchstone has no folder of its own');
    const download = page.waitForEvent('download');
    await backups
      .getByRole('button', { name: /^Download a backup of “Brand promise audit 2026/ })
      .click();
    const file = testInfo.outputPath('backup.touchstone');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'touchstone-audit' });

    await page.keyboard.press('Control+2');
    await editFirstStatement(page, ' (not in the backup)');
    await expect(saved(page)).toBeVisible();

    await goTo(page, 'Audits');
    const chooser = page.waitForEvent('filechooser');
    await backups.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await chooser).setFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
    await expect(dialog).toContainText('From the file “backup.touchstone”.');
    await expect(dialog).toContainText('is downloaded first');
    const before = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Replace/ }).click();
    // The audit as it is now is downloaded before it is replaced.
    const safety = testInfo.outputPath('before-restore.touchstone');
    await (await before).saveAs(safety);
    expect(readFileSync(safety, 'utf8')).toContain('(not in the backup)');
    await expect(page.getByRole('status').filter({ hasText: /^Replaced/ })).toBeVisible();
    expect(await promisesMatching(page, '(not in the backup)')).toBe(0);
  });
});

test.describe('nobody let in', () => {
  test('a damaged file is refused with the reason, and the open audit is unchanged', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await editFirstStatement(page, ' (mine)');
    await expect(saved(page)).toBeVisible();
    await goTo(page, 'Audits');
    const files: [string, string, RegExp][] = [
      [
        'cut-short.touchstone',
        '{"format":"touchstone-audit","version":1,"audit":{"name":"x"',
        /Audit file: is not valid JSON/,
      ],
      [
        'deep.tspack',
        `{"format":"touchstone-field-pack","version":1,"x":${'['.repeat(20000)}${']'.repeat(20000)}}`,
        /Field pack: nests more than 64 levels deep/,
      ],
      ['notes.touchstone', '\uFEFF{"hello": "world"}', /The file: is not a Touchstone file/],
    ];
    for (const [name, content, reason] of files) {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import audit file…' }).click();
      await (await chooser).setFiles(path);
      await expect(page.getByRole('alert').filter({ hasText: reason })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: reason })).toContainText(
        'Nothing was imported.',
      );
    }
    const utf16 = testInfo.outputPath('utf16.touchstone');
    writeFileSync(utf16, Buffer.from(`\uFEFF{"format":"touchstone-audit"}`, 'utf16le'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import audit file…' }).click();
    await (await chooser).setFiles(utf16);
    await expect(
      page.getByRole('alert').filter({ hasText: 'is UTF-16 text; Touchstone files are UTF-8' }),
    ).toBeVisible();

    await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath('refused.png') });
    expect(await promisesMatching(page, '(mine)')).toBe(1);
  });

  test('text from a file is shown as text, never run as HTML', async ({ page }, testInfo) => {
    await openApp(page);
    await goTo(page, 'Audits');
    const download = page.waitForEvent('download');
    await auditRow(page, 'Brand promise audit 2026')
      .getByRole('button', { name: 'Export file' })
      .click();
    const exported = testInfo.outputPath('audit.touchstone');
    await (await download).saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8')) as { audit: { name: string } };
    file.audit.name = '<img src=x onerror="document.body.dataset.owned=1">Hostile';
    const hostile = testInfo.outputPath('hostile.touchstone');
    writeFileSync(hostile, JSON.stringify(file));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import audit file…' }).click();
    await (await chooser).setFiles(hostile);
    await expect(auditRow(page, `${file.audit.name} (copy)`)).toBeVisible();
    await expect(page.locator('main img')).toHaveCount(0);
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } })
            .document.body.dataset.owned,
      ),
    ).toBeUndefined();
  });
});
