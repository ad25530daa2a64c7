import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Catalogue } from '../../../shared/i18n/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

/** Starts i18next with the catalogues; every word the UI shows goes through it. */
export async function initI18n(language = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    // React escapes what it renders; escaping here too would double it.
    interpolation: { escapeValue: false },
  });
  return i18next;
}
