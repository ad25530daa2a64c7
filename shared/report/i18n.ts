import type { TFunction } from 'i18next';
import type { Language } from '../domain';
import { CATALOGUES, createTranslator } from '../i18n';

/** The languages a document can be written in: those the app has a catalogue for. */
export function reportLanguages(): Language[] {
  return Object.keys(CATALOGUES) as Language[];
}

/** A translator for one language, with i18next's plurals and English where a word is missing. */
export interface ReportTranslator {
  language: Language;
  t: TFunction;
}

/**
 * A translator of its own for a document or the command line, apart from the interface's, so
 * a document is written in the audit's language whatever the interface speaks, in the renderer
 * or in Node. The words are the app's catalogue's: the `report` area and the shared ones
 * (methods, statuses, the rubric).
 */
export function createReportTranslator(language: Language): ReportTranslator {
  const available = reportLanguages().includes(language) ? language : 'en';
  return { language: available, t: createTranslator(available).t };
}
