import { fold } from './fold';

/** One record as search sees it: its fields folded once, the first one weighing most. */
export interface SearchEntry<T> {
  item: T;
  /** Folded fields, most telling first (a promise's statement before its touchpoint). */
  fields: readonly string[];
}

/** What a search found: the best matches, and how many matched in all. */
export interface SearchResult<T> {
  items: T[];
  total: number;
}

/** Folds each record's fields once, so that every keystroke compares prepared text. */
export function searchIndex<T>(
  items: readonly T[],
  fieldsOf: (item: T) => readonly (string | null | undefined)[],
): SearchEntry<T>[] {
  return items.map((item) => ({ item, fields: fieldsOf(item).map((f) => (f ? fold(f) : '')) }));
}

/** The words of a query, folded; empty when there is nothing to look for. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

const isWordStart = (text: string, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);

/**
 * How well one word matches one field: 4 at the start of the field, 3 at the start of a
 * word, 1 inside a word, 0 not at all.
 */
function wordScore(field: string, word: string): number {
  let at = field.indexOf(word);
  if (at < 0) return 0;
  if (at === 0) return 4;
  let best = 1;
  while (at >= 0) {
    if (isWordStart(field, at)) {
      best = 3;
      break;
    }
    at = field.indexOf(word, at + 1);
  }
  return best;
}

/** How long a word must be before its ending may be dropped, and how much may go. */
const STEM_FROM = 5;
const STEM_DROP = 2;

/** A word's best match in the fields, the first field weighing twice. */
function bestScore(fields: readonly string[], word: string): number {
  let best = 0;
  for (let i = 0; i < fields.length; i++) {
    const s = wordScore(fields[i]!, word) * (i === 0 ? 2 : 1);
    if (s > best) best = s;
  }
  return best;
}

/**
 * A record's score for a query: every word must be found in some field (or the record is
 * left out, score 0); each word counts its best match, the first field weighing twice. A
 * longer word not found whole may be found without its last letter or two, at a lower
 * score: Russian and Polish decline nouns ("очередь" finds "очереди", "kolejka" "kolejki").
 */
export function matchScore(fields: readonly string[], words: readonly string[]): number {
  let total = 0;
  for (const word of words) {
    let best = bestScore(fields, word);
    for (
      let drop = 1;
      best === 0 && drop <= STEM_DROP && word.length - drop >= STEM_FROM - 1;
      drop++
    )
      best = bestScore(fields, word.slice(0, -drop)) / 2;
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/**
 * The search rule of every picker and of the command palette: the records whose fields hold
 * every word of the query (any order, any case, accents ignored), best first — matches at
 * the start of the main field, then at the start of a word, then inside one; equal scores
 * keep the records' own order. An empty query keeps them all in order. At most `limit`
 * are returned, with the number that matched.
 */
export function rankSearch<T>(
  index: readonly SearchEntry<T>[],
  query: string,
  limit = Infinity,
): SearchResult<T> {
  const words = queryWords(query);
  if (words.length === 0)
    return { items: index.slice(0, limit).map((e) => e.item), total: index.length };
  const hits: { item: T; score: number; at: number }[] = [];
  index.forEach((entry, at) => {
    const score = matchScore(entry.fields, words);
    if (score > 0) hits.push({ item: entry.item, score, at });
  });
  hits.sort((a, b) => b.score - a.score || a.at - b.at);
  return { items: hits.slice(0, limit).map((h) => h.item), total: hits.length };
}
