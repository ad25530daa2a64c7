import { describe, expect, it } from 'vitest';
import type { BrandPromise, Observation, Touchpoint } from '../../shared/domain';
import {
  filterLog,
  logRows,
  NO_FILTERS,
  type LogRow,
} from '../../renderer/src/features/fieldwork/log-rows';
import { nextLogSort, sortLog } from '../../renderer/src/features/fieldwork/log-sort';

const at = '2026-03-01T10:00:00.000Z';
const base = { auditId: '00000000-0000-4000-8000-000000000001', createdAt: at, updatedAt: at, version: 1 };
const touchpoint: Touchpoint = {
  ...base,
  id: '00000000-0000-4000-8000-0000000000a1',
  stageId: '00000000-0000-4000-8000-0000000000b1',
  channelId: '00000000-0000-4000-8000-0000000000c1',
  name: 'Checkout',
  department: 'Stores',
  description: '',
};
const promise: BrandPromise = {
  ...base,
  id: '00000000-0000-4000-8000-0000000000d1',
  touchpointId: touchpoint.id,
  statement: 'You never queue more than 5 minutes',
  source: { kind: 'advertising', text: '' },
  customerWording: '',
  kind: 'functional',
  importance: 5,
  target: { metric: 'Queue', unit: 'min', direction: 'at-most', threshold: 5 },
  belief: 3,
};
const observation = (n: number, patch: Partial<Observation> = {}): Observation => ({
  ...base,
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  promiseId: promise.id,
  visitId: null,
  externalKey: null,
  method: 'field-check',
  date: `2026-03-${String(n).padStart(2, '0')}`,
  wave: 1,
  observer: 'Ola',
  location: 'Kraków',
  outcome: 'scored',
  score: 2,
  measured: null,
  verbatim: '',
  note: '',
  photoIds: [],
  ...patch,
});
const maps = (p = promise, t = touchpoint) => [new Map([[p.id, p]]), new Map([[t.id, t]])] as const;

describe('the observation log’s lines', () => {
  it('reuses the line of an unchanged record and remakes it when its promise or touchpoint changes', () => {
    const list = [observation(1), observation(2)];
    const first = logRows(list, ...maps());
    expect(logRows(list, ...maps())[0]).toBe(first[0]);

    const renamed = { ...touchpoint, name: 'Tills', updatedAt: '2026-03-02T10:00:00.000Z' };
    const again = logRows(list, ...maps(promise, renamed));
    expect(again[0]).not.toBe(first[0]);
    expect(again[0]!.touchpoint).toBe('Tills');

    const retargeted = {
      ...promise,
      target: { ...promise.target!, threshold: 20 },
      updatedAt: '2026-03-03T10:00:00.000Z',
    };
    const measured = [observation(3, { score: null, measured: 9 })];
    expect(logRows(measured, ...maps())[0]!.score).toBe(0);
    expect(logRows(measured, ...maps(retargeted))[0]!.score).toBeGreaterThanOrEqual(3);
  });

  it('finds a row by any of its texts, ignoring case and accents', () => {
    const rows = logRows(
      [observation(1, { verbatim: 'Très lent' }), observation(2, { location: 'Łódź' })],
      ...maps(),
    );
    const ids = (query: string) => filterLog(rows, { ...NO_FILTERS, query }).map((r) => r.id);
    expect(ids('tres')).toEqual([rows[0]!.id]);
    expect(ids('ŁODZ')).toEqual([rows[1]!.id]);
    expect(ids('QUEUE')).toHaveLength(2);
    expect(ids('checkout')).toHaveLength(2);
    expect(ids('nothing like it')).toEqual([]);
    expect(filterLog(rows, NO_FILTERS)).toBe(rows);
  });
});

describe('sorting the log', () => {
  const rows = logRows(
    [
      observation(3, { observer: 'bea', score: 4 }),
      observation(1, { observer: 'Ádam', score: null, measured: 2 }),
      observation(2, { observer: '', outcome: 'not-applicable', score: null }),
      observation(4, { observer: 'adam', score: 1 }),
    ],
    ...maps(),
  );
  const order = (list: readonly LogRow[]) => list.map((r) => Number(r.id.slice(-2)));

  it('orders by one column either way, with empty values last and ties in their order', () => {
    expect(order(sortLog(rows, { id: 'date', desc: false }))).toEqual([1, 2, 3, 4]);
    expect(order(sortLog(rows, { id: 'date', desc: true }))).toEqual([4, 3, 2, 1]);
    // "Ádam" and "adam" are the same to the collator, so they keep their order.
    expect(order(sortLog(rows, { id: 'observer', desc: false }))).toEqual([1, 4, 3, 2]);
    expect(order(sortLog(rows, { id: 'observer', desc: true }))).toEqual([3, 1, 4, 2]);
    // 2 minutes against "at most 5" scores high; not applicable has no score.
    expect(order(sortLog(rows, { id: 'score', desc: true }))).toEqual([3, 1, 4, 2]);
    expect(sortLog(rows, null)).toBe(rows);
  });

  it('cycles a header: text up first, numbers down first, then the other way, then none', () => {
    expect(nextLogSort(null, 'promise')).toEqual({ id: 'promise', desc: false });
    expect(nextLogSort({ id: 'promise', desc: false }, 'promise')).toEqual({
      id: 'promise',
      desc: true,
    });
    expect(nextLogSort({ id: 'promise', desc: true }, 'promise')).toBeNull();
    expect(nextLogSort({ id: 'date', desc: true }, 'wave')).toEqual({ id: 'wave', desc: true });
  });
});
