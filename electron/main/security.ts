import type { WebPreferences } from 'electron';

/**
 * The window-security decisions of Electron's checklist, each a small pure function so that
 * it is unit-tested without Electron. `harden.ts` wires them to the real events.
 */

/** The web preferences of every Touchstone window: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    // A middle click on a link would ask for a new window (denied anyway): turn it off.
    disableBlinkFeatures: 'Auxclick',
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a URL is the app's own page: the same file as the entry page, whatever its hash or
 * query (the renderer keeps its screen in neither, but a reload must not be refused).
 */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  const target = parse(url);
  const entry = parse(appEntryUrl);
  if (!target || !entry) return false;
  return (
    target.protocol === entry.protocol &&
    target.host === entry.host &&
    target.pathname === entry.pathname
  );
}

/** A window may only ever show the app's own page; every other navigation is cancelled. */
export function isNavigationAllowed(url: string, appEntryUrl: string): boolean {
  return isAppUrl(url, appEntryUrl);
}

/**
 * The URL to hand to the operating system's browser, or null when it must not be opened:
 * only well-formed https: URLs without credentials go out.
 */
export function externalUrlToOpen(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}

/** New windows are always denied; an https: link goes to the system browser instead. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalUrlToOpen(url) };
}

/** Only the app's own page may call the main process. */
export function isTrustedSender(frameUrl: string | undefined, appEntryUrl: string): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, appEntryUrl);
}

/** Touchstone needs no camera, microphone, location, notifications or anything else: all refused. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
