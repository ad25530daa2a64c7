// Reading catalogues as flat lists of keys: for the checks that keep the three languages in step.

/** Every string of a catalogue by its dotted key ("register.columns.statement"). */
export function flattenCatalogue(catalogue: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object')
      for (const [k, v] of flattenCatalogue(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The key a plural form belongs to ("x.promises_few" → "x.promises"), or null for a plain key. */
export function pluralBase(key: string): { base: string; form: string } | null {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: key.slice(0, match.index), form: match[1]! } : null;
}

/** The names interpolated into a text: "{{count}} of {{total}}" → count, total. */
export function interpolationVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]!));
}
