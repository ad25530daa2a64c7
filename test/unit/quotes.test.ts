import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTE_MARKS, quoteVerbatim } from '../../shared/i18n/quotes';

describe('a verbatim in its language’s quotation marks', () => {
  it('sets a quote inside a verbatim in the nested pair: “…‘…’…”, «…„…“…», „…»…«…”', () => {
    const said = 'The sign said "open" but the door was locked';
    expect(quoteVerbatim(said, 'en')).toBe('“The sign said ‘open’ but the door was locked”');
    expect(quoteVerbatim('На двери было написано «открыто», но она была заперта', 'ru')).toBe(
      '«На двери было написано „открыто“, но она была заперта»',
    );
    expect(quoteVerbatim('Na drzwiach było „otwarte”, ale były zamknięte', 'pl')).toBe(
      '„Na drzwiach było »otwarte«, ale były zamknięte”',
    );
  });

  it('reads straight and curly quotes of any style by where they stand, not by their shape', () => {
    expect(quoteVerbatim('"Lumen" — сказали мне', 'ru')).toBe('«„Lumen“ — сказали мне»');
    expect(quoteVerbatim('kupiłem (“Premium”) pakiet', 'pl')).toBe('„kupiłem (»Premium«) pakiet”');
    expect(quoteVerbatim('it said «free» twice', 'en')).toBe('“it said ‘free’ twice”');
  });

  it('takes the outer pair again one level further in', () => {
    expect(quoteVerbatim('he said "the form says "urgent" on it" and left', 'ru')).toBe(
      '«he said „the form says «urgent» on it“ and left»',
    );
  });

  it('keeps a mark that closes nothing, in the nested pair, and leaves apostrophes alone', () => {
    expect(quoteVerbatim('size 7" screen', 'en')).toBe('“size 7’ screen”');
    expect(quoteVerbatim('don’t "wait', 'en')).toBe('“don’t ‘wait”');
  });

  it('loses nothing: the same text with as many marks, between the outer pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '"', '“', '”', '„', '«', '»', '(', '’', 'ж') }),
        fc.constantFrom('en' as const, 'ru' as const, 'pl' as const),
        (text, language) => {
          const quoted = quoteVerbatim(text, language);
          const { outer } = QUOTE_MARKS[language];
          expect(quoted.startsWith(outer[0]) && quoted.endsWith(outer[1])).toBe(true);
          const inside = [...quoted.slice(1, -1)];
          const marks = /["“”„‟«»‘’]/;
          expect(inside.filter((c) => !marks.test(c))).toEqual(
            [...text].filter((c) => !marks.test(c)),
          );
          expect(inside.length).toBe([...text].length);
        },
      ),
    );
  });
});
