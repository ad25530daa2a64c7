import type { Language } from '../domain';

// Quotation marks as each language sets them, outer and nested: a verbatim that itself quotes
// someone ("the sign said "open"") takes the inner pair inside the outer one, as a typesetter
// would. English “…‘…’…”, Russian «…„…“…», Polish „…»…«…”.

/** A language's pairs of quotation marks: the outer pair and the pair for a quote inside it. */
export interface QuoteMarks {
  outer: readonly [open: string, close: string];
  inner: readonly [open: string, close: string];
}

/** The quotation marks of each language. */
export const QUOTE_MARKS: Record<Language, QuoteMarks> = {
  en: { outer: ['“', '”'], inner: ['‘', '’'] },
  ru: { outer: ['«', '»'], inner: ['„', '“'] },
  pl: { outer: ['„', '”'], inner: ['»', '«'] },
};

/** Double quotation marks as people type them, in any language's style, straight or curly. */
const DOUBLE_QUOTES = /["“”„‟«»]/g;

/** What a quotation mark opens after: the start, a space, an opening bracket or a dash. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

/**
 * A quotation in a language's marks, the quotes inside it set in the nested pair: each double
 * quotation mark of the text, of whatever style, opens a quote where it starts a word and closes
 * one elsewhere; quotes one level further in take the outer pair again. A mark that closes
 * nothing keeps to the inner pair, so nothing typed is lost.
 */
export function quoteVerbatim(text: string, language: Language): string {
  const { outer, inner } = QUOTE_MARKS[language];
  // The pair each level inside the verbatim takes: inner, outer, inner…
  const pair = (depth: number) => (depth % 2 === 0 ? inner : outer);
  let depth = 0;
  const nested = text.replace(DOUBLE_QUOTES, (_mark, at: number) => {
    const before = at === 0 ? ' ' : text.charAt(at - 1);
    if (OPENS_AFTER.test(before)) return pair(depth++)[0];
    if (depth === 0) return inner[1];
    return pair(--depth)[1];
  });
  return `${outer[0]}${nested}${outer[1]}`;
}
