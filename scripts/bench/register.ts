// The register's everyday work at 5,000 promises against the same work at 50.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importThroughUi, launch, median, openApp, tmp } from './browser';
import { auditFileText, auditWithPromises } from './fixtures';
import { judge, type BenchResult } from './results';

/** Opens the register on an audit of `count` promises and times the grid's everyday work. */
export async function registerTimings(count: number) {
  const name = `Bench ${count}`;
  const file = path.join(tmp, `promises-${count}.touchstone`);
  writeFileSync(file, auditFileText(auditWithPromises(count, name)));
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page);
    await importThroughUi(page, file, name);
    const counter = page.getByText(`Promises: ${count} of ${count}`);

    const open = await median(3, async () => {
      await page.keyboard.press('Control+1');
      const start = Date.now();
      await page.keyboard.press('Control+2');
      await counter.waitFor();
      return Date.now() - start;
    });

    const grid = page.getByRole('grid', { name: 'Promises' });
    const navigate = await median(3, async () => {
      await grid.focus();
      await page.keyboard.press('Control+Home');
      const start = Date.now();
      for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
      await page.locator('.grid-row.current[aria-rowindex="42"]').waitFor();
      return Date.now() - start;
    });

    const search = page.getByRole('searchbox', { name: 'Search' });
    const filter = await median(3, async () => {
      await search.fill('');
      await counter.waitFor();
      const start = Date.now();
      await search.fill('queue');
      await page
        .getByText(new RegExp(`^Promises: \\d+ of ${count}$`))
        .filter({ hasNotText: `Promises: ${count} of ${count}` })
        .waitFor();
      return Date.now() - start;
    });
    await search.fill('');

    const edit = await median(3, async () => {
      await grid.focus();
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      const before = await page.locator('.grid-row.current .grid-cell.active').textContent();
      const next = before?.trim() === '4' ? '2' : '4';
      const start = Date.now();
      await page.keyboard.press(next);
      await page
        .locator('.grid-row.current .grid-cell.active', { hasText: new RegExp(`^${next}`) })
        .waitFor();
      return Date.now() - start;
    });
    return { open, navigate, filter, edit };
  } finally {
    await browser.close();
  }
}

/** The register at 5,000 promises against 50: work on visible rows must not grow with the list. */
export async function registerCases(): Promise<BenchResult[]> {
  const small = await registerTimings(50);
  const large = await registerTimings(5000);
  // Opening and searching touch every row once, so they may grow, within a few frames per batch.
  const limits = { open: 8, navigate: 2, filter: 6, edit: 4 } as const;
  return (Object.keys(limits) as (keyof typeof limits)[]).map((k) =>
    judge(`register ${k}, 5,000 promises`, large[k], small[k], '50 promises', {
      ratio: limits[k],
    }),
  );
}
