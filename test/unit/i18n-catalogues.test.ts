import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { catalogueProblems } from '../../shared/i18n/parity';
import { flattenCatalogue } from '../../shared/i18n/keys';
import { languageOfLocale } from '../../shared/i18n/languages';

/** Fails with every problem listed, so one run says all that a translator has to do. */
function expectNoProblems(language: 'ru' | 'pl') {
  const problems = catalogueProblems(en, CATALOGUES[language], language);
  if (problems.length > 0)
    throw new Error(
      `The ${language} catalogue (shared/i18n/${language}.ts and shared/i18n/${language}/*.ts) ` +
        `is out of step with English in ${problems.length} place(s):\n  - ${problems.join('\n  - ')}`,
    );
}

describe('the catalogues', () => {
  it('Russian has every English key, all plural forms and the same variables', () => {
    expectNoProblems('ru');
  });

  it('Polish has every English key, all plural forms and the same variables', () => {
    expectNoProblems('pl');
  });

  it('the check names what is missing, unknown, unplural and wrongly interpolated', () => {
    const english = {
      a: 'Audit {{name}}',
      b: 'Brand',
      p_one: '{{count}} promise',
      p_other: '{{count}} promises',
    };
    const broken = {
      a: 'Аудит',
      c: 'лишнее',
      p_one: '1 обещание',
      p_few: '{{count}} обещания',
      p_other: '{{count}} обещания',
    };
    const problems = catalogueProblems(english, broken, 'ru');
    expect(problems).toContain('missing key b (English: “Brand”)');
    expect(problems).toContain('unknown key c (not in the English catalogue)');
    expect(problems).toContain('missing plural form p_many (ru needs one, few, many, other)');
    expect(problems.some((p) => p.startsWith('variables differ at a:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('p_one must show {{count}}'))).toBe(true);
  });

  it('the check catches English left in a translation', () => {
    const problems = catalogueProblems({ a: 'Save the audit' }, { a: 'Save the audit' }, 'pl');
    expect(problems).toEqual(['untranslated a: “Save the audit”']);
  });

  it('every catalogue has some text wherever English has some', () => {
    const english = flattenCatalogue(en);
    for (const catalogue of Object.values(CATALOGUES))
      for (const [key, text] of flattenCatalogue(catalogue))
        if (english.get(key)?.trim()) expect(text.trim(), key).not.toBe('');
  });
});

describe('the interface language of a system locale', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['ru', 'ru'],
    ['pl-PL', 'pl'],
    ['PL', 'pl'],
    ['en-GB', 'en'],
    ['uk-UA', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
