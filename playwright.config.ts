import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { findE2eBrowser } from './test/e2e/support/browser';

// Drives the built renderer (out/renderer) through the browser implementation of the desktop
// API, in the Chromium this machine has (test/e2e/support/browser.ts): CHROMIUM_PATH, Debian's
// Chromium, Google Chrome or Microsoft Edge, or Playwright's own. `npm run test:e2e` builds it
// first. E2E_PORT and E2E_OUT_DIR let a second build be tested beside the first.
const port = Number(process.env.E2E_PORT ?? 5179);
const outDir = process.env.E2E_OUT_DIR ? ` --outDir ${process.env.E2E_OUT_DIR}` : '';

const browser = findE2eBrowser({
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  playwrightChromium: () => {
    try {
      return chromium.executablePath();
    } catch {
      return null;
    }
  },
});
if ('missing' in browser) {
  // One sentence saying what to install, before the server starts or any test runs.
  process.stderr.write(`${browser.missing}\n`);
  process.exit(1);
}
// Said once, by the runner (its workers load this file too).
if (process.env.TEST_WORKER_INDEX === undefined)
  process.stdout.write(`End-to-end tests in ${browser.label}\n`);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      ...browser.launch,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --port ${port} --strictPort --host 127.0.0.1${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
