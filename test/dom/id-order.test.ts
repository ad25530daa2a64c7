import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffInIdOrder, inIdOrder, withChanges } from '../../renderer/src/db/id-order';

interface Rec {
  id: string;
  v: number;
}

const sorted = (list: Rec[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** Distinct records in id order. */
const records = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 40 })
  .map((ids) => sorted(ids.map((id, v) => ({ id, v }))));

describe('records in id order', () => {
  it('are changed as a lookup by id would change them, and stay in order', () => {
    fc.assert(
      fc.property(
        records,
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.option(fc.nat(9)))),
        (held, edits) => {
          const changes = new Map<string, Rec | null>(
            edits.map(([id, v]) => [id, v === null ? null : { id, v }]),
          );
          const expected = new Map(held.map((r) => [r.id, r]));
          for (const [id, r] of changes) {
            if (r) expected.set(id, r);
            else expected.delete(id);
          }
          expect(withChanges(held, changes)).toEqual(sorted([...expected.values()]));
        },
      ),
    );
  });

  it('keep an old record where `keep` says so', () => {
    const held = [{ id: 'a', v: 1 }];
    const next = withChanges(held, new Map([['a', { id: 'a', v: 1 }]]), (old) => old);
    expect(next[0]).toBe(held[0]);
  });

  it('tell what was added, replaced and removed between two versions', () => {
    fc.assert(
      fc.property(records, records, (before, after) => {
        // Records with the same id and value are the same object, as the cache keeps them.
        const old = new Map(before.map((r) => [r.id, r]));
        const next = after.map((r) => (old.get(r.id)?.v === r.v ? old.get(r.id)! : r));
        const { changed, added, removed } = diffInIdOrder(before, next);
        expect(changed).toEqual(next.filter((r) => old.get(r.id) !== r));
        expect(added).toBe(next.filter((r) => !old.has(r.id)).length);
        const present = new Set(next.map((r) => r.id));
        expect(removed).toEqual(before.filter((r) => !present.has(r.id)).map((r) => r.id));
      }),
    );
  });

  it('are put in order when they come in another', () => {
    const list = [
      { id: 'b', v: 0 },
      { id: 'a', v: 1 },
    ];
    expect(inIdOrder(list).map((r) => r.id)).toEqual(['a', 'b']);
    const ordered = sorted(list);
    expect(inIdOrder(ordered)).toBe(ordered);
  });
});
