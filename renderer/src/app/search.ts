import { fold } from '../../../shared/search/fold';

export { fold };

/** Whether any of the texts contains the query, ignoring case and accents. */
export function matchesQuery(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return texts.some((text) => text != null && fold(text).includes(q));
}

