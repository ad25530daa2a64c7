import fc from 'fast-check';
import iconv from 'iconv-lite';

/**
 * Hostile CSV files: header and cells in any script, huge cells, control characters,
 * quotes left open, formulas (raw and neutralised), prototype-pollution names, duplicated rows, every separator,
 * the encodings spreadsheets write and some they should not (UTF-16), cut short, or garbage.
 */

const HEADERS = [
  'Stage',
  'Channel',
  'Touchpoint',
  'Statement',
  'Source',
  'Kind',
  'Importance',
  'Belief',
  'Target metric',
  'Unit',
  'Direction',
  'Threshold',
  'Department',
  'Description',
  'Этап',
  'Канал',
  'Точка контакта',
  'Обещание',
  'Etap',
  'Kanał',
  'Punkt styku',
  'Obietnica',
  'Date',
  'Comment',
  'Respondent',
  'NPS',
  'CSAT',
];

const REQUIRED = ['Stage', 'Channel', 'Touchpoint', 'Statement'];
const REAL = [
  'Source',
  'Kind',
  'Importance',
  'Belief',
  'Target metric',
  'Unit',
  'Direction',
  'Threshold',
  'Department',
  'Description',
];

const nasty = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '@SUM(A1)',
  // As Touchstone's own export neutralises them, and one level more.
  "'=1+1",
  "''-2",
  "'\t@SUM(A1)",
  '<script>alert(1)</script>',
  '"',
  '""',
  '"unclosed',
  'a\u000Bb',
  'tab\there',
  'line\nbreak',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '😀',
  '\uD800',
  '1',
  '5',
  '0',
  '10',
  '-1',
  '3,5',
  '1e309',
  'NaN',
  'Infinity',
  ' ',
  '2026-13-45',
  '31.02.2026',
  'advertising',
  'реклама',
  'emotional',
  'at most',
  '≤',
  'Buy',
  'Store',
  'Checkout',
);

const cell = fc.oneof(
  { weight: 4, arbitrary: nasty },
  {
    weight: 3,
    arbitrary: fc.constantFrom('Buy', 'Store', 'Checkout', 'Queue under 5 minutes', '3', ''),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 200, max: 100_000 }), fc.constantFrom('x', 'я', '😀'))
      .map(([n, c]) => c.repeat(n)),
  },
);

function quote(value: string, delimiter: string, always: boolean): string {
  return always || /[",;\t\n\r]/.test(value) || value.includes(delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export interface HostileCsv {
  how: string;
  bytes: Uint8Array;
}

/** A hostile CSV file's bytes. */
export const hostileCsv: fc.Arbitrary<HostileCsv> = fc
  .record({
    header: fc.oneof(
      // Mostly a real header in some order, so rows get planned and their cells checked.
      {
        weight: 3,
        arbitrary: fc.shuffledSubarray(REAL, { maxLength: 3 }).map((h) => [...REQUIRED, ...h]),
      },
      {
        weight: 1,
        arbitrary: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cell), { maxLength: 10 }),
      },
    ),
    rows: fc.oneof(
      fc.array(fc.array(cell, { minLength: 4, maxLength: 14 }), { minLength: 1, maxLength: 3 }),
      fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 }),
    ),
    duplicate: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t'),
    quoteAll: fc.boolean(),
    newline: fc.constantFrom('\r\n', '\n', '\r'),
    encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'win1251', 'win1250', 'utf-16le', 'utf-16be'),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    garbage: fc.oneof(
      { weight: 9, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 500 }) },
    ),
  })
  .map(({ header, rows, duplicate, delimiter, quoteAll, newline, encoding, cut, garbage }) => {
    const lines = [header, ...rows, ...(duplicate && rows[0] ? [rows[0], rows[0]] : [])].map((r) =>
      r.map((c) => quote(c, delimiter, quoteAll)).join(delimiter),
    );
    let text = lines.join(newline);
    if (cut !== null) text = text.slice(0, Math.floor(text.length * cut));
    const how = `${header.length} columns, ${rows.length} rows, ${JSON.stringify(delimiter)}, ${encoding}${cut !== null ? `, cut at ${Math.round(cut * 100)}%` : ''}`;
    if (garbage) return named({ how: `${garbage.length} random bytes`, bytes: garbage });
    const bytes =
      encoding === 'utf-8'
        ? new TextEncoder().encode(text)
        : encoding === 'utf-8-bom'
          ? new TextEncoder().encode(`\uFEFF${text}`)
          : new Uint8Array(iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') }));
    return named({ how, bytes });
  });

function named(file: HostileCsv): HostileCsv {
  return Object.assign(file, { [fc.toStringMethod]: () => file.how });
}

/**
 * A register CSV whose coded columns are right (source, kind, importance, belief, target),
 * so whole files get planned, and whose free text is hostile: every cell that reaches a
 * record is then checked against the store's rules.
 */
export const wellFormedRegisterCsv: fc.Arbitrary<HostileCsv> = fc
  .array(
    fc.record({
      text: fc.array(cell, { minLength: 6, maxLength: 6 }),
      source: fc.constantFrom('advertising', 'website', 'реклама', 'umowa', ''),
      kind: fc.constantFrom('functional', 'emotional', 'эмоциональное', ''),
      importance: fc.constantFrom('1', '3', '5', ''),
      belief: fc.constantFrom('0', '4', ''),
      target: fc.option(
        fc.record({
          unit: cell,
          direction: fc.constantFrom('at most', '≥', ''),
          threshold: fc.constantFrom('5', '2,5', '-1'),
        }),
        { nil: null },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((rows) => {
    const header = [
      'Stage',
      'Channel',
      'Touchpoint',
      'Statement',
      'Department',
      'Description',
      'Source',
      'Kind',
      'Importance',
      'Belief',
      'Target metric',
      'Unit',
      'Direction',
      'Threshold',
    ];
    const lines = rows.map((r) => {
      const [stage, channel, touchpoint, statement, department, description] = r.text.map(
        (t) => t.trim() || 'x',
      );
      const t = r.target;
      return [
        stage,
        channel,
        touchpoint,
        statement,
        department,
        description,
        r.source,
        r.kind,
        r.importance,
        r.belief,
        t ? 'Queue' : '',
        t ? t.unit : '',
        t ? t.direction : '',
        t ? t.threshold : '',
      ]
        .map((c) => quote(c!, ';', false))
        .join(';');
    });
    const text = [header.join(';'), ...lines].join('\r\n');
    return named({
      how: `well-formed register, ${rows.length} rows`,
      bytes: new TextEncoder().encode(text),
    });
  });
