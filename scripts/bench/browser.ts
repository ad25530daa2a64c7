// What the Chromium benchmarks share: the preview server, the browser, opening the app on
// an audit, and reading the renderer's heap.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { medianOf } from './results';

export const root = path.resolve(import.meta.dirname, '../..');
export const tmp = path.join(root, 'bench/tmp');
const PORT = Number(process.env.BENCH_PORT ?? 5187);
export const BASE = `http://127.0.0.1:${PORT}/`;

/** Serves the built renderer (out/renderer, or BENCH_OUT_DIR) and waits until it answers. */
export async function startServer(): Promise<ChildProcess> {
  // Vite's own entry under this Node, not npx: killing npx would leave the server running.
  const server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
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
    { cwd: root, stdio: 'ignore' },
  );
  for (let i = 0; i < 60; i++) {
    if (
      await fetch(BASE)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error(`The preview server did not answer on ${BASE}`);
}

/** A script of scripts/bench bundled for the page (esbuild, one IIFE), to inject. */
export async function pageScript(file: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(root, 'scripts/bench', file)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Debian's Chromium, with the heap figures unrounded. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  });
}

/** The median of `times` runs of `work`, which returns its own duration. */
export async function median(times: number, work: () => Promise<number>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await work());
  return medianOf(samples);
}

/** Opens the app and waits until its store is open. */
export async function openApp(page: Page): Promise<void> {
  await page.goto(BASE);
  await page.locator('#root[data-app-state=ready]').waitFor();
}

/** Imports an audit file through the Audits screen, as a person does; returns the milliseconds. */
export async function importThroughUi(page: Page, file: string, name: string): Promise<number> {
  await page.keyboard.press('Control+1');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import audit file…' }).click();
  const start = Date.now();
  await (await chooser).setFiles(file);
  await page.getByRole('status').filter({ hasText: name }).first().waitFor({ timeout: 600_000 });
  return Date.now() - start;
}

/** Opens the app afresh on the given audit and screen, as after a restart. */
export async function reopenOn(page: Page, auditId: string, screen: string): Promise<void> {
  await page.evaluate(
    ([id, s]) => {
      localStorage.setItem('touchstone.currentAuditId', id!);
      localStorage.setItem('touchstone.screen', s!);
    },
    [auditId, screen],
  );
  await openApp(page);
}

/** The renderer's JavaScript heap in use, in MB (CDP Performance.getMetrics). */
export async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return used / 1024 / 1024;
}

/** Samples the heap every 200 ms until stopped; returns the peak seen, in MB. */
export async function sampleHeap(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await heapMb(cdp).catch(() => 0));
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return {
    async stop(): Promise<number> {
      running = false;
      await loop;
      peak = Math.max(peak, await heapMb(cdp).catch(() => 0));
      await cdp.detach().catch(() => undefined);
      return peak;
    },
  };
}
