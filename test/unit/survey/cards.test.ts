import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalizedError } from '../../../shared/domain';
import { buildSurveyCards } from '../../../shared/survey/cards';
import { qrPng } from '../../../shared/survey/qr';
import { paragraphs, parseXml, sampleBundle, unzipDocx, type XmlNode } from '../report-docx';
import { ADDRESS, checkoutSurvey, CHECKOUT } from './sample-survey';

/** What a phone's camera would read in an image: the QR code's text, or null. */
function readQr(png: Uint8Array, crop?: { width: number; height: number }): string | null {
  const image = decode(png);
  const width = crop?.width ?? image.width;
  const height = crop?.height ?? image.height;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * image.width + x) * image.channels;
      const v =
        image.channels >= 3
          ? [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!]
          : [image.data[at]!, image.data[at]!, image.data[at]!];
      rgba.set([...v, 255], (y * width + x) * 4);
    }
  return jsQR(rgba, width, height)?.data ?? null;
}

const all = (node: XmlNode, name: string): XmlNode[] =>
  (node.name === name ? [node] : []).concat(node.children.flatMap((c) => all(c, name)));

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'touchstone-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the survey cards', () => {
  it('encode the address entered in a QR code that a reader decodes back to it', () => {
    for (const address of [ADDRESS, 'https://ankieta.example.pl/łódź?kanał=sklep'])
      expect(readQr(qrPng(address))).toBe(address);
  });

  it('print four A6 cards to an A4 page, each with the touchpoint, the invitation and the QR code', async () => {
    const bundle = sampleBundle();
    const survey = checkoutSurvey({}, bundle);
    const bytes = await buildSurveyCards(survey, bundle);
    const docx = unzipDocx(bytes);
    const body = parseXml(docx.xml('word/document.xml'));
    const size = all(body, 'w:pgSz')[0]!.attributes;
    expect([size['w:w'], size['w:h']]).toEqual(['11906', '16838']);
    const rows = all(body, 'w:tr');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => all(r, 'w:tc').length)).toEqual([2, 2]);
    expect(all(rows[0]!, 'w:trHeight')[0]!.attributes).toMatchObject({
      'w:val': '8391',
      'w:hRule': 'exact',
    });
    const text = paragraphs(body).map((p) => p.text);
    expect(text.filter((t) => t === CHECKOUT)).toHaveLength(4);
    expect(text.filter((t) => t === survey.invitation)).toHaveLength(4);
    // The picture in the document is the QR code of the address.
    const media = Object.entries(unzipSync(bytes)).filter(([name]) =>
      name.startsWith('word/media/'),
    );
    expect(media.length).toBeGreaterThan(0);
    for (const [, png] of media) expect(readQr(png)).toBe(ADDRESS);
  });

  it('speak the survey’s language', async () => {
    const bundle = sampleBundle();
    const survey = checkoutSurvey({ language: 'ru' }, bundle);
    const text = paragraphs(
      parseXml(unzipDocx(await buildSurveyCards(survey, bundle)).xml('word/document.xml')),
    ).map((p) => p.text);
    expect(text).toContain('Недовольны? Скажите нам — так мы становимся лучше.');
    expect(text).toContain('Отсканируйте и расскажите нам');
  });

  it('are refused while the survey has no address', async () => {
    const bundle = sampleBundle();
    await expect(buildSurveyCards(checkoutSurvey({ address: '' }, bundle), bundle)).rejects.toThrow(
      LocalizedError,
    );
  });

  it.skipIf(!has('soffice') || !has('pdftoppm'))(
    'print, through LibreOffice, one A4 page whose QR code a camera reads (skipped without LibreOffice)',
    async () => {
      const bundle = sampleBundle();
      const docx = join(dir, 'cards.docx');
      writeFileSync(docx, await buildSurveyCards(checkoutSurvey({}, bundle), bundle));
      const profile = pathToFileURL(join(dir, 'profile')).href;
      const convert = spawnSync(
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
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(convert.status, convert.stderr).toBe(0);
      const pdf = join(dir, 'cards.pdf');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Pages:\s+1\n/);
      spawnSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdf, join(dir, 'page')]);
      const page = new Uint8Array(readFileSync(join(dir, 'page.png')));
      const { width, height } = decode(page);
      // The top-left card, as cut out of the page.
      expect(readQr(page, { width: Math.floor(width / 2), height: Math.floor(height / 2) })).toBe(
        ADDRESS,
      );
    },
    120_000,
  );
});
