import { LANGUAGES, type Language } from '../domain/common';

/** The languages the interface speaks: the same three as reports. */
export const UI_LANGUAGES = LANGUAGES;

/** Whether a value names one of the interface languages. */
export function isUiLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language for a system locale such as "ru-RU", "pl" or "en-GB": its language
 * when Touchstone speaks it, English otherwise.
 */
export function languageOfLocale(locale: string | null | undefined): Language {
  const base = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isUiLanguage(base) ? base : 'en';
}
