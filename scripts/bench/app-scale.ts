// The app at audit scale, in Chromium: importing the large audit file against a bare Dexie
// bulkAdd of the same records; opening the app on it to a usable Scores screen; scrolling
// its observation log with no long task; the renderer's peak heap; the log's everyday work.
// Each is measured against the same work on a small audit (or the bare write) in this run.
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  importThroughUi,
  launch,
  median,
  openApp,
  pageScript,
  reopenOn,
  root,
  sampleHeap,
} from './browser';
import { logTimings } from './log';
import { judge, type BenchResult } from './results';

/** What page-probes.js puts on the page's window (globalThis inside page.evaluate). */
export interface Probes {
  benchScoresAt: number | undefined;
  benchScrollLongest: (selector: string, steps: number) => Promise<number>;
  benchFileInput: (id: string) => void;
  benchRunBareImport: (id: string) => Promise<number>;
}

export interface BenchAudit {
  file: string;
  id: string;
  name: string;
  observations: number;
}

/** Writes the file's records the bare way in the page; returns the milliseconds of the write. */
async function bareImport(page: Page, file: string): Promise<number> {
  await page.addScriptTag({ content: await pageScript('bare-import.mjs') });
  await page.evaluate(() => (globalThis as unknown as Probes).benchFileInput('bench-bare-file'));
  await page.setInputFiles('#bench-bare-file', file);
  return page.evaluate(() =>
    (globalThis as unknown as Probes).benchRunBareImport('bench-bare-file'),
  );
}

/**
 * Milliseconds from navigation to a Scores screen showing the audit's scores. The app goes
 * on reading the evidence behind them; the next opening waits until it has, as a person's
 * next start of the app would, rather than queue behind the read a reload left running.
 */
async function openToScores(page: Page, audit: BenchAudit): Promise<number> {
  await reopenOn(page, audit.id, 'scores');
  await page.waitForFunction(() => (globalThis as unknown as Probes).benchScoresAt !== undefined);
  const shown = await page.evaluate(() => (globalThis as unknown as Probes).benchScoresAt ?? NaN);
  await page.locator('section.scores[data-evidence="read"]').waitFor();
  return shown;
}

/** Opens the log of the audit shown and waits for every row to be counted. */
async function showLog(page: Page, audit: BenchAudit) {
  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Observation log' }).click();
  const total = audit.observations.toLocaleString('en-US');
  await page.getByText(`${total} of ${total} observations`).waitFor();
}

/** Runs every in-app case on a small and a large audit; returns their results. */
export async function appScaleCases(small: BenchAudit, large: BenchAudit): Promise<BenchResult[]> {
  const browser = await launch();
  const results: BenchResult[] = [];
  try {
    // The bare import is injected as a script, which the app's strict CSP would refuse.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    await context.addInitScript({ path: path.join(root, 'scripts/bench/page-probes.js') });
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);

    await openApp(page);
    const bare = await bareImport(page, large.file);
    console.log(`  bare bulkAdd of the large audit: ${Math.round(bare)} ms`);
    await openApp(page);
    await importThroughUi(page, small.file, small.name);
    const imported = await importThroughUi(page, large.file, large.name);
    console.log(`  import of the large audit through the app: ${imported} ms`);
    const n = large.observations.toLocaleString('en-US');
    results.push(
      judge(`import audit file, ${n} observations`, imported, bare, 'bare Dexie bulkAdd', {
        ratio: 1.5,
      }),
    );

    const scale = async (audit: BenchAudit) => {
      await reopenOn(page, audit.id, 'audits');
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.detach();
      const heap = await sampleHeap(page);
      const open = await median(3, () => openToScores(page, audit));
      await showLog(page, audit);
      const longest = await page.evaluate(
        (n) => (globalThis as unknown as Probes).benchScrollLongest('.log-grid .grid-scroll', n),
        300,
      );
      const peak = await heap.stop();
      const log = await logTimings(page, audit.observations);
      console.log(`  ${audit.name}:`, JSON.stringify({ open, longest, peak, log }));
      return { open, longest, peak, log };
    };
    const base = await scale(small);
    const big = await scale(large);
    const s = small.observations.toLocaleString('en-US');
    const baseOf = `${s} observations`;
    results.push(
      judge(`open app to usable Scores, ${n} observations`, big.open, base.open, baseOf, {
        under: 2000,
      }),
      // Chromium reports tasks over 50 ms only: 0 is "none that long".
      judge(
        `longest task scrolling the log, ${n}`,
        big.longest,
        base.longest,
        `${baseOf}; 0 = none over 50 ms`,
        { under: 100 },
      ),
      judge(
        `peak renderer heap, ${n} observations`,
        big.peak,
        base.peak,
        baseOf,
        { under: 400 },
        'MB',
      ),
    );
    // The log's work on visible rows must not grow with the data; passes over every row
    // (filtering, re-sorting after an edit) may grow, but far less than the data does.
    const limits = { open: 12, navigate: 2, filter: 6, byMethod: 6, edit: 12 } as const;
    for (const k of Object.keys(limits) as (keyof typeof limits)[])
      results.push(judge(`log ${k}, ${n}`, big.log[k], base.log[k], baseOf, { ratio: limits[k] }));
    await context.close();
  } finally {
    await browser.close();
  }
  return results;
}
