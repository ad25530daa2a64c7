/**
 * How the team database's conflicts enter the one review (the fieldSync table, shared with
 * field results, shown on the Field work screen). CouchDB keeps every conflicting revision of a
 * document and picks the same winner on every replica; the winner is the record here, and each
 * other revision is a version beside it whose origin is `server:<rev>`. Resolving writes the
 * version chosen (or combined) over the winner and deletes the revisions reviewed, so every
 * replica ends with one revision and the same record. docs/sync.md, "Conflicts".
 */

const SERVER = 'server:';

/** The origin of a conflicting revision from the team database. */
export function serverOrigin(rev: string): string {
  return `${SERVER}${rev}`;
}

/** Whether an origin is a team-database revision (not this laptop's, not a field pack's). */
export function isServerOrigin(origin: string): boolean {
  return origin.startsWith(SERVER);
}

/** The revision a server origin names. */
export function revOf(origin: string): string {
  return origin.slice(SERVER.length);
}

/** Fields compared and chosen between versions: everything but identity, timestamps and version. */
const FIXED = new Set(['id', 'auditId', 'createdAt', 'updatedAt', 'version']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields in which the versions of a record differ, in the order of the first version. */
export function differingFields(versions: readonly Record<string, unknown>[]): string[] {
  const first = versions[0];
  if (!first) return [];
  const keys = new Set(versions.flatMap((v) => Object.keys(v)));
  return [...keys].filter((k) => !FIXED.has(k) && versions.some((v) => !same(v[k], first[k])));
}

/**
 * A record made of fields taken from several versions: `base` with each picked field's value
 * from the version picked for it. The result is validated by the entity's schema when written.
 */
export function combineVersions<R extends Record<string, unknown>>(
  base: R,
  picks: Readonly<Record<string, Record<string, unknown>>>,
): R {
  const out: Record<string, unknown> = { ...base };
  for (const [field, from] of Object.entries(picks)) {
    if (FIXED.has(field)) continue;
    out[field] = from[field];
  }
  return out as R;
}
