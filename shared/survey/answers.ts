import type { TFunction } from 'i18next';
import type { Language } from '../domain';
import { createTranslator } from '../i18n';
import type { RatingScale } from './definition';

/** One answer a customer can choose: the code the tools store, and its words. */
export interface AnswerChoice {
  code: string;
  label: string;
}

/** The codes of each scale, in the order a customer reads them. */
export const SCALE_CODES: Record<RatingScale | 'nps', readonly string[]> = {
  csat: ['1', '2', '3', '4', '5'],
  rubric: ['0', '1', '2', '3', '4'],
  nps: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
};

/** The words of a survey in its own language: answers, hints and the texts around the questions. */
export interface SurveyWords {
  t: TFunction;
  /** The language's name in its own words with its code, as XLSForm names translations: "Polski (pl)". */
  languageLabel: string;
  rating: AnswerChoice[];
  nps: AnswerChoice[];
  ratingHint: string;
  intro: string;
  thanks: string;
}

/** The answers and texts a survey on a scale shows, in a language (shared/i18n/<lang>/survey.ts). */
export function surveyWords(language: Language, scale: RatingScale): SurveyWords {
  const { t } = createTranslator(language);
  const choices = t(`survey.choices.${scale}`, { returnObjects: true }) as Record<string, string>;
  return {
    t,
    languageLabel: `${t(`languageName.${language}`)} (${language})`,
    rating: SCALE_CODES[scale].map((code) => ({ code, label: choices[code] ?? code })),
    nps: SCALE_CODES.nps.map((code) => ({
      code,
      label:
        code === '0'
          ? t('survey.choices.npsLow')
          : code === '10'
            ? t('survey.choices.npsHigh')
            : code,
    })),
    ratingHint: t(`survey.ratingHint.${scale}`),
    intro: t('survey.defaults.intro'),
    thanks: t('survey.defaults.thanks'),
  };
}
