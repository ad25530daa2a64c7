import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/run';
import { decodeCsv, parseCsv } from '../../../shared/formats/csv';
import { questionNameFor } from '../../../shared/survey/definition';
import { readWorkbook } from '../../../shared/survey/workbook';
import { checkXlsForm } from '../../../shared/survey/xlsform-check';
import { memoryIo } from '../memory-io';
import { sampleBundle } from '../report-docx';
import { CHECKOUT, touchpointNamed } from './sample-survey';

vi.setConfig({ testTimeout: 60_000 });

const SAMPLE = 'resources/sample-audit.json';
const sampleText = readFileSync(new URL(`../../../${SAMPLE}`, import.meta.url), 'utf8');
const bundle = sampleBundle();
const checkout = touchpointNamed(bundle, CHECKOUT);
const checkoutNames = bundle.promises
  .filter((p) => p.touchpointId === checkout.id)
  .map((p) => questionNameFor(p.id));

describe('touchstone survey', () => {
  it('writes the XLSForm of every promise of the audit when no touchpoint is named', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    expect(await runCli(['survey', SAMPLE, '--format', 'xlsform', '-o', 'all.xlsx'], m.io)).toBe(0);
    expect(m.out()).toMatch(
      /^Wrote all\.xlsx: 47 promise questions, form “touchstone_[0-9a-f]{12}”, version 1\.$/,
    );
    const book = await readWorkbook(m.written.get('all.xlsx')!);
    expect(checkXlsForm(book)).toEqual([]);
    const names = book.survey!.map((r) => r[1]);
    for (const p of bundle.promises) expect(names).toContain(questionNameFor(p.id));
  });

  it('writes the same form twice over, and the named touchpoints’ promises only, by name or id', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    const args = [
      'survey',
      SAMPLE,
      '--touchpoint',
      'store checkout and payment',
      '--format',
      'limesurvey',
    ];
    expect(await runCli([...args, '-o', 'a.txt'], m.io)).toBe(0);
    expect(
      await runCli(
        ['survey', SAMPLE, '--touchpoint', checkout.id, '--format', 'limesurvey', '-o', 'b.txt'],
        m.io,
      ),
    ).toBe(0);
    const a = new TextDecoder().decode(m.written.get('a.txt'));
    expect(new TextDecoder().decode(m.written.get('b.txt'))).toBe(a);
    const codes = a
      .split('\r\n')
      .map((l) => l.split('\t'))
      .filter((c) => c[2] === 'Q')
      .map((c) => c[4]);
    expect(codes).toEqual([...checkoutNames, 'nps', 'improve']);
  });

  it('writes the CSV codebook on the scale asked for, without NPS when told', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    const args = [
      'survey',
      SAMPLE,
      '--touchpoint',
      CHECKOUT,
      '--format',
      'csv',
      '-o',
      'c.csv',
      '--scale',
      'rubric',
      '--no-nps',
    ];
    expect(await runCli(args, m.io)).toBe(0);
    const { text } = decodeCsv(m.written.get('c.csv')!);
    const rows = parseCsv(text, ',').rows.map((r) => r.cells);
    expect(rows.map((r) => r[0])).toEqual([...checkoutNames, 'improve']);
    expect(rows[0]![6]).toBe('rubric 0–4');
  });

  it('refuses a wrong format, output or scale with exit code 2, and writes nothing', async () => {
    for (const [args, message] of [
      [
        ['survey', SAMPLE, '-o', 'x.xlsx'],
        'Give the format with --format xlsform, limesurvey or csv.',
      ],
      [
        ['survey', SAMPLE, '--format', 'pdf', '-o', 'x.pdf'],
        'Unknown format “pdf”: use xlsform, limesurvey or csv.',
      ],
      [['survey', SAMPLE, '--format', 'xlsform'], 'Give the file to write with -o OUT.xlsx.'],
      [
        ['survey', SAMPLE, '--format', 'limesurvey', '-o', 'x.csv'],
        'A limesurvey file must end in .txt: “x.csv”.',
      ],
      [
        ['survey', SAMPLE, '--format', 'csv', '-o', 'x.csv', '--scale', 'nps'],
        'Unknown scale “nps”: use csat or rubric.',
      ],
    ] as const) {
      const m = memoryIo({ [SAMPLE]: sampleText });
      expect(await runCli(args, m.io), args.join(' ')).toBe(2);
      expect(m.err()).toContain(message);
      expect(m.err()).toContain('touchstone survey AUDIT_FILE');
      expect(m.written.size).toBe(0);
    }
  });

  it('refuses a touchpoint the audit does not have with exit code 1, listing those it has', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    const args = [
      'survey',
      SAMPLE,
      '--touchpoint',
      'Drive-through',
      '--format',
      'csv',
      '-o',
      'x.csv',
    ];
    expect(await runCli(args, m.io)).toBe(1);
    expect(m.err()).toContain('The audit has no touchpoint “Drive-through”. Its touchpoints:');
    expect(m.err()).toContain(`  - ${CHECKOUT}`);
    expect(m.written.size).toBe(0);
  });

  it('speaks the terminal’s language', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    m.io.locale = 'pl_PL.UTF-8';
    expect(await runCli(['survey', SAMPLE, '--format', 'csv', '-o', 'x.xlsx'], m.io)).toBe(2);
    expect(m.err()).toContain('Plik csv musi kończyć się na .csv: „x.xlsx”.');
  });
});
