import type { Language } from '../../../shared/domain/common';
import { isUiLanguage } from '../../../shared/i18n/languages';
import { IpcArgumentError, type IpcHandlers } from './register';

/**
 * `app:set-language`: the page's interface language, which the application menu follows in
 * place of the system's. `install` builds and sets the menu in a language; it runs again only
 * when the language changes.
 */
export function createLanguageHandlers(
  install: (language: Language) => void,
  initial: Language,
): Pick<IpcHandlers, 'setLanguage'> {
  let current = initial;
  return {
    setLanguage: async (language) => {
      // The contract's schema has checked it already; a menu is never built from anything else.
      if (!isUiLanguage(language))
        throw new IpcArgumentError(`app:set-language: “${String(language)}” is not en, ru or pl`);
      if (language === current) return;
      install(language);
      current = language;
    },
  };
}
