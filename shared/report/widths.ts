import { TABLE_CELL_MARGIN, TABLE_HEADING_SIZE } from './styles';

// A fixed-layout table breaks a word wider than its column inside the word ("Coverag|e"), so
// each column is made at least as wide as its longest word, heading or body, taking the width
// from the columns with room to spare.

/** A piece of text a column holds and its size in half-points. */
export interface ColumnText {
  text: string;
  size: number;
}

// Widths in ems, rounded up: at least a character's bold width in Calibri, in which Word draws
// table text, in Carlito, LibreOffice's stand-in of the same widths, and in DejaVu Sans, which
// LibreOffice draws in where it has neither and which is the widest of them.
const EMS = new Map<string, number>();
for (const [em, chars] of [
  [0.4, "',./:;IJ\\ijl|ł·’‘"],
  [0.5, '!()-[]_`frt–'],
  [0.6, '"*?cszгзстэ'],
  [0.7, '$0123456789EFLTaekovxyГЕТабвекнопухчьяŁ“”„«»€£'],
  [0.76, 'CPSYZbdghnpqu{}ЗРСЭилрцъ'],
  [0.86, '#+<=>ABDGHKNOQRUVX^~АБВИКЛНОПУХЧЬЯдм'],
  [1, '&@MwДМФЦЪжфыю—…'],
  [1.12, '%WmЫшщÆæœ'],
  [1.35, 'ЖШЩЮ№Œ'],
] as const)
  for (const ch of chars) EMS.set(ch, em);

function charWidth(ch: string): number {
  const em = EMS.get(ch);
  if (em !== undefined) return em;
  // Lower case of other scripts; the rest as capitals, East Asian characters a full em.
  if (ch !== ch.toUpperCase()) return 0.76;
  return ch >= '\u2e80' ? 1 : 0.86;
}

/** Where a line may break: spaces other than the no-break ones, which join what they stand between. */
function breaksAt(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b && code !== 0x2007) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** The width of a character code unit in ems, or -1 where a line may break. */
function unitWidth(code: number): number {
  if (breaksAt(code)) return -1;
  // Accents add nothing: an accented letter is as wide as its letter (ą as a, й as и).
  if (code >= 0x300 && code <= 0x36f) return 0;
  // A character beyond the Basic Multilingual Plane is taken as a full em, on its first half.
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  if (code >= 0xd800 && code <= 0xdbff) return 1;
  return charWidth(String.fromCharCode(code).normalize('NFD').charAt(0));
}

/**
 * The widths of the code units up to the letterlike symbols (Latin, Cyrillic, punctuation),
 * each worked out when first met: table text is measured by the character. -2 is not yet known.
 */
const UNIT_WIDTHS = new Float32Array(0x2200).fill(-2);

const LETTER = /\p{L}/u;

/**
 * Whether a line may break after the hyphen at `i`, as Word and LibreOffice break
 * "Бьюкенен-|стрит": after a hyphen inside a word and before a letter, not in "10-15" or "-5".
 */
function breaksAfterHyphen(text: string, i: number): boolean {
  return i > 0 && text.charCodeAt(i) === 0x2d && LETTER.test(text.charAt(i + 1));
}

/** The width in ems of the widest word of a text that is at most `cap` ems wide. */
function widestWord(text: string, cap: number): number {
  let widest = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    let width = code < 0x2200 ? UNIT_WIDTHS[code]! : unitWidth(code);
    if (width === -2) width = UNIT_WIDTHS[code] = unitWidth(code);
    if (width >= 0) word += width;
    // The hyphen ends its line: it is measured with the part before it.
    if (width < 0 || (code === 0x2d && breaksAfterHyphen(text, i))) {
      if (word > widest && word <= cap) widest = word;
      word = 0;
    }
  }
  return widest;
}

/** A cell's margins and a point to spare, in twips. */
const CELL_PADDING = 2 * TABLE_CELL_MARGIN + 20;

/** Twips in an em of text of a size in half-points. */
const TWIPS_PER_EM = 10;

/** The space's width in ems: DejaVu Sans's, the widest of the fonts words are measured in. */
const SPACE = 0.32;

/** The width in twips of a text set on one line at a size in half-points, spaces and all. */
export function lineWidth(text: string, size: number): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const width = unitWidth(text.charCodeAt(i));
    ems += width < 0 ? SPACE : width;
  }
  return Math.ceil(ems * size * TWIPS_PER_EM);
}

/** The width in twips the widest word of some texts needs, among the words up to `cap` twips. */
function neededWidth(texts: readonly ColumnText[], cap: number): number {
  let need = 0;
  for (const { text, size } of texts) {
    const perEm = size * TWIPS_PER_EM;
    const widest = widestWord(text, (cap - CELL_PADDING) / perEm);
    if (widest > 0) need = Math.max(need, widest * perEm + CELL_PADDING);
  }
  return Math.ceil(need);
}

/** Widths by weight, but each at least its need: the others share what is left by weight. */
function share(weights: readonly number[], needs: readonly number[], total: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const room = total - [...fixed].reduce((s, i) => s + needs[i]!, 0);
    const weight = weights.reduce((s, w, i) => (fixed.has(i) ? s : s + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? needs[i]! : (w / weight) * room));
    const short = widths.flatMap((w, i) => (w < needs[i]! ? [i] : []));
    if (short.length === 0) return widths;
    for (const i of short) fixed.add(i);
  }
}

/**
 * Widths for words that cannot all fit: each column's need cut by the same share, as the measures
 * are a little wider than the fonts draw, but no column narrower than its heading's words, as a
 * header row breaking "Волн|а" reads worst; the columns held at their heading share the rest.
 */
function squeezed(
  needs: readonly number[],
  headingNeeds: readonly number[],
  total: number,
): number[] {
  const held = new Set<number>();
  for (;;) {
    const room = total - [...held].reduce((s, i) => s + headingNeeds[i]!, 0);
    const wanted = needs.reduce((s, n, i) => (held.has(i) ? s : s + n), 0);
    if (room <= 0 || wanted <= 0)
      return needs.map((n) => (n / needs.reduce((s, m) => s + m, 0)) * total);
    const widths = needs.map((n, i) => (held.has(i) ? headingNeeds[i]! : (n * room) / wanted));
    const short = widths.flatMap((w, i) => (w < headingNeeds[i]! ? [i] : []));
    if (short.length === 0) return widths;
    for (const i of short) held.add(i);
  }
}

/** Heading sizes in half-points, largest first: a table whose headings do not fit at one takes the next. */
const HEADING_SIZES = [
  TABLE_HEADING_SIZE,
  TABLE_HEADING_SIZE - 1,
  TABLE_HEADING_SIZE - 2,
  TABLE_HEADING_SIZE - 3,
];

export interface ColumnFit {
  /** Widths in twips, adding up to the table's. */
  widths: number[];
  /** The size of the headings in half-points. */
  headingSize: number;
}

/**
 * Widths for columns of the given weights and headings across `total` twips that keep every
 * heading word and body word (`body`, column by column) on a line: by weight, but each column at
 * least as wide as its longest word, with the headings smaller where they cannot fit otherwise.
 * A word wider than twice an even share of the table, such as a web address, may break rather
 * than squeeze the other columns; where the words cannot all fit, the headings' words still do,
 * and the body's share what is left by what they need.
 */
export function fitColumns(
  columns: readonly { weight: number; header: string }[],
  body: readonly (readonly ColumnText[])[],
  total: number,
): ColumnFit {
  const cap = (2 * total) / columns.length;
  const bodyNeeds = columns.map((_, i) => neededWidth(body[i] ?? [], cap));
  let fit: ColumnFit | undefined;
  let needs: number[] = [];
  let headingNeeds: number[] = [];
  for (const size of HEADING_SIZES) {
    headingNeeds = columns.map((c) => neededWidth([{ text: c.header, size }], cap));
    needs = columns.map((_, i) => Math.max(bodyNeeds[i]!, headingNeeds[i]!));
    if (needs.reduce((s, n) => s + n, 0) <= total) {
      const weights = columns.map((c) => c.weight);
      fit = { widths: share(weights, needs, total), headingSize: size };
      break;
    }
  }
  if (!fit)
    fit = { widths: squeezed(needs, headingNeeds, total), headingSize: HEADING_SIZES.at(-1)! };
  const widths = fit.widths.map(Math.floor);
  widths[widths.length - 1]! += total - widths.reduce((s, w) => s + w, 0);
  return { widths, headingSize: fit.headingSize };
}
