import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/common';
import { CATALOGUES, createTranslator } from '../../shared/i18n';
import { flattenCatalogue, interpolationVariables, pluralBase } from '../../shared/i18n/keys';

// Every message that takes a count, rendered at the counts where the three grammars part ways.
const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25] as const;
const LANGUAGES = ['en', 'ru', 'pl'] as const;

// The forms as the grammars have them, written out so that a wrong rule would be noticed too:
// Russian 21 takes "one", Polish 21 takes "many"; 11 to 14 are "many" in both.
const GRAMMAR: Record<Language, Record<(typeof COUNTS)[number], string>> = {
  en: {
    0: 'other',
    1: 'one',
    2: 'other',
    5: 'other',
    11: 'other',
    21: 'other',
    22: 'other',
    25: 'other',
  },
  ru: { 0: 'many', 1: 'one', 2: 'few', 5: 'many', 11: 'many', 21: 'one', 22: 'few', 25: 'many' },
  pl: { 0: 'many', 1: 'one', 2: 'few', 5: 'many', 11: 'many', 21: 'many', 22: 'few', 25: 'many' },
};

/** Plural groups of a catalogue: base key → its forms by name. */
function pluralGroups(language: Language): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const [key, text] of flattenCatalogue(CATALOGUES[language])) {
    const plural = pluralBase(key);
    if (!plural) continue;
    const forms = groups.get(plural.base) ?? new Map<string, string>();
    forms.set(plural.form, text);
    groups.set(plural.base, forms);
  }
  return groups;
}

/**
 * The nouns a number governs in the language: the words right after the count that change from
 * one form of a plural to another ("promise", "promises"; "обещание", "обещания", "обещаний").
 */
function countedNouns(language: Language): Set<string> {
  const nouns = new Set<string>();
  for (const forms of pluralGroups(language).values()) {
    const words = new Set<string>();
    for (const text of forms.values())
      for (const m of text.matchAll(/\{\{count\}\}\s+(\p{L}+)/gu)) words.add(m[1]!.toLowerCase());
    if (words.size > 1) for (const w of words) nouns.add(w);
  }
  return nouns;
}

// Variables that are shares or names, never counts, in messages the check would otherwise read
// as counted: "believes 62% of promises are kept".
const NOT_COUNTS: Record<string, string> = {
  'report.summary.headline': 'believed is a share',
  'report.cli.headline': 'believed is a share',
};

/** Every variable of a text given its own name back, so only the count is filled in. */
function ownNames(text: string): Record<string, string> {
  return Object.fromEntries([...interpolationVariables(text)].map((v) => [v, `{{${v}}}`]));
}

describe('every message that takes a count, at 0, 1, 2, 5, 11, 21, 22 and 25', () => {
  it.each(LANGUAGES)('%s: the grammar’s forms are the ones Intl.PluralRules names', (language) => {
    const rules = new Intl.PluralRules(language);
    for (const count of COUNTS)
      expect(rules.select(count), `${count}`).toBe(GRAMMAR[language][count]);
  });

  it.each(LANGUAGES)('%s: each plural renders the form its count takes', (language) => {
    const { t } = createTranslator(language);
    const groups = pluralGroups(language);
    expect(groups.size).toBeGreaterThan(40);
    for (const [base, forms] of groups)
      for (const count of COUNTS) {
        const form = GRAMMAR[language][count];
        const text = forms.get(form);
        expect(text, `${base}_${form} is missing`).toBeDefined();
        const values = ownNames(text!);
        const expected = text!.replace(/\{\{count(?:, number)?\}\}/g, String(count));
        expect(t(base as never, { ...values, count }), `${base} at ${count}`).toBe(expected);
      }
  });

  it('English never says "1 lines": a singular form has no plural noun after its count', () => {
    const nouns = [...countedNouns('en')].filter((w) => w.endsWith('s'));
    expect(nouns).toEqual(expect.arrayContaining(['promises', 'observations', 'lines', 'actions']));
    for (const [base, forms] of pluralGroups('en')) {
      const one = forms.get('one') ?? '';
      for (const noun of nouns)
        expect(one, `${base}_one says “${noun}”`).not.toMatch(
          new RegExp(`\\{\\{count\\}\\}\\s+(\\p{L}+\\s+)?${noun}\\b`, 'u'),
        );
    }
  });

  it.each(LANGUAGES)(
    '%s: a message that is not a plural never puts a counted noun after a number',
    (language) => {
      const { t } = createTranslator(language);
      const nouns = countedNouns(language);
      expect(nouns.size).toBeGreaterThan(10);
      const slips: string[] = [];
      for (const [key, text] of flattenCatalogue(CATALOGUES[language])) {
        if (pluralBase(key)) continue;
        const variables = [...interpolationVariables(text)];
        if (variables.length === 0 || key in NOT_COUNTS) continue;
        for (const count of COUNTS) {
          // Every variable as a number: names and titles too, which only makes the check stricter.
          const values = Object.fromEntries(variables.map((v) => [v, count]));
          const shown = String(t(key as never, values as never));
          for (const m of shown.matchAll(/(?:^|[^\d.,])\d+\s+(\p{L}+)/gu))
            if (nouns.has(m[1]!.toLowerCase())) slips.push(`${key}: “${shown}”`);
        }
      }
      expect([...new Set(slips)]).toEqual([]);
    },
  );

  it('the slips once seen read right now', () => {
    const en = createTranslator('en').t;
    expect(en('fieldwork.completeTitle', { count: 1 })).toBe(
      'Complete the visit with 1 line unchecked?',
    );
    expect(en('register.deletedWithEvidence', { count: 1, what: '10 observations' })).toBe(
      'Its 10 observations went with it.',
    );
    const ru = createTranslator('ru').t;
    expect(ru('fieldwork.completeTitle', { count: 21 })).toBe(
      'Завершить визит? Не проверена 21 строка.',
    );
    const pl = createTranslator('pl').t;
    expect(pl('fieldwork.completeTitle', { count: 22 })).toBe(
      'Zakończyć wizytę? 22 wiersze nie są sprawdzone.',
    );
  });
});
