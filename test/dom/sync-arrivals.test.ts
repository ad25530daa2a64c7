import { describe, expect, it } from 'vitest';
import { Arrivals, HELD_DOCUMENTS, type PulledDoc } from '../../renderer/src/sync/arrivals';

const doc = (n: number, extra: Partial<PulledDoc> = {}): PulledDoc => ({
  _id: `promises:${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`,
  _rev: `1-${n}`,
  schema: 1,
  type: 'promises',
  auditId: 'a',
  record: {},
  ...extra,
});

describe('what a first replication’s pull brings', () => {
  it('keeps documents as brought, in order, taken a batch at a time', () => {
    const arrivals = new Arrivals();
    arrivals.take([doc(1), doc(2)]);
    arrivals.take([doc(3)]);
    expect(arrivals.next(2)).toEqual({ docs: [doc(1), doc(2)], ids: [] });
    expect(arrivals.next(2)).toEqual({ docs: [doc(3)], ids: [] });
    expect(arrivals.empty).toBe(true);
  });

  it('reads from the replica a document in more than one version, deleted, or with a photo', () => {
    const arrivals = new Arrivals();
    arrivals.take([
      doc(1),
      doc(2, { _rev: '1-x' }),
      doc(2, { _rev: '1-y' }),
      doc(3, { _deleted: true }),
      doc(4, { _attachments: { photo: { content_type: 'image/png', data: 'AA==' } } }),
    ]);
    expect(arrivals.next(10)).toEqual({
      docs: [doc(1)],
      ids: [doc(2)._id, doc(3)._id, doc(4)._id],
    });
  });

  it('reads from the replica a document brought again, and no longer applies its first version', () => {
    const arrivals = new Arrivals();
    arrivals.take([doc(1), doc(2)]);
    arrivals.take([doc(1, { _rev: '2-z' }), doc(1, { _rev: '2-z' })]);
    expect(arrivals.next(10)).toEqual({ docs: [doc(2)], ids: [doc(1)._id] });
    // Applied already, then brought again: read then.
    arrivals.take([doc(2, { _rev: '2-w' })]);
    expect(arrivals.next(10)).toEqual({ docs: [], ids: [doc(2)._id] });
  });

  it('holds so many documents in memory and keeps only the ids of the rest', () => {
    const arrivals = new Arrivals();
    arrivals.take(Array.from({ length: HELD_DOCUMENTS + 2 }, (_, i) => doc(i)));
    const first = arrivals.next(HELD_DOCUMENTS);
    expect(first.docs).toHaveLength(HELD_DOCUMENTS);
    expect(arrivals.next(HELD_DOCUMENTS)).toEqual({
      docs: [],
      ids: [doc(HELD_DOCUMENTS)._id, doc(HELD_DOCUMENTS + 1)._id],
    });
    // Applied, they are held no longer: the next ones are kept as brought.
    arrivals.take([doc(-1)]);
    expect(arrivals.next(1)).toEqual({ docs: [doc(-1)], ids: [] });
  });
});
