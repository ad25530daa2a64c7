import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import { breakingPromises, informationGaps, leftOutTotal, strengthPromises } from '../scoring';
import { leftOutList } from '../i18n/left-out-text';
import { bullet, heading, para, runs } from './blocks';
import { TEXT_WIDTH, type ReportContext } from './context';
import { bandOf } from './format';
import { promiseTable } from './promise-table';
import { COLOURS, STYLE } from './styles';
import {
  coverageNote,
  evidenceBase,
  evidenceNote,
  excludedSentence,
  gapNote,
  gapSentence,
  gapsSentence,
  headlineBase,
  leadSentence,
} from './sentences';
import { clean, clip } from './text';

const BREAKING_LIMIT = 8;
const STRENGTH_LIMIT = 5;
const GAPS_LIMIT = 5;

/** The four key figures across the page: alignment index, perception gap, coverage, evidence. */
function keyFigures(ctx: ReportContext): Table {
  const { t, f, model } = ctx;
  const audit = model.scores.audit;
  const tiles: [string, string, string][] = [
    [
      f.score(audit.score),
      t('report.summary.alignmentIndex'),
      t('report.summary.alignmentIndexNote'),
    ],
    [f.gap(audit.gap), t('report.summary.perceptionGap'), gapNote(ctx, audit.gap)],
    [
      f.share(audit.coverage),
      t('report.summary.coverage'),
      coverageNote(ctx, audit.observed, audit.promises),
    ],
    [f.count(audit.evidence), t('report.summary.evidence'), evidenceNote(ctx, audit.evidence)],
  ];
  const width = TEXT_WIDTH.portrait;
  const gutter = 160;
  const tile = Math.floor((width - gutter * 3) / 4);
  const columns = [tile, gutter, tile, gutter, tile, gutter, width - 3 * (tile + gutter)];
  const cells: TableCell[] = [];
  tiles.forEach(([value, label, note], i) => {
    if (i > 0)
      cells.push(
        new TableCell({
          width: { size: gutter, type: WidthType.DXA },
          children: [new Paragraph({})],
        }),
      );
    cells.push(
      new TableCell({
        width: { size: columns[i * 2]!, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.band },
        borders: {
          top: {
            style: BorderStyle.SINGLE,
            size: 18,
            color: i === 0 ? COLOURS.teal : COLOURS.navy,
          },
          bottom: { style: BorderStyle.NIL, size: 0, color: 'auto' },
          left: { style: BorderStyle.NIL, size: 0, color: 'auto' },
          right: { style: BorderStyle.NIL, size: 0, color: 'auto' },
        },
        margins: { top: 100, bottom: 120, left: 140, right: 100 },
        children: [
          para(value, { style: STYLE.kpiValue }),
          para(label, { style: STYLE.kpiLabel }),
          para(note, { style: STYLE.small }),
        ],
      }),
    );
  });
  return new Table({
    style: STYLE.plainTable,
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

/** The lead sentence and the perception-gap headline, as the scoring module states them. */
function headline(ctx: ReportContext): Paragraph[] {
  const { t, f, model } = ctx;
  const { audit, headline: h } = model.scores;
  const scope = {
    touchpoints: model.touchpoints.length,
    promises: model.promises.size,
    brand: clean(model.bundle.audit.brand).trim(),
  };
  const band = bandOf(audit.score);
  const lead = leadSentence(
    ctx,
    scope,
    band === 'unobserved' || audit.score === null
      ? null
      : { score: audit.score, text: t(`report.summary.verdict.${band}`) },
  );
  const out = [para(lead, { style: STYLE.lead })];
  if (h.base === 0 || h.believedKept === null || h.evidenceKept === null) {
    out.push(para(t('report.summary.noHeadline'), { style: STYLE.callout }));
    return out;
  }
  out.push(
    para(
      t('report.summary.headline', {
        believed: f.percent(h.believedKept),
        evidence: f.percent(h.evidenceKept),
      }),
      { style: STYLE.callout },
    ),
  );
  const gapText = audit.gap === null ? '' : gapSentence(ctx, audit.gap);
  out.push(para(`${headlineBase(ctx, h.base)} ${gapText}`.trim(), { style: STYLE.small }));
  return out;
}

/** The executive summary: key figures, headline, where promises break, strengths, evidence and gaps. */
export function executiveSummary(ctx: ReportContext): FileChild[] {
  const { t, f, model } = ctx;
  const { scores } = model;
  const width = TEXT_WIDTH.portrait;
  const promiseOf = (id: string) => model.promises.get(id)!;
  const out: FileChild[] = [
    heading(t('report.section.summary'), 1),
    keyFigures(ctx),
    ...headline(ctx),
  ];

  out.push(heading(t('report.summary.breaking'), 2));
  const breaking = breakingPromises(scores, BREAKING_LIMIT);
  if (breaking.length === 0) out.push(para(t('report.summary.breakingNone')));
  else {
    out.push(para(t('report.summary.breakingIntro'), { style: STYLE.small, keepNext: true }));
    out.push(
      promiseTable(
        ctx,
        breaking.map((s) => promiseOf(s.promiseId)),
        width,
        { touchpoint: true, clipStatements: true },
      ),
    );
  }

  out.push(heading(t('report.summary.strengths'), 2));
  const strengths = strengthPromises(scores, STRENGTH_LIMIT);
  if (strengths.length === 0) out.push(para(t('report.summary.strengthsNone')));
  else {
    out.push(para(t('report.summary.strengthsIntro'), { style: STYLE.small, keepNext: true }));
    out.push(
      promiseTable(
        ctx,
        strengths.map((s) => promiseOf(s.promiseId)),
        width,
        { touchpoint: true, clipStatements: true },
      ),
    );
  }

  out.push(heading(t('report.summary.evidenceBase'), 2));
  // The methods that contribute: those with evidence that counts (a method weighted 0 has none).
  const methods = [...model.countedByMethod.values()].filter((n) => n > 0).length;
  const excluded = leftOutTotal(scores.leftOut);
  out.push(
    para(
      evidenceBase(ctx, {
        evidence: scores.audit.evidence,
        methods,
        waves: scores.waves.length,
      }),
    ),
  );
  if (excluded > 0)
    out.push(
      para(excludedSentence(ctx, excluded, leftOutList(scores.leftOut, t, f.count)), {
        style: STYLE.small,
      }),
    );

  out.push(heading(t('report.summary.gaps'), 2));
  const gaps = informationGaps(scores);
  const unobserved = gaps.filter((g) => g.strength === 'none').length;
  const gapsText = gapsSentence(ctx, unobserved, gaps.length - unobserved);
  if (gaps.length === 0) out.push(para(gapsText));
  else {
    out.push(para(gapsText, { keepNext: true }));
    for (const g of gaps.slice(0, GAPS_LIMIT)) {
      const p = promiseOf(g.promiseId);
      out.push(
        bullet([
          ...runs(`${model.refs.get(p.id)} `, { bold: true, color: COLOURS.navy }),
          ...runs(clip(p.statement, 160)),
          ...runs(
            ` — ${model.touchpointById.get(p.touchpointId)?.name ?? ''}, ${t(`report.strength.${g.strength}`).toLowerCase()} (${f.count(g.count)})`,
            { color: COLOURS.muted },
          ),
        ]),
      );
    }
  }
  return out;
}
