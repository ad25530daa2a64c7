import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../../shared/i18n/languages';
import { setUiLanguage, useUiLanguage } from './i18n';

/**
 * The interface language, chosen in the sidebar. Each language is named in its own words so
 * that a person who switched by mistake can find their way back; audits keep their own
 * report language.
 */
export function LanguageSelect() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  return (
    <div className="ui-language">
      <label htmlFor={id}>{t('settings.uiLanguage')}</label>
      <select
        id={id}
        value={language}
        title={t('settings.uiLanguageHint')}
        onChange={(e) => {
          const next = UI_LANGUAGES.find((l) => l === e.target.value);
          if (next) void setUiLanguage(next);
        }}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languageName.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
