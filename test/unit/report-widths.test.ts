import { describe, expect, it } from 'vitest';
import { TABLE_CELL_MARGIN, TABLE_HEADING_SIZE, TABLE_TEXT_SIZE } from '../../shared/report/styles';
import { fitColumns, lineWidth, type ColumnText } from '../../shared/report/widths';

const body = (...texts: string[]): ColumnText[] =>
  texts.map((text) => ({ text, size: TABLE_TEXT_SIZE }));
const sum = (widths: number[]) => widths.reduce((s, w) => s + w, 0);

/** The width a text's longest word needs, as the width of a column that would otherwise have none. */
const need = (text: string) =>
  fitColumns(
    [
      { weight: 0.001, header: '' },
      { weight: 1000, header: '' },
    ],
    [body(text), []],
    100_000,
  ).widths[0]!;

describe('column widths that keep words whole', () => {
  it('shares the width by weight where every word fits', () => {
    const fit = fitColumns(
      [
        { weight: 1, header: 'Ref.' },
        { weight: 2, header: 'Promise' },
        { weight: 1, header: 'Gap' },
      ],
      [body('P1'), body('We answer every call'), body('+35')],
      8000,
    );
    expect(fit).toEqual({ widths: [2000, 4000, 2000], headingSize: TABLE_HEADING_SIZE });
  });

  it('widens a column to its longest heading or body word, taking the width from the others by weight', () => {
    const columns = [
      { weight: 2, header: 'Stage' },
      { weight: 1, header: 'Operacyjne' },
      { weight: 6, header: 'Note' },
      { weight: 1, header: 'Date' },
    ];
    // By weight alone they would be 2,000, 1,000, 6,000 and 1,000 twips wide.
    const fit = fitColumns(columns, [[], [], body('short words'), body('14.03.2026')], 9000);
    const [stage, heading, note, date] = fit.widths;
    expect(heading).toBeGreaterThan(1000);
    expect(date).toBeGreaterThan(1000);
    // The others keep their weights' proportion.
    expect(Math.abs(note! - 3 * stage!)).toBeLessThanOrEqual(3);
    expect(sum(fit.widths)).toBe(9000);
    expect(fit.headingSize).toBe(TABLE_HEADING_SIZE);
  });

  it('measures Cyrillic and accented letters, and keeps words joined by a no-break space together', () => {
    expect(need('Ж')).toBeGreaterThan(need('ж'));
    expect(need('Щ')).toBeGreaterThan(need('O'));
    expect(need('ą')).toBe(need('a'));
    expect(need('Наблюдения')).toBeGreaterThan(need('Coverage'));
    expect(need('100\u00a0%')).toBeGreaterThan(need('100 %'));
    expect(need('100 %')).toBe(need('100'));
  });

  it('makes the headings smaller where they cannot fit at their size', () => {
    const headers = ['Операционные', 'Самооценка', 'Проверено', 'Наблюдения', 'Разрыв'];
    const columns = headers.map((header) => ({ weight: 1, header }));
    expect(fitColumns(columns, [], 9000).headingSize).toBe(TABLE_HEADING_SIZE);
    const tight = fitColumns(columns, [], 5400);
    expect(tight.headingSize).toBeLessThan(TABLE_HEADING_SIZE);
    expect(sum(tight.widths)).toBe(5400);
    // The longest heading word has the widest column, the shortest the narrowest.
    expect(Math.max(...tight.widths)).toBe(tight.widths[0]);
    expect(Math.min(...tight.widths)).toBe(tight.widths[4]);
  });

  it('lets a word longer than twice an even share break rather than squeeze the other columns', () => {
    const url = 'https://example.com/a/very/long/address/that/no/column/can/hold/whole';
    const fit = fitColumns(
      [
        { weight: 1, header: 'Ref.' },
        { weight: 1, header: 'Note' },
      ],
      [[], body(url)],
      4000,
    );
    expect(fit.widths).toEqual([2000, 2000]);
  });

  it('lets a line break after a hyphen inside a word, as Word and LibreOffice do, but not in a number', () => {
    expect(need('Бьюкенен-стрит')).toBe(need('Бьюкенен-'));
    expect(need('интернет-магазином')).toBe(need('магазином'));
    expect(need('10-15')).toBeGreaterThan(need('10-'));
    expect(need('-25')).toBeGreaterThan(need('25'));
  });

  it('keeps every heading word whole where the body’s words cannot all fit, squeezing the body instead', () => {
    const headers = ['№', 'Дата', 'Волна', 'Метод', 'Наблюдатель и место', 'Результат'];
    const columns = headers.map((header) => ({ weight: 1, header }));
    const words = ['P10', '14.03.2026', '1', 'использования', 'Оксфордстрит', 'Неприменимо'];
    const texts = words.map((w) => body(w));
    const total = 5800;
    expect(sum(words.map(need))).toBeGreaterThan(total);
    const fit = fitColumns(columns, texts, total);
    expect(sum(fit.widths)).toBe(total);
    // Each heading's longest word, at the size the header row is set in, fits its column.
    headers.forEach((header, i) => {
      const word = Math.max(...header.split(' ').map((w) => lineWidth(w, fit.headingSize)));
      expect(fit.widths[i], header).toBeGreaterThanOrEqual(word + 2 * TABLE_CELL_MARGIN);
    });
  });
});
