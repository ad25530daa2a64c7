import { TEST_NOW } from '../support/clock';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/run';
import { memoryIo } from './memory-io';
import {
  FIELD_PACK_FORMAT,
  FIELD_PACK_VERSION,
  serializeFieldPack,
} from '../../shared/fieldwork/pack-file';
import { readTouchstoneFile } from '../../shared/formats/touchstone-file';
import { createFormats } from '../../shared/report';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { scoreAudit } from '../../shared/scoring';
import { paragraphs, parseXml, sampleBundle, unzipDocx } from './report-docx';

vi.setConfig({ testTimeout: 60_000 });

const SAMPLE = 'resources/sample-audit.json';
const sampleText = readFileSync(new URL(`../../${SAMPLE}`, import.meta.url), 'utf8');

const f = createFormats('en');
const scores = scoreAudit(sampleBundle());

describe('touchstone score', () => {
  it('prints the headline and a table per stage, channel and touchpoint, in scoreAudit’s figures', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    expect(await runCli(['score', SAMPLE], m.io)).toBe(0);
    const text = m.out();
    expect(text).toContain(
      `Alignment index ${f.score(scores.audit.score)} · perception gap ${f.gap(scores.audit.gap)}`,
    );
    expect(text).toContain(`the evidence shows ${f.percent(scores.headline.evidenceKept)}`);
    const discover = sampleBundle().stages.find((s) => s.name === 'Discover')!;
    const line = text.split('\n').find((l) => l.startsWith('Discover'))!;
    expect(line.split(/\s{2,}/)[1]).toBe(f.score(scores.stages.get(discover.id)!.score));
    expect(m.err()).toBe('');
  });

  it('prints JSON with every figure unrounded with --json', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    expect(await runCli(['score', SAMPLE, '--json'], m.io)).toBe(0);
    const json = JSON.parse(m.out()) as {
      score: { score: number; gap: number };
      headline: unknown;
      stages: { name: string; score: number }[];
    };
    expect(json.score.score).toBe(scores.audit.score);
    expect(json.score.gap).toBe(scores.audit.gap);
    expect(json.headline).toEqual(scores.headline);
    expect(json.stages.map((s) => s.name)).toContain('Discover');
  });

  it('gives measured values on band edges the bands docs/scoring.md states', async () => {
    const sample = sampleBundle();
    const target = { metric: 'Wait', unit: 'min', direction: 'at-most' as const, threshold: 2 };
    // 20 % better, on the threshold, 10 % worse, 25 % worse; the last typed as 150 s.
    const edges: [number, string][] = [
      [1.6, 'exceeded'],
      [2, 'kept'],
      [2.2, 'partly'],
      [2.5, 'poor'],
    ];
    const promises = sample.promises.slice(0, edges.length).map((p) => ({ ...p, target }));
    const template = sample.observations.find((o) => o.visitId === null)!;
    const bundle = {
      ...sample,
      promises: [...promises, ...sample.promises.slice(edges.length)],
      visits: [],
      observations: edges.map(([measured], i) => ({
        ...template,
        id: crypto.randomUUID(),
        promiseId: promises[i]!.id,
        outcome: 'scored' as const,
        score: null,
        measured,
        photoIds: [],
      })),
    };
    const m = memoryIo({ 'edges.touchstone': serializeAuditFile(bundle, 'test', TEST_NOW) });
    expect(await runCli(['score', 'edges.touchstone', '--json'], m.io)).toBe(0);
    const json = JSON.parse(m.out()) as {
      promises: { promiseId: string; alignment: number; band: string }[];
    };
    const byId = new Map(json.promises.map((p) => [p.promiseId, p]));
    expect(promises.map((p) => byId.get(p.id)!.band)).toEqual(edges.map(([, band]) => band));
    expect(promises.map((p) => byId.get(p.id)!.alignment)).toEqual([100, 75, 50, 25]);
  });
});

describe('touchstone report', () => {
  it('writes the Word document, with the appendix unless --no-appendix', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    expect(await runCli(['report', SAMPLE, '-o', 'out.docx', '--no-appendix'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^Wrote out\.docx \(\d+ KB\)\.$/);
    const docx = unzipDocx(m.written.get('out.docx')!);
    const h1 = paragraphs(parseXml(docx.xml('word/document.xml')))
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(h1).toContain('Executive summary');
    expect(h1).not.toContain('Appendix: evidence log');
  });

  it('refuses a missing -o, an output that is not .docx, and an unknown language, with exit code 2', async () => {
    for (const [args, message] of [
      [['report', SAMPLE], 'Give the document to write with -o OUT.docx.'],
      [['report', SAMPLE, '-o', 'out.pdf'], 'The output file must end in .docx'],
      [
        ['report', SAMPLE, '-o', 'out.docx', '--lang', 'de'],
        'Unknown language “de”: use en, ru or pl.',
      ],
      [['report', SAMPLE, '-o', 'out.docx', '--colour'], "Unknown option '--colour'"],
    ] as const) {
      const m = memoryIo({ [SAMPLE]: sampleText });
      expect(await runCli(args, m.io), args.join(' ')).toBe(2);
      expect(m.err()).toContain(message);
      expect(m.err()).toContain('Usage:');
      expect(m.written.size).toBe(0);
    }
  });

  it('says when the document cannot be written, with exit code 1', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    expect(await runCli(['report', SAMPLE, '-o', '/read-only/out.docx'], m.io)).toBe(1);
    expect(m.err()).toContain('Cannot write “/read-only/out.docx”: EACCES: permission denied');
  });
});

describe('touchstone validate', () => {
  it('accepts the sample audit file and says what it holds', async () => {
    const m = memoryIo({ [SAMPLE]: sampleText });
    expect(await runCli(['validate', SAMPLE], m.io)).toBe(0);
    expect(m.out()).toContain(`${SAMPLE}: a valid audit file.`);
    expect(m.out()).toContain('47 promises, 353 observations');
  });

  it('accepts a field pack', async () => {
    const b = sampleBundle();
    const pack = serializeFieldPack({
      format: FIELD_PACK_FORMAT,
      version: FIELD_PACK_VERSION,
      packId: crypto.randomUUID(),
      createdAt: '2026-05-01T10:00:00.000Z',
      generator: 'test',
      manager: 'Priya Nair',
      audit: {
        id: b.audit.id,
        name: b.audit.name,
        brand: b.audit.brand,
        language: b.audit.language,
      },
      stages: [],
      channels: [],
      touchpoints: [],
      promises: [],
      visits: [{ ...b.visits[0]!, checklist: [] }],
    });
    const m = memoryIo({ 'pack.tspack': pack });
    expect(await runCli(['validate', 'pack.tspack'], m.io), m.err()).toBe(0);
    expect(m.out()).toContain('a valid field pack');
    expect(m.out()).toContain('For Priya Nair');
  });

  it('names every problem of a damaged audit file, with exit code 1', async () => {
    const file = JSON.parse(sampleText) as {
      promises: { importance: number }[];
      observations: { date: string }[];
    };
    file.promises[2]!.importance = 9;
    file.observations[0]!.date = '31/12/2026';
    const m = memoryIo({ 'bad.touchstone': JSON.stringify(file) });
    expect(await runCli(['validate', 'bad.touchstone'], m.io)).toBe(1);
    expect(m.err()).toContain('touchstone: “bad.touchstone” is not a valid audit file:');
    expect(m.err()).toContain('  - promises[2].importance must be between 1 and 5');
    expect(m.err()).toContain('  - observations[0].date must be a date written YYYY-MM-DD');
    expect(m.out()).toBe('');
  });

  it('refuses what is no Touchstone file, is not JSON, is not text, or does not exist', async () => {
    const cases: [string, string | Uint8Array | undefined, string][] = [
      ['package.json', '{"name":"touchstone"}', '“package.json” is not a Touchstone file'],
      ['notes.txt', 'hello, world', 'is not valid JSON'],
      [
        'photo.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]),
        '“photo.png” is not a Touchstone file (an audit file, a field pack or a results file).\n  - is not UTF-8 text',
      ],
      ['missing.touchstone', undefined, 'Cannot read “missing.touchstone”: no such file.'],
    ];
    for (const [path, content, message] of cases) {
      const m = memoryIo(content === undefined ? {} : { [path]: content });
      expect(await runCli(['validate', path], m.io), path).toBe(1);
      expect(m.err()).toContain(message);
    }
  });

  it('names UTF-16 and ZIP files as the app does, with the app’s reader and its words', async () => {
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${sampleText.slice(0, 200)}`, 'utf16le'));
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    const cases: [string, Uint8Array, string][] = [
      ['notepad.touchstone', utf16, 'is UTF-16 text; Touchstone files are UTF-8'],
      ['report.docx', zip, 'is a ZIP archive (a Word or Excel file?), not a Touchstone file'],
    ];
    for (const [path, bytes, reason] of cases) {
      const m = memoryIo({ [path]: bytes });
      expect(await runCli(['validate', path], m.io), path).toBe(1);
      expect(m.err()).toContain(`  - ${reason}`);
      expect(m.err()).not.toContain('not UTF-8');
      // The very refusal the app's import makes of the same bytes.
      expect(() => readTouchstoneFile(bytes)).toThrow(`The file: ${reason}`);
    }
  });

  it('says every refusal in the reader’s language', async () => {
    const m = memoryIo({ 'notepad.touchstone': new Uint8Array([0xff, 0xfe, 0x7b, 0]) });
    m.io.locale = 'ru_RU.UTF-8';
    expect(await runCli(['validate', 'notepad.touchstone'], m.io)).toBe(1);
    expect(m.err()).toContain(
      '  - записан в кодировке UTF-16, а файлы Touchstone записываются в UTF-8',
    );
    const gone = memoryIo();
    gone.io.locale = 'pl_PL.UTF-8';
    expect(await runCli(['validate', 'brak.touchstone'], gone.io)).toBe(1);
    expect(gone.err()).toContain('Nie można odczytać „brak.touchstone”: nie ma takiego pliku.');
  });

  it('refuses a report of a file that is not an audit', async () => {
    const m = memoryIo({ 'x.json': '{"format":"touchstone-field-results","version":1}' });
    expect(await runCli(['report', 'x.json', '-o', 'x.docx'], m.io)).toBe(1);
    expect(m.written.size).toBe(0);
  });
});

describe('the command line itself', () => {
  it('prints its usage for --help and refuses no command or an unknown one with exit code 2', async () => {
    const help = memoryIo();
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out()).toContain(
      'touchstone report AUDIT_FILE -o OUT.docx [--lang en|ru|pl] [--no-appendix]',
    );
    const none = memoryIo();
    expect(await runCli([], none.io)).toBe(2);
    expect(none.err()).toContain('Give a command: report, score, survey, validate or sync.');
    const unknown = memoryIo();
    expect(await runCli(['publish', SAMPLE], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('Unknown command “publish”.');
    const extra = memoryIo({ [SAMPLE]: sampleText });
    expect(await runCli(['score', SAMPLE, 'other.json'], extra.io)).toBe(2);
    expect(extra.err()).toContain('Unexpected argument “other.json”.');
  });

  it('runs as `touchstone` through bin/touchstone.mjs, writing the file atomically and exiting with the code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'touchstone-cli-'));
    try {
      const bin = new URL('../../bin/touchstone.mjs', import.meta.url).pathname;
      const out = join(dir, 'report.docx');
      const ok = spawnSync(process.execPath, [bin, 'report', SAMPLE, '-o', out, '--no-appendix'], {
        encoding: 'utf8',
      });
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toContain(`Wrote ${out}`);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
      const bad = spawnSync(process.execPath, [bin, 'validate', join(dir, 'nothing.touchstone')], {
        encoding: 'utf8',
      });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('no such file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
