import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security';

/**
 * Opens the main window on the app's page (its app:// URL), shown once it has painted to avoid
 * a white flash.
 */
export function createMainWindow(preloadPath: string, entryUrl: string): BrowserWindow {
  // electronegativity: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — the
  // scanner cannot follow secureWebPreferences(), which sets contextIsolation and sandbox to
  // true and disables Auxclick (security.ts, asserted in security.test.ts and main.test.ts).
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Touchstone',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
