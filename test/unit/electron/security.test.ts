import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenSession, hardenWebContents } from '../../../electron/main/harden';
import {
  externalUrlToOpen,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  secureWebPreferences,
  windowOpenDecision,
} from '../../../electron/main/security';
import { APP_ENTRY_URL } from '../../../electron/main/protocol';

// The app's page, served from its own scheme (protocol.ts).
const entry = APP_ENTRY_URL;

describe('window security', () => {
  it('isolates and sandboxes every window, without Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('allows navigation only to the app page itself', () => {
    expect(isNavigationAllowed(entry, entry)).toBe(true);
    expect(isNavigationAllowed(`${entry}#register`, entry)).toBe(true);
    expect(isNavigationAllowed('file:///etc/passwd', entry)).toBe(false);
    expect(isNavigationAllowed('app://touchstone/other.html', entry)).toBe(false);
    expect(isNavigationAllowed('app://other/index.html', entry)).toBe(false);
    // The page on disk is not the app's page: only its own origin is.
    expect(
      isNavigationAllowed(
        'file:///opt/Touchstone/resources/app.asar/out/renderer/index.html',
        entry,
      ),
    ).toBe(false);
    expect(isNavigationAllowed('https://example.com/', entry)).toBe(false);
    expect(isNavigationAllowed('http://localhost:5178/index.html', entry)).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', entry)).toBe(false);
    expect(isNavigationAllowed('not a url', entry)).toBe(false);
  });

  it('opens only plain https URLs in the system browser', () => {
    expect(externalUrlToOpen('https://example.com/help?q=1')).toBe('https://example.com/help?q=1');
    expect(externalUrlToOpen('http://example.com/')).toBeNull();
    expect(externalUrlToOpen('file:///etc/passwd')).toBeNull();
    expect(externalUrlToOpen('javascript:alert(1)')).toBeNull();
    expect(externalUrlToOpen('smb://server/share')).toBeNull();
    expect(externalUrlToOpen('https://user:secret@example.com/')).toBeNull();
    expect(externalUrlToOpen('https//missing-colon')).toBeNull();
    expect(externalUrlToOpen('')).toBeNull();
  });

  it('denies every new window, passing https links to the system browser', () => {
    expect(windowOpenDecision('https://example.com/')).toEqual({
      action: 'deny',
      openExternally: 'https://example.com/',
    });
    expect(windowOpenDecision('file:///etc/passwd')).toEqual({
      action: 'deny',
      openExternally: null,
    });
    expect(windowOpenDecision(entry)).toEqual({ action: 'deny', openExternally: null });
  });

  it('trusts IPC only from the app page', () => {
    expect(isTrustedSender(entry, entry)).toBe(true);
    expect(isTrustedSender('https://evil.example/', entry)).toBe(false);
    expect(isTrustedSender(undefined, entry)).toBe(false);
    expect(isTrustedSender('about:blank', entry)).toBe(false);
    expect(isTrustedSender('file:///opt/Touchstone/out/renderer/index.html', entry)).toBe(false);
  });

  it('refuses every permission', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function event() {
  return { preventDefault: vi.fn() };
}

describe('hardening a web contents', () => {
  it('cancels navigation away from the app, redirects and webviews', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as unknown as WebContents, entry, vi.fn());
    const away = event();
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = event();
    contents.emit('will-navigate', home, entry);
    expect(home.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    contents.emit('will-redirect', redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open and sends only https links out', () => {
    const contents = new FakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as unknown as WebContents, entry, openExternal);
    expect(contents.openHandler?.({ url: 'https://example.com/guide' })).toEqual({
      action: 'deny',
    });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/guide');
  });

  it('answers no to permission requests and checks', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((c: unknown, p: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    };
    hardenSession(session as unknown as Session);
    const callback = vi.fn();
    request?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check?.(null, 'notifications')).toBe(false);
  });
});
