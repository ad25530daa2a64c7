import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { para, runs, spacer } from './blocks';
import { TEXT_WIDTH, type ReportContext } from './context';
import { COLOURS, COVER_META_SIZE, STYLE } from './styles';
import { clean } from './text';
import { lineWidth } from './widths';

/** The cover: brand, audit, period, team, status, dates and the confidentiality label. */
export function coverPage(ctx: ReportContext): FileChild[] {
  const { audit } = ctx.model.bundle;
  const { t, f } = ctx;
  const details: [string, string][] = [
    [t('report.cover.period'), `${f.date(audit.periodStart)} – ${f.date(audit.periodEnd)}`],
    [t('report.cover.team'), audit.team.map(clean).join(', ') || t('report.none')],
    [t('report.cover.status'), t(`status.${audit.status}`)],
    [t('report.cover.evidenceAsOf'), f.date(ctx.model.scores.asOf)],
    [t('report.cover.date'), f.date(ctx.options.date)],
  ];
  const width = TEXT_WIDTH.portrait;
  // Each label on one line ("Данные по состоянию на"), with a gap before its value.
  const widest = Math.max(...details.map(([label]) => lineWidth(clean(label), COVER_META_SIZE)));
  const labelWidth = Math.min(
    Math.round(width * 0.45),
    Math.max(Math.round(width * 0.26), widest + 240),
  );
  const table = new Table({
    style: STYLE.plainTable,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [labelWidth, width - labelWidth],
    rows: details.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              children: [para(label, { style: STYLE.coverMeta, run: { color: COLOURS.muted } })],
            }),
            new TableCell({
              width: { size: width - labelWidth, type: WidthType.DXA },
              children: [para(value, { style: STYLE.coverMeta })],
            }),
          ],
        }),
    ),
  });
  return [
    spacer(110),
    new Paragraph({
      style: STYLE.kicker,
      border: { top: { style: BorderStyle.SINGLE, size: 36, color: COLOURS.navy, space: 14 } },
      children: runs(t('report.cover.kicker')),
    }),
    para(audit.brand, { style: STYLE.coverTitle }),
    new Paragraph({
      style: STYLE.coverSubtitle,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.teal, space: 12 } },
      children: runs(audit.name),
    }),
    table,
    spacer(150),
    new Paragraph({
      border: {
        top: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.navy, space: 6 },
        bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.navy, space: 6 },
      },
      spacing: { after: 120 },
      children: runs(ctx.options.confidentiality, {
        bold: true,
        allCaps: true,
        color: COLOURS.navy,
        size: 18,
      }),
    }),
    para(t('report.cover.preparedWith'), { style: STYLE.small }),
  ];
}

/** The running header: brand and audit on the left, a rule below. */
export function runningHeader(ctx: ReportContext, orientation: 'portrait' | 'landscape'): Header {
  const { audit } = ctx.model.bundle;
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH[orientation] }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 4 } },
        children: [
          ...runs(audit.brand, { size: 16, bold: true, color: COLOURS.navy }),
          new TextRun({ text: '  ·  ', size: 16, color: COLOURS.muted }),
          ...runs(audit.name, { size: 16, color: COLOURS.muted }),
        ],
      }),
    ],
  });
}

/** The running footer: the confidentiality label on the left, "Page N of M" on the right. */
export function runningFooter(ctx: ReportContext, orientation: 'portrait' | 'landscape'): Footer {
  // The catalogue writes where the numbers go; they become Word's PAGE and NUMPAGES fields.
  const PAGE_MARK = '{#page}';
  const PAGES_MARK = '{#pages}';
  const template = ctx.t('report.pageOf', { page: PAGE_MARK, pages: PAGES_MARK });
  const small = { size: 16, color: COLOURS.muted };
  const pageRuns = template.split(/(\{#page\}|\{#pages\})/).map((part) => {
    if (part === PAGE_MARK) return new TextRun({ ...small, children: [PageNumber.CURRENT] });
    if (part === PAGES_MARK) return new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] });
    return new TextRun({ ...small, text: part });
  });
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH[orientation] }],
        children: [
          ...runs(ctx.options.confidentiality, small),
          new TextRun({ ...small, children: [new Tab()] }),
          ...pageRuns,
        ],
      }),
    ],
  });
}
