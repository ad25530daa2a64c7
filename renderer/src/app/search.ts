/** Whether any of the texts contains the query, ignoring case and accents. */
export function matchesQuery(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return texts.some((text) => text != null && fold(text).includes(q));
}

/** Text as search compares it: lower case, accents removed. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
