/**
 * Records kept in the order of their ids, which is the order IndexedDB reads an index's records
 * in. Two versions of a list in that order are compared, and changes applied, by walking both
 * side by side: no lookup table of 200,000 entries, which the garbage collector would have to
 * walk whole at each of its pauses while the screens that hold it scroll.
 */

interface Keyed {
  id: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The list itself when it is in id order, else a copy sorted by id. */
export function inIdOrder<T extends Keyed>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++)
    if (list[i - 1]!.id >= list[i]!.id) return [...list].sort((a, b) => compare(a.id, b.id));
  return list;
}

/** What differs between two lists in id order: records added or replaced, and ids gone. */
export function diffInIdOrder<T extends Keyed>(
  before: readonly T[],
  after: readonly T[],
): { changed: T[]; added: number; removed: string[] } {
  const changed: T[] = [];
  const removed: string[] = [];
  let added = 0;
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const b = before[i];
    const a = after[j];
    const order = !b ? 1 : !a ? -1 : compare(b.id, a.id);
    if (order === 0) {
      if (b !== a) changed.push(a!);
      i++;
      j++;
    } else if (order < 0) {
      removed.push(b!.id);
      i++;
    } else {
      changed.push(a!);
      added++;
      j++;
    }
  }
  return { changed, added, removed };
}

/**
 * A list in id order with records replaced, added (a record) or removed (null), still in id
 * order; `keep(old, next)` may return the old record to keep it when nothing changed.
 */
export function withChanges<T extends Keyed>(
  records: readonly T[],
  changes: ReadonlyMap<string, T | null>,
  keep: (held: T, next: T) => T = (_, next) => next,
): T[] {
  const incoming = [...changes.values()]
    .filter((r): r is T => r !== null)
    .sort((a, b) => compare(a.id, b.id));
  const out: T[] = [];
  let k = 0;
  for (const held of records) {
    while (k < incoming.length && incoming[k]!.id < held.id) out.push(incoming[k++]!);
    if (!changes.has(held.id)) out.push(held);
    else if (k < incoming.length && incoming[k]!.id === held.id)
      out.push(keep(held, incoming[k++]!));
  }
  while (k < incoming.length) out.push(incoming[k++]!);
  return out;
}
