// The pseudo-locale of the catalogue check (test/dom/i18n-pseudo.test.tsx).

/** A language tag Intl knows (it formats as English) but no catalogue uses. */
export const PSEUDO_LANGUAGE = 'en-XA';

/** The catalogue with every text wrapped in ⟦ ⟧, interpolations and plural keys intact. */
export function pseudoCatalogue<T extends object>(catalogue: T): T {
  const wrap = (value: unknown): unknown =>
    typeof value === 'string'
      ? `⟦${value}⟧`
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]))
        : value;
  return wrap(catalogue) as T;
}

const LETTERS = /\p{L}/u;

const sorted = new WeakMap<Set<string>, string[]>();
/** The data strings long enough to be told apart from a word, longest first. */
function longestFirst(data: Set<string>): string[] {
  let list = sorted.get(data);
  if (!list) {
    list = [...data].filter((d) => d.length >= 4).sort((a, b) => b.length - a.length);
    sorted.set(data, list);
  }
  return list;
}
const SEPARATORS = /[·|,;:()[\]–—/→←↑↓≤≥+×…"]+|\s{2,}/u;

/**
 * Whether a text shown on screen has words that come neither from the (pseudo) catalogue, nor
 * from the audit's data, nor from Intl's dates: such words were typed into a component.
 */
export function unmarkedText(text: string, data: Set<string>, intlWords: Set<string>): boolean {
  const trimmed = text.trim();
  if (!LETTERS.test(trimmed) || data.has(trimmed)) return false;
  // Catalogue texts may hold others (an undo label inside "Undone: …"): peel from the inside.
  let residue = trimmed;
  for (let inner = /⟦[^⟦⟧]*⟧/g; inner.test(residue); inner.lastIndex = 0)
    residue = residue.replace(inner, '  ');
  residue = residue.trim();
  if (!LETTERS.test(residue) || data.has(residue)) return false;
  // Data inside a composed label ("2. <statement> — 2 Partly kept"): take it out, longest first.
  for (const d of longestFirst(data))
    if (residue.includes(d)) residue = residue.split(d).join('  ');
  // Quotation marks differ by language (“ ” « » „ ”): they belong in the catalogue too.
  if (/[“”«»„]/.test(residue)) return true;
  return residue.split(SEPARATORS).some((piece) => {
    // A numbered item ("3. Receive") is the item's own name.
    const p = piece.trim().replace(/^\d+\.\s+/, '');
    if (!LETTERS.test(p) || data.has(p)) return false;
    // A lone capital is a key on the keyboard ("N" for the next promise), the same everywhere.
    return (p.match(/\p{L}+/gu) ?? []).some(
      (word) => !intlWords.has(word) && !/^[A-Z]$/.test(word),
    );
  });
}
