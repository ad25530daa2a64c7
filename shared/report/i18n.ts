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
  return { language: available, t: remembered(createTranslator(available).t) };
}

/**
 * The translator with its answers to plain keys remembered: a large audit's document asks for
 * the same column headings and labels thousands of times, and i18next works each out afresh.
 * Calls with values (plurals, interpolation) go to i18next every time.
 */
export function remembered(t: TFunction): TFunction {
  const ask = t as unknown as (...args: unknown[]) => unknown;
  const known = new Map<string, unknown>();
  const lookup = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return ask(...args);
    if (!known.has(key)) known.set(key, ask(key));
    return known.get(key);
  };
  return lookup as unknown as TFunction;
}
