import type { InitOptions } from 'i18next';

/**
 * The i18next settings every translator shares, whatever catalogues it loads: the app's, the
 * report's, and the English one that writes errors' `.message`.
 */
export const BASE_OPTIONS = {
  // React escapes what it renders and Word text is not HTML: escaping here would double it.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
} satisfies InitOptions;
