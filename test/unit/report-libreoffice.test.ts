import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, createFormats } from '../../shared/report';
import { scoreAudit } from '../../shared/scoring';
import { paragraphs, parseXml, sampleBundle, unzipDocx } from './report-docx';

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

describe('the sample audit’s document in LibreOffice', () => {
  it.skipIf(!soffice)(
    'converts to PDF without error, landscape plan and all, no word broken inside (skipped where LibreOffice is missing)',
    async () => {
      const bundle = sampleBundle();
      const docx = join(dir, 'sample.docx');
      const bytes = await buildReport(bundle, { date: '2026-10-01', pageNumbers: 'auto' });
      writeFileSync(docx, bytes);
      // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
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
          docx,
        ],
        {
          encoding: 'utf8',
          timeout: 240_000,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const pdf = join(dir, 'sample.pdf');
      expect(existsSync(pdf), `${run.stdout}\n${run.stderr}`).toBe(true);
      if (!poppler) return;
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(15);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }).stdout;
      const scores = scoreAudit(bundle);
      expect(text).toContain('Executive summary');
      expect(text).toContain('The plan: current state to future state');
      expect(text).toMatch(
        new RegExp(
          `The team believes ${createFormats('en').percent(scores.headline.believedKept)} of its promises`,
        ),
      );
      // The plan's pages are landscape: wider than tall.
      const sizes = spawnSync('pdfinfo', ['-f', '1', '-l', '999', pdf], {
        encoding: 'utf8',
      }).stdout;
      const pages = [...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
        (m) => Number(m[1]) > Number(m[2]),
      );
      expect(pages.some(Boolean)).toBe(true);
      expect(pages[0]).toBe(false);

      expect(brokenWords(bytes, pdf)).toEqual([]);
    },
    300_000,
  );
});
