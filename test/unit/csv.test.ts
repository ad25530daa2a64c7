import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, parseCsv, writeCsv } from '../../shared/formats/csv';
import { autoMapColumns } from '../../shared/register/csv-fields';
import { registerToCsv } from '../../shared/register/csv-export';
import { planRegisterImport, type ExistingRegister } from '../../shared/register/csv-import';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, '../fixtures/csv', name)));
const EMPTY: ExistingRegister = { stages: [], channels: [], touchpoints: [], promises: [] };

function load(name: string) {
  const decoded = decodeCsv(fixture(name));
  const delimiter = detectDelimiter(decoded.text);
  return { decoded, delimiter, table: parseCsv(decoded.text, delimiter) };
}

describe('reading CSV files as spreadsheets save them', () => {
  it('UTF-8 with a BOM, commas, quoted commas and line breaks', () => {
    const { decoded, delimiter, table } = load('promises-utf8-bom-comma.csv');
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(delimiter).toBe(',');
    expect(table.header[0]).toBe('Stage');
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 5, 7]);
    expect(table.rows[0]!.cells[3]).toBe('You never queue more than 5 minutes, even on Saturdays');
    expect(table.rows[1]!.cells[3]).toBe('Receipts by email,\nif you wish');
  });

  it('UTF-8 without a BOM, tab-separated', () => {
    const { decoded, delimiter, table } = load('promises-utf8-tab.csv');
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(delimiter).toBe('\t');
    expect(table.rows).toHaveLength(2);
  });

  it('Windows-1251 with semicolons and a quoted semicolon, in Russian', () => {
    const { decoded, delimiter, table } = load('promises-win1251-semicolon.csv');
    expect(decoded.encoding).toBe('windows-1251');
    expect(delimiter).toBe(';');
    expect(table.header).toContain('Обещание');
    expect(table.rows[0]!.cells[3]).toBe('Очередь на кассе не длиннее 5 минут');
    expect(table.rows[3]!.cells[3]).toBe('Отвечаем в чате; быстро и по делу');
  });

  it('Windows-1250 with semicolons, in Polish', () => {
    const { decoded, delimiter, table } = load('touchpoints-win1250-semicolon.csv');
    expect(decoded.encoding).toBe('windows-1250');
    expect(delimiter).toBe(';');
    expect(table.header).toEqual(['Etap', 'Kanał', 'Punkt styku', 'Dział', 'Opis']);
    expect(table.rows[2]!.cells[4]).toBe('Zgłoszenia i reklamacje — średni czas');
  });

  it('decodes with the encoding the person chooses instead', () => {
    expect(
      decodeCsv(fixture('touchpoints-win1250-semicolon.csv'), 'windows-1251').text,
    ).not.toContain('Kanał');
  });

  it('writes UTF-8 with a BOM and CRLF, quoting what needs it, and reads it back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const nonBlank = rows.map((r) => r.map((c) => `x${c.trim()}`));
          const bytes = writeCsv(['A', 'B', 'C'], nonBlank);
          expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          const decoded = decodeCsv(bytes);
          const table = parseCsv(decoded.text, detectDelimiter(decoded.text));
          expect(table.rows.map((r) => r.cells)).toEqual(
            nonBlank.map((r) => r.map((c) => c.trim())),
          );
        },
      ),
    );
  });
});

describe('planning an import', () => {
  it('maps Russian headers and creates the stages, channels and touchpoints the promises name', () => {
    const { table } = load('promises-win1251-semicolon.csv');
    const result = planRegisterImport(
      'promises',
      EMPTY,
      table,
      autoMapColumns('promises', table.header),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.stages).toEqual(['Покупка', 'Сервис']);
    expect(result.plan.channels).toEqual(['Магазин', 'Телефон', 'Сайт']);
    expect(result.plan.touchpoints.map((t) => t.name)).toEqual([
      'Касса',
      'Горячая линия',
      'Чат поддержки',
    ]);
    expect(result.plan.promises).toHaveLength(4);
    expect(result.plan.promises[0]).toMatchObject({
      source: { kind: 'advertising', text: '' },
      kind: 'functional',
      importance: 5,
      belief: 2,
      target: { metric: 'Время ожидания', unit: 'мин', direction: 'at-most', threshold: 5 },
    });
    expect(result.plan.promises[1]).toMatchObject({
      source: { kind: 'brand-guideline', text: '' },
      kind: 'emotional',
      target: null,
    });
  });

  it('maps Polish touchpoint headers', () => {
    const { table } = load('touchpoints-win1250-semicolon.csv');
    const result = planRegisterImport(
      'touchpoints',
      EMPTY,
      table,
      autoMapColumns('touchpoints', table.header),
    );
    expect(result.ok && result.plan.touchpoints.map((t) => [t.name, t.department])).toEqual([
      ['Kasa', 'Operacje sklepowe'],
      ['Koszyk', 'E-commerce'],
      ['Infolinia', 'Obsługa klienta'],
    ]);
  });

  it('refuses only a row that a required field cannot place, and warns of optional values it leaves empty', () => {
    const { table } = load('promises-bad-rows.csv');
    const result = planRegisterImport(
      'promises',
      EMPTY,
      table,
      autoMapColumns('promises', table.header),
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 6, message: '“Statement” is empty' }],
      warnings: [
        { line: 4, message: '“Importance” is “7”, not a whole number from 1 to 5: 3 is used' },
        { line: 7, message: '“Belief” is “9”, not a whole number from 0 to 4: it is left empty' },
      ],
    });
  });

  it('keeps a client’s sources in its own words, finding the kind they name, and refuses no row for an optional value', () => {
    const { decoded, table } = load('promises-win1251-free-sources.csv');
    expect(decoded.encoding).toBe('windows-1251');
    const result = planRegisterImport(
      'promises',
      EMPTY,
      table,
      autoMapColumns('promises', table.header),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.plan.promises.map((p) => p.source)).toEqual([
      { kind: 'advertising', text: 'Слоган «Без очередей»' },
      { kind: 'other', text: 'Каталог' },
      { kind: 'advertising', text: 'Закон и реклама' },
      { kind: 'contract', text: 'в договоре оферты' },
      { kind: 'advertising', text: '' },
    ]);
    expect(result.plan.promises.map((p) => [p.importance, p.belief])).toEqual([
      [5, 2],
      [3, null],
      [4, null],
      [3, 3],
      [4, 3],
    ]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [4, '“Belief” is “высокая”, not a whole number from 0 to 4: it is left empty'],
      [5, '“Importance” is “9”, not a whole number from 1 to 5: 3 is used'],
    ]);
  });

  it('warns of a target it cannot make, and of text it cuts or cleans, and still plans the row', () => {
    const long = 'x'.repeat(600);
    const table = parseCsv(
      [
        'Touchpoint;Statement;Source;Target metric;Threshold;Unit;Direction;Kind;Source kind',
        `Till;Fast;${long};Wait;soon;min;;sideways;billboard`,
        'Till;Calm;Каталог;;;s;≥;emotional;umowa',
      ].join('\n'),
      ';',
    );
    const existing: ExistingRegister = {
      ...EMPTY,
      touchpoints: [{ id: 't1', name: 'Till', stageId: 's', channelId: 'c' }],
    };
    const result = planRegisterImport(
      'promises',
      existing,
      table,
      autoMapColumns('promises', table.header),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const [fast, calm] = result.plan.promises;
    expect(fast).toMatchObject({
      source: { kind: 'advertising', text: 'x'.repeat(500) },
      target: null,
      kind: 'functional',
    });
    expect(calm).toMatchObject({
      source: { kind: 'contract', text: 'Каталог' },
      kind: 'emotional',
    });
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        2,
        '“Source” is longer than 500 characters: the rest is cut off; ' +
          '“Kind” is “sideways”, not functional or emotional: functional is used; ' +
          '“Threshold” is “soon”, not a number: the target “Wait” is left out',
      ],
      [
        3,
        '“Unit” is “s”, but no target metric is given: it is left out; ' +
          '“Direction” is “≥”, but no target metric is given: it is left out',
      ],
    ]);
  });

  it('refuses a file without the required columns', () => {
    const { table } = load('promises-utf8-tab.csv');
    const mapping = { ...autoMapColumns('promises', table.header), touchpoint: -1 };
    const result = planRegisterImport('promises', EMPTY, table, mapping);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringContaining('“Touchpoint”') }],
    });
  });

  it('uses touchpoints the audit has by name, and says so when a name is unknown', () => {
    const { table } = load('promises-utf8-tab.csv');
    const existing: ExistingRegister = {
      ...EMPTY,
      touchpoints: [{ id: 't1', name: 'till', stageId: 's', channelId: 'c' }],
    };
    const ok = planRegisterImport(
      'promises',
      existing,
      table,
      autoMapColumns('promises', table.header),
    );
    expect(ok.ok && ok.plan.promises.map((p) => p.touchpoint)).toEqual([
      { id: 't1' },
      { id: 't1' },
    ]);
    const unknown = planRegisterImport(
      'promises',
      EMPTY,
      table,
      autoMapColumns('promises', table.header),
    );
    expect(unknown).toMatchObject({
      ok: false,
      problems: [
        { line: 2, message: expect.stringContaining('not a touchpoint of this audit') },
        { line: 3 },
      ],
    });
  });

  it('round-trips: what Touchstone exports imports into an empty audit whole, and into the same audit as nothing new', () => {
    const { table } = load('promises-win1251-semicolon.csv');
    const first = planRegisterImport(
      'promises',
      EMPTY,
      table,
      autoMapColumns('promises', table.header),
    );
    if (!first.ok) throw new Error('plan failed');
    // Materialise the plan as records.
    const at = '2026-01-01T00:00:00.000Z';
    const base = { auditId: 'a', createdAt: at, updatedAt: at, version: 1, description: '' };
    const stages = first.plan.stages.map((name, i) => ({ ...base, id: `s${i}`, name, order: i }));
    const channels = first.plan.channels.map((name, i) => ({
      ...base,
      id: `c${i}`,
      name,
      order: i,
    }));
    const id = (r: { id: string } | { index: number }, prefix: string) =>
      'id' in r ? r.id : `${prefix}${r.index}`;
    const touchpoints = first.plan.touchpoints.map((t, i) => ({
      ...base,
      id: `t${i}`,
      name: t.name,
      stageId: id(t.stage, 's'),
      channelId: id(t.channel, 'c'),
      department: t.department,
      description: t.description,
    }));
    const promises = first.plan.promises.map((p, i) => ({
      ...base,
      id: `p${i}`,
      touchpointId: id(p.touchpoint, 't'),
      statement: p.statement,
      source: p.source,
      customerWording: p.customerWording,
      kind: p.kind,
      importance: p.importance,
      target: p.target,
      belief: p.belief,
    }));
    const register = { stages, channels, touchpoints, promises };

    const exported = decodeCsv(registerToCsv('promises', register));
    expect(exported).toMatchObject({ encoding: 'utf-8', bom: true });
    const again = parseCsv(exported.text, detectDelimiter(exported.text));
    const mapping = autoMapColumns('promises', again.header);
    const same = planRegisterImport('promises', register, again, mapping);
    expect(same).toMatchObject({
      ok: true,
      plan: { stages: [], channels: [], touchpoints: [], promises: [], alreadyThere: 4 },
    });
    const fresh = planRegisterImport('promises', EMPTY, again, mapping);
    expect(fresh.ok && fresh.plan.promises).toEqual(first.plan.promises);
  });
});
