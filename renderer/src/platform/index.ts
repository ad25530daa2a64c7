import type { DesktopApi } from '../../../shared/desktop-api';
import { createBrowserDesktopApi } from './browser';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    touchstone?: DesktopApi;
  }
}

/** The desktop API this renderer runs with: Electron's when the preload gave one, else the browser's. */
export const desktop: DesktopApi = window.touchstone ?? createBrowserDesktopApi();
