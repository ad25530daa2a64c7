/**
 * Merging field results into the consultant's audit (the hub), record by record.
 *
 * Every version of a record has an origin: "hub" for the consultant's own edits, or the id
 * of the field pack a manager filled. For each record the hub keeps its current version
 * and, beside it, the latest version from every other origin that disagrees with it (a
 * conflict, shown for review), plus the newest version it has seen from each origin.
 *
 * Versions are the records' own integer `version`, which every write of a copy raises: within
 * one origin a higher version is later work, whatever the clocks said.
 *
 * The rules make merging idempotent (the same results twice change nothing), independent of
 * the order results arrive in, and lossless (the newest version from every origin is kept):
 *  1. a version no higher than one already seen from its origin changes nothing;
 *  2. otherwise it becomes that origin's version;
 *  3. the hub's own version steps aside when it is exactly what the pack was made from (its
 *     version is the pack's base: the consultant has not touched the record since), since the
 *     manager's is newer work;
 *  4. the hub's own version, if it remains, is the current one; otherwise the most recently
 *     written version (ties broken by origin, then content) is; the rest are kept beside it.
 */

export const HUB = 'hub';

export interface Versioned {
  id: string;
  version: number;
  updatedAt: string;
}

/** What the hub knows of one record. */
export interface RecordState<R extends Versioned> {
  /** The current version, which the screens show and scores count. */
  record: R;
  /** Where the current version came from: HUB or a pack id. */
  origin: string;
  /** The latest version from each other origin, by origin. */
  others: Record<string, R>;
  /** The highest version seen from each origin, so that older versions change nothing. */
  seen: Record<string, number>;
}

/** A version arriving in a results file. */
export interface IncomingVersion<R extends Versioned> {
  record: R;
  packId: string;
  /** The version of the hub's record the pack carried; null for a record made in the field. */
  base: number | null;
}

/** Content as compared for conflicts: everything but the timestamps and the version. */
export function sameContent(a: Versioned, b: Versioned): boolean {
  return contentKey(a) === contentKey(b);
}
function contentKey(r: Versioned): string {
  const {
    updatedAt: _u,
    createdAt: _c,
    version: _v,
    ...rest
  } = r as Versioned & { createdAt?: string };
  return stableJson(rest);
}
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Uint8Array))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * Whether version a should be preferred to b when neither is the hub's own: the one written
 * last (its updatedAt), then, within one origin, the higher version; ties broken by origin and
 * content, so that every order of arrival picks the same.
 */
function newer(a: { origin: string; record: Versioned }, b: { origin: string; record: Versioned }) {
  if (a.record.updatedAt !== b.record.updatedAt) return a.record.updatedAt > b.record.updatedAt;
  if (a.origin === b.origin && a.record.version !== b.record.version)
    return a.record.version > b.record.version;
  if (a.origin !== b.origin) return a.origin > b.origin;
  return contentKey(a.record) > contentKey(b.record);
}

/** A record as the hub holds it before any results touched it. */
export function hubState<R extends Versioned>(record: R): RecordState<R> {
  return { record, origin: HUB, others: {}, seen: { [HUB]: record.version } };
}

/** Merges one incoming version into what the hub knows of its record (undefined: nothing). */
export function mergeVersion<R extends Versioned>(
  state: RecordState<R> | undefined,
  incoming: IncomingVersion<R>,
): RecordState<R> {
  const { record, packId, base } = incoming;
  const seen = state?.seen[packId];
  const current: Record<string, R> = state ? { ...state.others, [state.origin]: state.record } : {};
  const mine = current[packId];
  const known =
    seen !== undefined &&
    (seen > record.version ||
      (seen === record.version &&
        (!mine ||
          sameContent(record, mine) ||
          !newer({ origin: packId, record }, { origin: packId, record: mine }))));
  const hub = current[HUB];
  const hubStepsAside = hub !== undefined && base !== null && hub.version === base;
  if (state && known && !hubStepsAside) return state;

  const versions: Record<string, R> = known ? { ...current } : { ...current, [packId]: record };
  if (hubStepsAside) delete versions[HUB];
  if (Object.keys(versions).length === 0) return state!;

  let origin = HUB;
  if (!versions[HUB]) {
    origin = Object.keys(versions).reduce((best, o) =>
      newer({ origin: o, record: versions[o]! }, { origin: best, record: versions[best]! })
        ? o
        : best,
    );
  }
  const { [origin]: chosen, ...others } = versions;
  const nextSeen = known ? state!.seen : { ...(state?.seen ?? {}), [packId]: record.version };
  return { record: chosen!, origin, others, seen: nextSeen };
}

/** The versions beside the current one that say something else: what a person must review. */
export function conflictsOf<R extends Versioned>(
  state: RecordState<R>,
): { origin: string; record: R }[] {
  return Object.entries(state.others)
    .filter(([, r]) => !sameContent(r, state.record))
    .map(([origin, record]) => ({ origin, record }))
    .sort((a, b) => a.origin.localeCompare(b.origin));
}

/** Merges a whole batch of incoming versions into a map of record states, returning the new map. */
export function mergeAll<R extends Versioned>(
  states: ReadonlyMap<string, RecordState<R>>,
  incoming: readonly IncomingVersion<R>[],
): Map<string, RecordState<R>> {
  const next = new Map(states);
  for (const version of incoming)
    next.set(version.record.id, mergeVersion(next.get(version.record.id), version));
  return next;
}
