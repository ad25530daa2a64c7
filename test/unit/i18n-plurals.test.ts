import { describe, expect, it } from 'vitest';
import { CATALOGUES, createTranslator } from '../../shared/i18n';
import { flattenCatalogue, pluralBase } from '../../shared/i18n/keys';

// The forms each count takes, as the languages' grammars have them (not as Intl computes them,
// so that the test would notice a wrong rule as well as a wrong catalogue).
const FORMS = {
  ru: { 1: 'one', 2: 'few', 5: 'many', 21: 'one', 22: 'few', 25: 'many' },
  pl: { 1: 'one', 2: 'few', 5: 'many', 21: 'many', 22: 'few', 25: 'many' },
} as const;
const COUNTS = [1, 2, 5, 21, 22, 25] as const;

describe('plurals', () => {
  it('Russian declines promises, touchpoints and observations after 1, 2, 5, 21, 22, 25', () => {
    const { t } = createTranslator('ru');
    expect(COUNTS.map((count) => t('entity.promises', { count }))).toEqual([
      '1 обещание',
      '2 обещания',
      '5 обещаний',
      '21 обещание',
      '22 обещания',
      '25 обещаний',
    ]);
    expect(COUNTS.map((count) => t('entity.touchpoints', { count }))).toEqual([
      '1 точка контакта',
      '2 точки контакта',
      '5 точек контакта',
      '21 точка контакта',
      '22 точки контакта',
      '25 точек контакта',
    ]);
    expect(t('register.deleted', { count: 21 })).toBe('Удалено 21 обещание.');
    expect(t('fieldwork.completed', { count: 5 })).toBe(
      'Визит завершён: в журнал добавлено 5 наблюдений.',
    );
  });

  it('Polish declines promises, touchpoints and observations after 1, 2, 5, 21, 22, 25', () => {
    const { t } = createTranslator('pl');
    expect(COUNTS.map((count) => t('entity.promises', { count }))).toEqual([
      '1 obietnica',
      '2 obietnice',
      '5 obietnic',
      '21 obietnic',
      '22 obietnice',
      '25 obietnic',
    ]);
    expect(COUNTS.map((count) => t('entity.touchpoints', { count }))).toEqual([
      '1 punkt styku',
      '2 punkty styku',
      '5 punktów styku',
      '21 punktów styku',
      '22 punkty styku',
      '25 punktów styku',
    ]);
    expect(t('entity.observations', { count: 22 })).toBe('22 obserwacje');
    expect(t('register.deleted', { count: 2 })).toBe('Usunięto 2 obietnice.');
  });

  it.each(['ru', 'pl'] as const)(
    'every plural of the %s catalogue picks its own form for 1, 2, 5, 21, 22, 25',
    (language) => {
      const { t } = createTranslator(language);
      const flat = flattenCatalogue(CATALOGUES[language]);
      const bases = new Set(
        [...flat.keys()].map((k) => pluralBase(k)?.base).filter((b): b is string => !!b),
      );
      expect(bases.size).toBeGreaterThan(20);
      for (const base of bases)
        for (const count of COUNTS) {
          const form = FORMS[language][count];
          const expected = flat
            .get(`${base}_${form}`)!
            .replace(/\{\{\s*(\w+)(?:,\s*number)?\s*\}\}/g, (_, name: string) =>
              name === 'count' ? String(count) : `{{${name}}}`,
            );
          // Other variables are left for i18next to fill: give each its own name back.
          const values = Object.fromEntries(
            [...expected.matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1], `{{${m[1]}}}`]),
          );
          expect(t(base as never, { count, ...values }), `${base} with ${count}`).toBe(expected);
        }
    },
  );

  it('a translator keeps its own language whatever another instance speaks', async () => {
    const polish = createTranslator('pl');
    const english = createTranslator('en');
    await english.changeLanguage('ru');
    expect(polish.t('nav.register')).toBe('Rejestr');
    expect(english.t('nav.register')).toBe('Реестр');
    expect(createTranslator('en').t('entity.promises', { count: 21 })).toBe('21 promises');
  });
});
