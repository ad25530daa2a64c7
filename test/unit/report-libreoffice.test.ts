import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditBundle, Language } from '../../shared/domain';
import { createTranslator } from '../../shared/i18n';
import { localizeSample } from '../../shared/i18n/sample/localize';
import { buildReport, createFormats } from '../../shared/report';
import { scoreAudit } from '../../shared/scoring';
import {
  contentsHeadings,
  headingNumbers,
  paragraphs,
  parseXml,
  sampleBundle,
  unzipDocx,
} from './report-docx';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const soffice = has('soffice');
const poppler = has('pdftotext') && has('pdfinfo');
if (!soffice)
  console.warn(
    'LibreOffice (soffice) is not installed: the PDF conversion check is skipped. apt-get install libreoffice-writer-nogui poppler-utils',
  );

const dir = mkdtempSync(join(tmpdir(), 'touchstone-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Words of the document's text broken inside across two lines of the PDF, as "Coverag|e": a
 * word that ends a line and is no word of the document, followed straight below by the rest.
 */
function brokenWords(docx: Uint8Array, pdf: string): string[] {
  const text = paragraphs(parseXml(unzipDocx(docx).xml('word/document.xml'))).map((p) => p.text);
  const words = new Set(text.flatMap((t) => t.split(/\s+/)));
  const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  const boxes = [
    ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    word: m[3]!.replace(/&(\w+);/g, (e, name: string) => ENTITIES[name] ?? e),
  }));
  return boxes.slice(1).flatMap((b, i) => {
    const a = boxes[i]!;
    const below = b.y > a.y + 2 && Math.abs(b.x - a.x) < 60;
    // A line may end after a hyphen.
    const whole = words.has(a.word) || a.word.endsWith('-');
    return below && !whole && words.has(a.word + b.word) ? [`${a.word}|${b.word}`] : [];
  });
}

/** One of the sample audit's documents, in a language, with or without its appendix. */
interface Converted {
  name: string;
  language: Language;
  bundle: AuditBundle;
  bytes: Uint8Array;
  pdf: string;
}

const LANGUAGES = ['en', 'ru', 'pl'] as const;
const documents: Converted[] = [];
for (const language of LANGUAGES)
  for (const appendix of [true, false])
    documents.push({
      name: `sample-${language}${appendix ? '' : '-no-appendix'}`,
      language,
      bundle: localizeSample(sampleBundle(), language),
      bytes: new Uint8Array(),
      pdf: join(dir, `sample-${language}${appendix ? '' : '-no-appendix'}.pdf`),
    });
let conversion = { status: 0 as number | null, output: '' };

const pdfText = (pdf: string, ...args: string[]) =>
  spawnSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .stdout;

describe.skipIf(!soffice)('the sample audit’s document in LibreOffice', () => {
  beforeAll(async () => {
    for (const d of documents) {
      d.bytes = await buildReport(d.bundle, {
        date: '2026-10-01',
        pageNumbers: 'auto',
        appendix: !d.name.endsWith('no-appendix'),
      });
      writeFileSync(join(dir, `${d.name}.docx`), d.bytes);
    }
    // One run for all six, with a profile of its own, so a LibreOffice already running elsewhere
    // does not take the job.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...documents.map((d) => join(dir, `${d.name}.docx`)),
      ],
      { encoding: 'utf8', timeout: 480_000 },
    );
    conversion = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  }, 600_000);

  it('converts each to PDF without error, the English one with its landscape plan and all', () => {
    expect(conversion.status, conversion.output).toBe(0);
    for (const d of documents)
      expect(existsSync(d.pdf), `${d.name}: ${conversion.output}`).toBe(true);
    if (!poppler) return;
    const [english] = documents;
    const info = spawnSync('pdfinfo', [english!.pdf], { encoding: 'utf8' }).stdout;
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(15);
    const text = pdfText(english!.pdf, '-layout');
    const scores = scoreAudit(english!.bundle);
    expect(text).toContain('Executive summary');
    expect(text).toContain('The plan: current state to future state');
    expect(text).toMatch(
      new RegExp(
        `The team believes ${createFormats('en').percent(scores.headline.believedKept)} of its promises`,
      ),
    );
    // The plan's pages are landscape: wider than tall.
    const sizes = spawnSync('pdfinfo', ['-f', '1', '-l', '999', english!.pdf], {
      encoding: 'utf8',
    }).stdout;
    const pages = [...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    expect(pages.some(Boolean)).toBe(true);
    expect(pages[0]).toBe(false);
  });

  describe.each(documents.map((d) => [d.name, d] as const))('%s', (_, d) => {
    it.skipIf(!poppler)('lists every heading in the contents with its number and page', () => {
      const headings = contentsHeadings(parseXml(unzipDocx(d.bytes).xml('word/document.xml')));
      const numbers = headingNumbers(headings.map((h) => h.level));
      // The contents page: the cover is page 1.
      const lines = pdfText(d.pdf, '-layout', '-f', '2', '-l', '2')
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim());
      const missing = headings.filter((h, i) => {
        const entry = new RegExp(
          `^${numbers[i]!.replace('.', '\\.')} ${escape(h.text)}\\.* ?\\d+$`,
        );
        return !lines.some((l) => entry.test(l));
      });
      expect(missing.map((h) => h.text)).toEqual([]);
    });

    it.skipIf(!poppler)('numbers every caption', () => {
      const { t } = createTranslator(d.language);
      const text = pdfText(d.pdf);
      for (const kind of [t('report.table'), t('report.figure')]) {
        expect(text).not.toMatch(new RegExp(`${kind} ?:`));
        expect(text).toMatch(new RegExp(`${kind} 1: `));
      }
    });

    it.skipIf(!poppler)(
      'shows each measured promise’s target and what its measurements say',
      () => {
        const { t } = createTranslator(d.language);
        const f = createFormats(d.language);
        const text = pdfText(d.pdf).replace(/\s+/g, ' ');
        const targeted = d.bundle.promises.filter((p) => p.target);
        expect(targeted.length).toBeGreaterThan(5);
        for (const { target } of targeted) {
          const sign = t(
            target!.direction === 'at-most' ? 'report.target.atMost' : 'report.target.atLeast',
          );
          const line = t('report.target.line', {
            metric: target!.metric,
            target: `${sign} ${f.number(target!.threshold)} ${target!.unit}`,
          });
          expect(text).toContain(`${line} · `);
        }
      },
    );

    it.skipIf(!poppler)('sets each cover label on one line, beside its value', () => {
      const { t } = createTranslator(d.language);
      const cover = pdfText(d.pdf, '-layout', '-f', '1', '-l', '1')
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim());
      const labels = ['period', 'team', 'status', 'evidenceAsOf', 'date'] as const;
      for (const label of labels) {
        const text = t(`report.cover.${label}`);
        expect(
          cover.some((l) => l.startsWith(`${text} `)),
          `${text}\n${cover.join('\n')}`,
        ).toBe(true);
      }
    });

    it.skipIf(!poppler)('breaks no word inside, in a heading, a header cell or a body cell', () => {
      expect(brokenWords(d.bytes, d.pdf)).toEqual([]);
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
