import { describe, expect, it } from 'vitest';
import { findE2eBrowser, noBrowserSentence, type BrowserSearchHost } from '../e2e/support/browser';

/** A machine with these files, on this platform. */
function machine(
  platform: NodeJS.Platform,
  files: string[],
  env: Record<string, string> = {},
  own: string | null = '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome',
): BrowserSearchHost {
  return { platform, env, exists: (f) => files.includes(f), playwrightChromium: () => own };
}

const WINDOWS_ENV = {
  LOCALAPPDATA: 'C:\\Users\\ola\\AppData\\Local',
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
};

describe('the browser of the end-to-end tests', () => {
  it('is the one CHROMIUM_PATH names, first of all', () => {
    expect(
      findE2eBrowser(
        machine('linux', ['/usr/bin/chromium', '/opt/c'], { CHROMIUM_PATH: '/opt/c' }),
      ),
    ).toEqual({ label: 'CHROMIUM_PATH (/opt/c)', launch: { executablePath: '/opt/c' } });
    expect(
      findE2eBrowser(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/none' })),
    ).toEqual({
      missing:
        'CHROMIUM_PATH names /opt/none, which does not exist: point it to a Chromium or Chrome, or unset it.',
    });
  });

  it('is Debian’s Chromium on Linux, as CI installs it', () => {
    expect(
      findE2eBrowser(machine('linux', ['/usr/bin/chromium', '/opt/google/chrome/chrome'])),
    ).toEqual({
      label: 'Chromium (/usr/bin/chromium)',
      launch: { executablePath: '/usr/bin/chromium' },
    });
    expect(findE2eBrowser(machine('linux', ['/snap/bin/chromium']))).toMatchObject({
      launch: { executablePath: '/snap/bin/chromium' },
    });
  });

  it('is an installed Chrome or Edge, through Playwright’s channels, on a Mac or Windows', () => {
    expect(
      findE2eBrowser(
        machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']),
      ),
    ).toEqual({
      label: 'Google Chrome (/Applications/Google Chrome.app/Contents/MacOS/Google Chrome)',
      launch: { channel: 'chrome' },
    });
    expect(
      findE2eBrowser(
        machine(
          'win32',
          ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
          WINDOWS_ENV,
        ),
      ),
    ).toEqual({
      label: 'Microsoft Edge (C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe)',
      launch: { channel: 'msedge' },
    });
    expect(
      findE2eBrowser(
        machine(
          'win32',
          ['C:\\Users\\ola\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
          WINDOWS_ENV,
        ),
      ),
    ).toMatchObject({ launch: { channel: 'chrome' } });
  });

  it('is Playwright’s own Chromium where it was installed', () => {
    const own = '/Users/ola/Library/Caches/ms-playwright/chromium-1200/chrome-mac/Chromium';
    expect(findE2eBrowser(machine('darwin', [own], {}, own))).toEqual({
      label: `Playwright's Chromium (${own})`,
      launch: {},
    });
  });

  it('where there is none, is one sentence saying what to install on that system', () => {
    expect(findE2eBrowser(machine('darwin', []))).toEqual({ missing: noBrowserSentence('darwin') });
    expect(findE2eBrowser(machine('win32', [], WINDOWS_ENV, null))).toEqual({
      missing: noBrowserSentence('win32'),
    });
    expect(noBrowserSentence('darwin')).toBe(
      'No browser for the end-to-end tests: install Google Chrome or Microsoft Edge, or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome.',
    );
    expect(noBrowserSentence('linux')).toContain('sudo apt install chromium');
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      expect(noBrowserSentence(platform).match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});
