/**
 * Text as Word can hold it. User text may carry what XML 1.0 refuses (control characters,
 * lone surrogates, U+FFFE/U+FFFF); docx escapes markup but passes these through, and Word then
 * refuses the file. Everything that reaches the document goes through `clean`.
 */

// XML 1.0 allows tab, newline and carriage return among the C0 controls, and no lone surrogates.
const INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with what XML cannot hold taken out, tabs as spaces and line ends as \n. */
export function clean(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(INVALID, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** The text cleaned and cut to `max` characters (at a word where one is near), with an ellipsis. */
export function clip(text: string | null | undefined, max: number): string {
  const s = clean(text).replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.7) cut = cut.slice(0, space);
  // Never end on the first half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

// Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/g;

/** Whether the text is written mostly right to left (Hebrew, Arabic…), so its runs are marked so. */
export function isRightToLeft(text: string): boolean {
  const rtl = text.match(RTL)?.length ?? 0;
  if (rtl === 0) return false;
  return rtl > (text.match(LTR)?.length ?? 0);
}
