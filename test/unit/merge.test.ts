import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conflictsOf,
  HUB,
  hubState,
  mergeAll,
  type IncomingVersion,
  type RecordState,
} from '../../shared/fieldwork/merge';

interface Rec {
  id: string;
  updatedAt: string;
  createdAt: string;
  version: number;
  value: number;
}
const TIMES = [
  '2026-05-01T10:00:00.000Z',
  '2026-05-02T10:00:00.000Z',
  '2026-05-03T10:00:00.000Z',
  '2026-05-04T10:00:00.000Z',
];
// A copy's version grows with each write of it, as its time does: the nth time, version n.
const rec = (id: string, updatedAt: string, value: number): Rec => ({
  id,
  updatedAt,
  createdAt: TIMES[0]!,
  version: TIMES.indexOf(updatedAt) + 1,
  value,
});

const recArb = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c'),
    updatedAt: fc.constantFrom(...TIMES),
    value: fc.integer({ min: 0, max: 2 }),
  })
  .map((r) => rec(r.id, r.updatedAt, r.value));
const hubArb = fc
  .uniqueArray(recArb, { selector: (r) => r.id, maxLength: 3 })
  .map((list) => new Map(list.map((r) => [r.id, hubState(r)] as const)));
const incomingArb: fc.Arbitrary<IncomingVersion<Rec>> = fc.record({
  record: recArb,
  packId: fc.constantFrom('pack-1', 'pack-2'),
  base: fc.option(fc.integer({ min: 1, max: TIMES.length }), { nil: null }),
});
const resultsArb = fc.array(incomingArb, { maxLength: 6 });

fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 300) });

describe('merging field results', () => {
  it('is idempotent: the same results twice change nothing the second time', () => {
    fc.assert(
      fc.property(hubArb, resultsArb, (hub, results) => {
        const once = mergeAll(hub, results);
        expect(mergeAll(once, results)).toEqual(once);
      }),
    );
  });

  it('does not depend on the order results arrive in', () => {
    fc.assert(
      fc.property(hubArb, resultsArb, resultsArb, (hub, a, b) => {
        expect(mergeAll(mergeAll(hub, a), b)).toEqual(mergeAll(mergeAll(hub, b), a));
      }),
    );
    fc.assert(
      fc.property(
        hubArb,
        resultsArb.chain((r) =>
          fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length })),
        ),
        (hub, [results, shuffled]) => {
          expect(mergeAll(hub, shuffled)).toEqual(mergeAll(hub, results));
        },
      ),
    );
  });

  it('loses nothing: the newest version from every pack, and the hub’s own edits, are all kept', () => {
    fc.assert(
      fc.property(hubArb, resultsArb, (hub, results) => {
        const merged = mergeAll(hub, results);
        const kept = (s: RecordState<Rec>) => [s.record, ...Object.values(s.others)];
        for (const incoming of results) {
          const state = merged.get(incoming.record.id)!;
          const newestSeen = state.seen[incoming.packId]!;
          expect(newestSeen >= incoming.record.version).toBe(true);
          expect(kept(state).some((r) => r.version === newestSeen)).toBe(true);
        }
        for (const [id, before] of hub) {
          const stepsAside = results.some(
            (r) => r.record.id === id && r.base === before.record.version,
          );
          if (!stepsAside) expect(merged.get(id)!.record).toEqual(before.record);
        }
      }),
    );
  });
});

describe('one record, as a consultant meets it', () => {
  const packed = rec('a', TIMES[0]!, 1);

  it('takes the manager’s version when the consultant has not touched the record since the pack', () => {
    const state = mergeAll(new Map([['a', hubState(packed)]]), [
      { record: rec('a', TIMES[2]!, 3), packId: 'pack-1', base: 1 },
    ]).get('a')!;
    expect(state.record.value).toBe(3);
    expect(state.origin).toBe('pack-1');
    expect(conflictsOf(state)).toEqual([]);
  });

  it('keeps both versions and flags the conflict when both sides edited it', () => {
    const editedAtHub = rec('a', TIMES[1]!, 2);
    const state = mergeAll(new Map([['a', hubState(editedAtHub)]]), [
      { record: rec('a', TIMES[2]!, 3), packId: 'pack-1', base: 1 },
    ]).get('a')!;
    expect(state.origin).toBe(HUB);
    expect(state.record.value).toBe(2);
    expect(conflictsOf(state)).toEqual([{ origin: 'pack-1', record: rec('a', TIMES[2]!, 3) }]);
  });

  it('raises no conflict when both sides arrived at the same content', () => {
    const state = mergeAll(new Map([['a', hubState(rec('a', TIMES[1]!, 3))]]), [
      { record: rec('a', TIMES[2]!, 3), packId: 'pack-1', base: 1 },
    ]).get('a')!;
    expect(conflictsOf(state)).toEqual([]);
  });

  it('adds a record made in the field', () => {
    const made = rec('new', TIMES[3]!, 4);
    const state = mergeAll(new Map(), [{ record: made, packId: 'pack-1', base: null }]).get('new')!;
    expect(state.record).toEqual(made);
  });
});
