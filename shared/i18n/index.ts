import { createInstance, type i18n, type InitOptions } from 'i18next';
import type { Language } from '../domain/common';
import { en } from './en';
import { BASE_OPTIONS } from './options';
import { pl } from './pl';
import { ru } from './ru';

/** Every catalogue by language: English is the source, Russian and Polish follow its keys. */
export const CATALOGUES = { en, ru, pl } as const;

/** The i18next settings the app and the report share: all three catalogues, English as fallback. */
export function i18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ru', 'pl'],
    resources: {
      en: { translation: CATALOGUES.en },
      ru: { translation: CATALOGUES.ru },
      pl: { translation: CATALOGUES.pl },
    },
    ...BASE_OPTIONS,
  };
}

/**
 * A separate i18next instance fixed to one language, ready at once. The report is written in
 * the audit's own language, whatever the interface speaks, so it takes one of these.
 */
export function createTranslator(language: Language): i18n {
  const instance = createInstance();
  void instance.init(i18nOptions(language));
  return instance;
}
