import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain';
import { i18nOptions } from '../../../shared/i18n';
import type { Catalogue } from '../../../shared/i18n/en';
import { isUiLanguage, languageOfLocale } from '../../../shared/i18n/languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

/** Where the interface language the person chose is kept (it is theirs, not an audit's). */
export const UI_LANGUAGE_KEY = 'touchstone.uiLanguage';

/** The interface language chosen earlier on this computer, if any. */
export function storedUiLanguage(): Language | null {
  try {
    const value = localStorage.getItem(UI_LANGUAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language to start in: the one chosen before, else the system's, else English. */
export function startLanguage(systemLocale: string | null | undefined): Language {
  return storedUiLanguage() ?? languageOfLocale(systemLocale);
}

/** Keeps the page's `lang` in step, so that screen readers, spelling and hyphenation follow. */
function markDocument(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Starts i18next with every catalogue; every word the UI shows goes through it. */
export async function initI18n(language: Language = 'en'): Promise<typeof i18next> {
  i18next.off('languageChanged', markDocument);
  await i18next.use(initReactI18next).init(i18nOptions(language));
  markDocument(i18next.language);
  i18next.on('languageChanged', markDocument);
  return i18next;
}

/** Switches the interface to a language and remembers the choice; audits keep their own. */
export async function setUiLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(UI_LANGUAGE_KEY, language);
  } catch {
    // Storage can be refused (private mode); the switch still holds for this session.
  }
  await i18next.changeLanguage(language);
}

/**
 * Calls back with the interface language now and whenever it changes (so that the desktop's
 * application menu speaks it too); returns the function that stops listening.
 */
export function onUiLanguage(listener: (language: Language) => void): () => void {
  const changed = (language: string) => listener(languageOfLocale(language));
  changed(i18next.language);
  i18next.on('languageChanged', changed);
  return () => i18next.off('languageChanged', changed);
}

/** The interface language now, re-rendering the caller when it changes. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return languageOfLocale(i18n.language);
}

/** The interface language now, outside React. */
export function uiLanguage(): Language {
  return languageOfLocale(i18next.language);
}

/**
 * The letter of a shortcut key, whatever the keyboard layout: on a Russian layout the key marked
 * Z types "я", yet Ctrl+Z must still undo. Latin layouts keep their own letter (AZERTY's Z is Z).
 */
export function shortcutKey(event: { key: string; code: string }): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const letter = /^Key([A-Z])$/.exec(event.code);
  return letter ? letter[1]!.toLowerCase() : event.key.toLowerCase();
}
