import { describe, expect, it } from 'vitest';
import { fold, matchScore, queryWords, rankSearch, searchIndex } from '../../shared/search';

interface Row {
  id: string;
  statement: string;
  touchpoint: string;
  stage: string;
  channel: string;
}
const rows: Row[] = [
  {
    id: 'a',
    statement: 'Calls answered within a minute',
    touchpoint: 'Call centre',
    stage: 'Support',
    channel: 'Phone',
  },
  {
    id: 'b',
    statement: 'Delivery in two days',
    touchpoint: 'Courier',
    stage: 'Delivery',
    channel: 'Home',
  },
  {
    id: 'c',
    statement: 'Recall every customer who called',
    touchpoint: 'Store',
    stage: 'Support',
    channel: 'Shop',
  },
  {
    id: 'd',
    statement: 'Доставка за два дня',
    touchpoint: 'Курьер',
    stage: 'Доставка',
    channel: 'Дом',
  },
  {
    id: 'e',
    statement: 'Zwroty bez pytań',
    touchpoint: 'Sklep',
    stage: 'Posprzedaż',
    channel: 'Sklep',
  },
];
const index = searchIndex(rows, (r) => [r.statement, r.touchpoint, r.stage, r.channel]);
const ids = (query: string, limit?: number) =>
  rankSearch(index, query, limit).items.map((r) => r.id);

describe('the search rule of pickers and the palette', () => {
  it('keeps every record in its order for an empty query', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids('   ', 2)).toEqual(['a', 'b']);
    expect(rankSearch(index, '', 2).total).toBe(5);
  });

  it('ranks a match at the start of the statement above one inside a word', () => {
    // "call" starts a's statement; it sits inside c's "Recall" and starts its "called".
    expect(ids('call')).toEqual(['a', 'c']);
  });

  it('finds records by touchpoint, stage and channel too', () => {
    expect(ids('courier')).toEqual(['b']);
    expect(ids('support')).toEqual(['a', 'c']);
    expect(ids('phone')).toEqual(['a']);
  });

  it('needs every word, in any order and field', () => {
    expect(ids('support shop')).toEqual(['c']);
    expect(ids('minute phone')).toEqual(['a']);
    expect(ids('minute shop')).toEqual([]);
  });

  it('ignores case and accents, in Russian and Polish too', () => {
    expect(ids('ДОСТАВКА')).toEqual(['d']);
    expect(ids('pytan')).toEqual(['e']);
    expect(fold('Ёлка Źdźbło')).toBe('елка zdzbło'.normalize('NFD').replace(/\p{M}/gu, ''));
  });

  it('weighs the main field above the others', () => {
    const both = searchIndex(
      [
        { id: 'x', statement: 'Parcel lockers', touchpoint: 'Delivery desk' },
        { id: 'y', statement: 'Delivery on time', touchpoint: 'Lockers' },
      ],
      (r) => [r.statement, r.touchpoint],
    );
    expect(rankSearch(both, 'delivery').items.map((r) => r.id)).toEqual(['y', 'x']);
  });

  it('caps the list and says how many matched', () => {
    const many = searchIndex(
      Array.from({ length: 5000 }, (_, i) => ({ id: String(i), statement: `Promise ${i}` })),
      (r) => [r.statement],
    );
    const result = rankSearch(many, 'promise', 50);
    expect(result.items).toHaveLength(50);
    expect(result.total).toBe(5000);
    expect(rankSearch(many, '4999').items.map((r) => r.id)).toEqual(['4999']);
  });

  it('finds a declined word by its stem, below a whole match', () => {
    const declined = searchIndex(
      [
        { id: 'q', statement: 'Вы никогда не стоите в очереди на кассе' },
        { id: 'r', statement: 'Очередь у кассы не длиннее пяти человек' },
        { id: 'k', statement: 'Nigdy nie stoisz w kolejce dłużej niż 5 minut' },
      ],
      (r) => [r.statement],
    );
    expect(rankSearch(declined, 'очередь').items.map((r) => r.id)).toEqual(['r', 'q']);
    expect(rankSearch(declined, 'kolejka').items.map((r) => r.id)).toEqual(['k']);
    // Short words are matched whole only.
    expect(rankSearch(declined, 'касс').items.map((r) => r.id)).toEqual(['q', 'r']);
    expect(rankSearch(declined, 'кот').items).toEqual([]);
  });

  it('scores a missing word as no match', () => {
    expect(matchScore(['abc'], queryWords('abc zzz'))).toBe(0);
    expect(matchScore(['abc'], queryWords('ab'))).toBeGreaterThan(0);
  });

  it('searches 200,000 verbatims once indexed, and caps the answer', () => {
    const words = ['queue', 'till', 'staff', 'price', 'delivery', 'refund', 'friendly', 'slow'];
    const verbatims = Array.from(
      { length: 200_000 },
      (_, i) => `Visit ${i}: ${words[i % 8]} was ${words[(i * 7) % 8]}, then ${words[(i * 3) % 8]}`,
    );
    const big = searchIndex(verbatims, (v) => [v]);
    const found = rankSearch(big, 'queue visit', 8);
    expect(found.items).toHaveLength(8);
    expect(found.total).toBeGreaterThan(0);
    expect(rankSearch(big, 'visit 199999').items[0]).toMatch(/^Visit 199999:/);
  });
});
