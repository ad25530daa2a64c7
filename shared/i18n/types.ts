import type { Catalogue } from './en';

/** The plural forms Russian and Polish need (Intl.PluralRules' categories for both). */
export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

/**
 * A catalogue in another language, derived from the English one: the same keys, any text, and
 * every English plural (`x_one`, `x_other`) in all four forms (`x_one`, `x_few`, `x_many`,
 * `x_other`). A key missing here is a type error in the Russian or Polish file.
 */
export type Translation<T> = {
  -readonly [
    K in keyof T as K extends `${infer Base}_one`
      ? `${Base}_${PluralForm}`
      : K extends `${infer Base}_other`
        ? `${Base}_${PluralForm}`
        : K
  ]: T[K] extends string ? string : Translation<T[K]>;
};

/** The whole catalogue of a language other than English. */
export type TranslatedCatalogue = Translation<Catalogue>;
