import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { generateAuditOf, SIZES } from '../../scripts/synthetic/generate';
import { auditRow, goTo } from './support/app';
import { chromium, expect, fixClock, NOW, test, type Page, type TestInfo } from './support/test';

// A full disk, met for real: Chromium's profile lies on a small file system of its own, and the
// import's write fills it. The import says the storage is full (not the browser's words about
// a finished transaction), and the store is as it was. (Chromium's quota override over the
// DevTools protocol does not bind IndexedDB's writes, so a real small disk it is.)

const LARGE = 'Synthetic audit, 30,000 observations';
const STORAGE_FULL =
  'Storage is full: the last change was not saved, and nothing saved before it was touched.';

/** An audit file of 30,000 observations (some 19 MB), written into the test's folder. */
function largeAuditFile(testInfo: TestInfo): string {
  const bundle = generateAuditOf({ ...SIZES.large, observations: 30_000, visits: 300 }, 5, LARGE);
  const path = testInfo.outputPath('large.touchstone');
  writeFileSync(path, serializeAuditFile(bundle, 'test', NOW));
  return path;
}

/** Imports `path`, which does not fit, and checks what the person sees and what is kept. */
async function importIntoFullStore(page: Page, path: string) {
  await goTo(page, 'Audits');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import audit file…' }).click();
  await (await chooser).setFiles(path);
  const alert = page.getByRole('alert').filter({ hasText: STORAGE_FULL });
  await expect(alert.first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'transaction' })).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /Importing/ })).toBeHidden();
  await expect(rows).toHaveCount(2);
  await expect(auditRow(page, LARGE)).toHaveCount(0);
  // The store is as it was: a reload finds the same audits, the sample audit whole.
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready', {
    timeout: 60_000,
  });
  await goTo(page, 'Audits');
  await expect(rows).toHaveCount(2);
  await expect(auditRow(page, 'Brand promise audit 2026').getByRole('cell').nth(5)).toHaveText(
    '353',
  );
}

test.describe('a full disk', () => {
  test.setTimeout(240_000);

  test('an import onto a profile whose file system fills says the storage is full and keeps nothing', async ({
    baseURL,
  }, testInfo) => {
    const executable = testInfo.project.use.launchOptions?.executablePath;
    test.skip(
      !executable || !canMountSmallDisk(),
      'A small file system for the profile needs Linux user namespaces (unshare) and a Chromium path',
    );
    const path = largeAuditFile(testInfo);
    const profile = testInfo.outputPath('profile');
    mkdirSync(profile, { recursive: true });
    // Chromium runs in a mount namespace of its own, its profile on a 40 MB tmpfs.
    const wrapper = testInfo.outputPath('small-disk-chromium.sh');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec unshare -rm sh -c 'mount -t tmpfs -o size=40m tmpfs "$0" && exe="$1" && shift && exec "$exe" "$@"' "${profile}" "${executable}" "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    const context = await chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      executablePath: wrapper,
      baseURL,
      viewport: { width: 1280, height: 800 },
    });
    try {
      await fixClock(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
      await importIntoFullStore(page, path);
    } finally {
      await context.close();
    }
  });
});

/** Whether this machine lets an unprivileged process mount a tmpfs in a namespace of its own. */
function canMountSmallDisk(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    execFileSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}
