import path from 'node:path';

/**
 * Which Chromium the end-to-end tests drive, on any machine: the one CHROMIUM_PATH names,
 * Debian's Chromium, an installed Google Chrome or Microsoft Edge through Playwright's
 * channels, or Playwright's own Chromium where `npx playwright install chromium` put it. Where
 * none is found, one sentence says what to install, and no test runs.
 */

/** How to launch the browser found: a path, a Playwright channel, or Playwright's own. */
export interface BrowserFound {
  /** What was found, for the line the run prints. */
  label: string;
  launch: { executablePath?: string; channel?: 'chrome' | 'msedge' };
}
export type BrowserSearch = BrowserFound | { missing: string };

/** What the search looks at, passed in so that it is tested on every platform. */
export interface BrowserSearchHost {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists(file: string): boolean;
  /** Where Playwright's own Chromium is, installed or not (chromium.executablePath()). */
  playwrightChromium(): string | null;
}

// Where Playwright's channels look for Chrome and Edge (playwright-core's registry, which
// joins the Windows paths to LOCALAPPDATA, PROGRAMFILES and PROGRAMFILES(X86)).
const CHANNELS = {
  chrome: {
    label: 'Google Chrome',
    linux: ['/opt/google/chrome/chrome'],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    win32: ['Google\\Chrome\\Application\\chrome.exe'],
  },
  msedge: {
    label: 'Microsoft Edge',
    linux: ['/opt/microsoft/msedge/msedge'],
    darwin: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    win32: ['Microsoft\\Edge\\Application\\msedge.exe'],
  },
} as const;

/** Debian's and Ubuntu's Chromium, where their packages put it. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

function channelPaths(channel: keyof typeof CHANNELS, host: BrowserSearchHost): string[] {
  if (host.platform === 'win32') {
    const roots = [host.env.LOCALAPPDATA, host.env.PROGRAMFILES, host.env['PROGRAMFILES(X86)']];
    return roots
      .filter((r): r is string => Boolean(r))
      .flatMap((root) => CHANNELS[channel].win32.map((p) => path.win32.join(root, p)));
  }
  if (host.platform === 'darwin') return [...CHANNELS[channel].darwin];
  if (host.platform === 'linux') return [...CHANNELS[channel].linux];
  return [];
}

/** The sentence that stops the run: what to install on this system. */
export function noBrowserSentence(platform: NodeJS.Platform): string {
  const chromium =
    platform === 'linux' ? 'Chromium (Debian or Ubuntu: sudo apt install chromium), ' : '';
  return `No browser for the end-to-end tests: install ${chromium}Google Chrome or Microsoft Edge, or run \`npx playwright install chromium\`, or set CHROMIUM_PATH to a Chromium or Chrome.`;
}

/** Finds the browser the end-to-end tests run in, in the order above. */
export function findE2eBrowser(host: BrowserSearchHost): BrowserSearch {
  const asked = host.env.CHROMIUM_PATH;
  if (asked) {
    return host.exists(asked)
      ? { label: `CHROMIUM_PATH (${asked})`, launch: { executablePath: asked } }
      : {
          missing: `CHROMIUM_PATH names ${asked}, which does not exist: point it to a Chromium or Chrome, or unset it.`,
        };
  }
  if (host.platform === 'linux') {
    const system = SYSTEM_CHROMIUM.find((p) => host.exists(p));
    if (system) return { label: `Chromium (${system})`, launch: { executablePath: system } };
  }
  for (const channel of ['chrome', 'msedge'] as const) {
    const found = channelPaths(channel, host).find((p) => host.exists(p));
    if (found) return { label: `${CHANNELS[channel].label} (${found})`, launch: { channel } };
  }
  const own = host.playwrightChromium();
  if (own && host.exists(own)) return { label: `Playwright's Chromium (${own})`, launch: {} };
  return { missing: noBrowserSentence(host.platform) };
}
