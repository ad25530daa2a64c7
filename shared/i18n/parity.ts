import type { Language } from '../domain/common';
import { flattenCatalogue, interpolationVariables, pluralBase } from './keys';
import { PLURAL_FORMS } from './types';

/** Words that stay as they are in every language: the product, keys on the keyboard, formats. */
const UNTRANSLATED_WORDS = new Set(
  [
    'Touchstone',
    'Ctrl',
    'Alt',
    'Enter',
    'Esc',
    'Tab',
    'Backspace',
    'Delete',
    'Shift',
    'CSV',
    'NPS',
    'CSAT',
    'UTF',
    'Windows',
    'README',
    'Word',
    'PDF',
    'Excel',
    'JSON',
    'ZIP',
    'Lumen',
    'Home',
    'End',
    'Space',
    'PgUp',
    'PgDn',
    // File formats named in error messages: WebP images, Base64 text.
    'WebP',
    'Base',
    // Survey tools and formats named where surveys are exported and read back; web addresses.
    'XLSForm',
    'KoboToolbox',
    'LimeSurvey',
    'ODK',
    'QR',
    'https',
    // The team database's server, named where an audit is connected to it.
    'CouchDB',
    'http',
  ].map((w) => w.toLowerCase()),
);
/** Keys whose value is deliberately the same everywhere (language names in their own words). */
const SAME_EVERYWHERE = /^languageName\./;
/** Polish words spelt as in English: the same text is a translation, not an oversight. */
const SAME_IN_POLISH = new Set(['status', 'plan', 'separator', 'marketing', 'problem', 'obs']);
/** Texts that quote commands and options of the command line, which stay as typed. */
const COMMAND_LINE = /^(report|survey|sync)\.cli\./;

function latinWords(text: string): string[] {
  // Interpolations and the tags of rich text (<believed>…</believed>) are not words.
  const withoutVariables = text.replace(/\{\{[^}]*\}\}|<\/?\w+>/g, ' ');
  return (withoutVariables.match(/[A-Za-z]{2,}/g) ?? []).filter(
    (w) => !UNTRANSLATED_WORDS.has(w.toLowerCase()),
  );
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

const list = (s: Set<string>) => (s.size ? [...s].sort().join(', ') : 'none');

/**
 * What is wrong with a translated catalogue against the English one, one line per problem:
 * missing and unknown keys, plurals without all of one/few/many/other, interpolation variables
 * that differ, empty texts, English left untranslated. An empty list means the two agree.
 */
export function catalogueProblems(
  english: object,
  translated: object,
  language: Exclude<Language, 'en'>,
): string[] {
  const en = flattenCatalogue(english);
  const tr = flattenCatalogue(translated);
  const problems: string[] = [];
  const expected = new Set<string>();

  // English plural groups: base → the variables of all its forms together.
  const groups = new Map<string, Set<string>>();
  for (const [key, text] of en) {
    const plural = pluralBase(key);
    if (!plural) continue;
    const vars = groups.get(plural.base) ?? new Set<string>();
    for (const v of interpolationVariables(text)) vars.add(v);
    groups.set(plural.base, vars);
  }

  for (const [key, text] of en) {
    if (pluralBase(key)) continue;
    expected.add(key);
    const value = tr.get(key);
    if (value === undefined) {
      problems.push(`missing key ${key} (English: “${text}”)`);
      continue;
    }
    const want = interpolationVariables(text);
    const got = interpolationVariables(value);
    if (!sameSet(want, got))
      problems.push(
        `variables differ at ${key}: English has ${list(want)}, ${language} has ${list(got)}`,
      );
  }

  for (const [base, englishVars] of groups) {
    const withoutCount = new Set([...englishVars].filter((v) => v !== 'count'));
    for (const form of PLURAL_FORMS) {
      const key = `${base}_${form}`;
      expected.add(key);
      const value = tr.get(key);
      if (value === undefined) {
        problems.push(`missing plural form ${key} (${language} needs ${PLURAL_FORMS.join(', ')})`);
        continue;
      }
      const got = interpolationVariables(value);
      const gotWithoutCount = new Set([...got].filter((v) => v !== 'count'));
      if (!sameSet(withoutCount, gotWithoutCount))
        problems.push(
          `variables differ at ${key}: English has ${list(englishVars)}, ${language} has ${list(got)}`,
        );
      // Russian "one" also serves 21, 31, 101…: only Polish "one" is the number 1 alone.
      const countOptional = language === 'pl' && form === 'one';
      if (englishVars.has('count') && !countOptional && !got.has('count'))
        problems.push(`${key} must show {{count}}: this form is used for more than one number`);
    }
  }

  for (const [key, value] of tr) {
    if (!expected.has(key)) problems.push(`unknown key ${key} (not in the English catalogue)`);
    const english = en.get(key);
    if (!value.trim() && english?.trim()) problems.push(`empty text at ${key}`);
    if (SAME_EVERYWHERE.test(key) || COMMAND_LINE.test(key)) continue;
    const sameWord =
      language === 'pl' && latinWords(value).every((w) => SAME_IN_POLISH.has(w.toLowerCase()));
    if (english !== undefined && english === value && latinWords(value).length > 0 && !sameWord)
      problems.push(`untranslated ${key}: “${value}”`);
    else if (language === 'ru' && latinWords(value).some((w) => w.length > 1 && /[a-z]/.test(w)))
      problems.push(`Latin words left in Russian at ${key}: “${value}”`);
  }
  return problems;
}
