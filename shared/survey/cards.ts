import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { AuditBundle, Touchpoint } from '../domain';
import { LocalizedError } from '../domain/errors';
import { createTranslator } from '../i18n';
import { orderJourney } from '../register/register-order';
import type { SurveyDefinition } from './definition';
import { qrPng } from './qr';

// Sizes in twentieths of a point (twips): an A4 page is 11906 × 16838, an A6 card is
// 105 × 148 mm, so two cards side by side fill the width and two rows of cards fit the height.
const CARD_WIDTH = 5953;
const CARD_HEIGHT = 8391;
const A4 = { width: 11906, height: 16838 };
/** The QR code's side on paper, in pixels of 1/96 inch as docx measures images: about 45 mm. */
const QR_SIDE = 170;
const PADDING = 454; // 8 mm inside each card
const CUT_LINE = { style: BorderStyle.DASHED, size: 4, color: 'A6A6A6' } as const;

/** What the cards are printed with. */
export interface CardOptions {
  /** Cards per touchpoint; four fill an A4 page. */
  copies?: number;
}

/** The touchpoints a survey asks about, in the journey's order: one set of cards each. */
export function touchpointsAskedAbout(survey: SurveyDefinition, bundle: AuditBundle): Touchpoint[] {
  const promises = new Map(bundle.promises.map((p) => [p.id, p.touchpointId]));
  const asked = new Set(survey.questions.map((q) => promises.get(q.promiseId)));
  return orderJourney(bundle).touchpoints.filter((t) => asked.has(t.id));
}

function card(
  touchpoint: Touchpoint,
  survey: SurveyDefinition,
  brand: string,
  qr: Uint8Array,
  scan: string,
  address: string,
): TableCell {
  const text = (value: string, size: number, options: { bold?: boolean; color?: string } = {}) =>
    new TextRun({ text: value, size, bold: options.bold, color: options.color });
  const spaced = (after: number) => ({ spacing: { before: 0, after } });
  return new TableCell({
    width: { size: CARD_WIDTH, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: PADDING, bottom: PADDING, left: PADDING, right: PADDING },
    borders: { top: CUT_LINE, bottom: CUT_LINE, left: CUT_LINE, right: CUT_LINE },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...spaced(120),
        children: [text(brand.toUpperCase(), 18, { color: '595959' })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...spaced(240),
        children: [text(touchpoint.name, 32, { bold: true })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...spaced(240),
        children: [text(survey.invitation, 28)],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...spaced(80),
        children: [
          new ImageRun({
            type: 'png',
            data: qr,
            transformation: { width: QR_SIDE, height: QR_SIDE },
            altText: { name: 'QR', description: survey.address, title: survey.address },
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...spaced(60),
        children: [text(scan, 22, { bold: true })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...spaced(0),
        children: [text(address, 16, { color: '595959' })],
      }),
    ],
  });
}

/**
 * Printable cards that invite criticism at the touchpoint, as a Word document: A6 cards, four
 * to an A4 page, each with the brand, the touchpoint's name, the survey's invitation and a QR
 * code to the survey's address (made offline, qr.ts), the address written under it for those
 * who cannot scan. Dashed lines mark where to cut. Refused while the survey has no address.
 */
export async function buildSurveyCards(
  survey: SurveyDefinition,
  bundle: AuditBundle,
  { copies = 4 }: CardOptions = {},
): Promise<Uint8Array> {
  if (!survey.address) throw new LocalizedError('errors.survey.noAddress');
  const { t } = createTranslator(survey.language);
  const qr = qrPng(survey.address);
  const scan = t('survey.card.scan');
  const address = t('survey.card.address', { address: survey.address });
  const cells = touchpointsAskedAbout(survey, bundle).flatMap((tp) =>
    Array.from({ length: Math.max(1, copies) }, () =>
      card(tp, survey, bundle.audit.brand, qr, scan, address),
    ),
  );
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const pair = cells.slice(i, i + 2);
    // An odd card out keeps its place on the left; the right half stays blank.
    if (pair.length < 2)
      pair.push(
        new TableCell({
          width: { size: CARD_WIDTH, type: WidthType.DXA },
          children: [new Paragraph('')],
        }),
      );
    rows.push(
      new TableRow({
        height: { value: CARD_HEIGHT, rule: HeightRule.EXACT },
        cantSplit: true,
        children: pair,
      }),
    );
  }
  const document = new Document({
    creator: 'Touchstone',
    title: survey.title,
    styles: { default: { document: { run: { font: 'Calibri' } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: 0, bottom: 0, left: 0, right: 0, header: 0, footer: 0, gutter: 0 },
          },
        },
        children: [
          new Table({
            width: { size: A4.width, type: WidthType.DXA },
            columnWidths: [CARD_WIDTH, CARD_WIDTH],
            layout: TableLayoutType.FIXED,
            rows,
          }),
          // Word ends a document with a paragraph; kept a point high, it fits under the last row.
          new Paragraph({
            spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
            children: [new TextRun({ text: '', size: 2 })],
          }),
        ],
      },
    ],
  });
  return (await Packer.pack(document, 'uint8array')) as Uint8Array;
}
