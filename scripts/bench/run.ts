// `npm run bench`: performance measured as ratios against a baseline taken in the same run,
// on the same machine, so the figures mean the same on a fast laptop and a slow CI box.
// Each case runs its work at the target size and at a small baseline size; a ratio near 1
// means the work does not grow with the data (virtualization, indexes), which is the target.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { auditFileText, auditWithPromises } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = path.join(root, 'bench/tmp');
const PORT = 5187;
const BASE = `http://127.0.0.1:${PORT}/`;

interface Result {
  case: string;
  baseline: number;
  target: number;
  baselineMs: number;
  targetMs: number;
  ratio: number;
  limit: number;
}

async function median(times: number, work: () => Promise<number>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await work());
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function openWithAudit(page: Page, file: string, name: string) {
  await page.goto(BASE);
  await page.locator('#root[data-app-state=ready]').waitFor();
  await page.keyboard.press('Control+1');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import audit file…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('status').filter({ hasText: name }).first().waitFor({ timeout: 120_000 });
}

/** Opens the register on an audit of `count` promises and times the grid's everyday work. */
async function registerTimings(count: number) {
  const name = `Bench ${count}`;
  const file = path.join(tmp, `promises-${count}.touchstone`);
  writeFileSync(file, auditFileText(auditWithPromises(count, name)));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openWithAudit(page, file, name);
    const counter = page.getByText(`${count} of ${count} promises`);

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
        .getByText(new RegExp(`^\\d+ of ${count} promises$`))
        .filter({ hasNotText: `${count} of ${count}` })
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

async function main() {
  mkdirSync(tmp, { recursive: true });
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'renderer/vite.config.ts',
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
      ...(process.env.BENCH_OUT_DIR ? ['--outDir', process.env.BENCH_OUT_DIR] : []),
    ],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  try {
    for (let i = 0; i < 60; i++) {
      if (
        await fetch(BASE)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const BASELINE = 50;
    const TARGET = 5000;
    const small = await registerTimings(BASELINE);
    const large = await registerTimings(TARGET);
    // Limits: work on a visible window of rows must not grow with the list; opening and
    // searching touch every row once, so they may grow, but stay within a few frames per row batch.
    const limits = { open: 8, navigate: 2, filter: 6, edit: 4 } as const;
    const results: Result[] = (Object.keys(limits) as (keyof typeof limits)[]).map((k) => ({
      case: `register ${k}`,
      baseline: BASELINE,
      target: TARGET,
      baselineMs: small[k],
      targetMs: large[k],
      ratio: Math.round((large[k] / Math.max(1, small[k])) * 100) / 100,
      limit: limits[k],
    }));
    console.table(results.map((r) => ({ ...r, ok: r.ratio <= r.limit ? 'yes' : 'NO' })));
    writeFileSync(
      path.join(tmp, 'results.json'),
      JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
    );
    if (results.some((r) => r.ratio > r.limit)) process.exitCode = 1;
  } finally {
    server.kill();
  }
}

await main();
