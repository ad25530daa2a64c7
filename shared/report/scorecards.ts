import type { FileChild } from 'docx';
import type { EvidenceStrength, GroupScore } from '../scoring';
import { BAND_FLOORS, EVIDENCE_STRENGTHS } from '../scoring';
import {
  caption,
  cellPara,
  dataTable,
  heading,
  para,
  scoreCell,
  type Cell,
  type Column,
} from './blocks';
import { beliefVersusEvidence, coverageByStage, scoreByWave } from './charts';
import { TEXT_WIDTH, type ReportContext } from './context';
import { bandOf } from './format';
import { strengthCount } from './sentences';
import { COLOURS, SCORE_STYLE, STYLE } from './styles';

/** A stage-by-channel matrix wider than this is left out: its cells would be unreadable. */
const MATRIX_MAX_CHANNELS = 10;

function groupColumns(ctx: ReportContext, first: string): Column[] {
  const { t } = ctx;
  return [
    { header: first, weight: 16 },
    { header: t('report.col.score'), weight: 9, align: 'center' },
    { header: t('report.col.coverage'), weight: 10, align: 'right' },
    { header: t('report.col.observed'), weight: 11, align: 'right' },
    { header: t('report.col.evidence'), weight: 9, align: 'right' },
    { header: t('report.col.customerVoice'), weight: 11, align: 'right' },
    { header: t('report.col.operational'), weight: 14, align: 'right' },
    { header: t('report.col.belief'), weight: 12, align: 'right' },
    { header: t('report.col.gap'), weight: 8, align: 'right' },
  ];
}

function groupRow(
  ctx: ReportContext,
  name: string,
  g: GroupScore | undefined,
  total = false,
): Cell[] {
  const { f } = ctx;
  const n = (text: string): Cell => ({ text, align: 'right', bold: total });
  return [
    { text: name, bold: true },
    scoreCell(ctx, g?.score ?? null),
    n(f.share(g ? g.coverage : null)),
    n(g ? `${f.count(g.observed)}/${f.count(g.promises)}` : '—'),
    n(f.count(g?.evidence ?? 0)),
    n(f.score(g?.customerVoice ?? null)),
    n(f.score(g?.operational ?? null)),
    n(f.score(g?.belief ?? null)),
    n(f.gap(g?.gap ?? null)),
  ];
}

/** How many of a group's promises have each evidence strength: "3 strong · 1 thin". */
function strengthMix(ctx: ReportContext, promiseIds: readonly string[]): string {
  const tally = new Map<EvidenceStrength, number>();
  for (const id of promiseIds) {
    const s = ctx.model.scores.promises.get(id)?.strength ?? 'none';
    tally.set(s, (tally.get(s) ?? 0) + 1);
  }
  return [...EVIDENCE_STRENGTHS]
    .reverse()
    .filter((s) => tally.get(s))
    .map((s) => strengthCount(ctx, tally.get(s)!, ctx.t(`report.strength.${s}`).toLowerCase()))
    .join(' · ');
}

function matrix(ctx: ReportContext): FileChild[] {
  const { t, f, model } = ctx;
  const channels = model.channels;
  const columns: Column[] = [
    { header: t('report.col.stage'), weight: 22 },
    ...channels.map((c) => ({
      header: c.name,
      weight: 78 / Math.max(1, channels.length),
      align: 'center' as const,
    })),
  ];
  const rows = model.stages.map((s): Cell[] => [
    { text: s.name, bold: true },
    ...channels.map((c): Cell => {
      const cell = model.scores.cells.get(`${s.id}|${c.id}`);
      if (!cell || cell.promises === 0) return { text: '' };
      const base = scoreCell(ctx, cell.score);
      if (cell.score === null) return base;
      const band = bandOf(cell.score);
      const coverage = t('report.scorecards.cellCoverage', { coverage: f.share(cell.coverage) });
      return {
        ...base,
        children: [
          cellPara(f.score(cell.score), { size: 20 }, SCORE_STYLE[band]),
          cellPara(coverage, { color: COLOURS[band].text, size: 14 }, STYLE.cellCentred),
        ],
      };
    }),
  ]);
  return [
    heading(t('report.scorecards.matrix'), 2),
    para(t('report.scorecards.matrixIntro'), { keepNext: true }),
    dataTable(columns, rows, TEXT_WIDTH.portrait),
    caption(ctx, 'table', t('report.scorecards.matrix')),
  ];
}

/** Scorecards by stage, channel, stage × channel and touchpoint, with the charts where chosen. */
export function scorecards(ctx: ReportContext, withCharts: boolean): FileChild[] {
  const { t, f, model } = ctx;
  const { scores } = model;
  const width = TEXT_WIDTH.portrait;
  const out: FileChild[] = [
    heading(t('report.section.scorecards'), 1),
    para(
      t('report.scorecards.intro', {
        poor: BAND_FLOORS[1],
        poorTop: BAND_FLOORS[2] - 1,
        partly: BAND_FLOORS[2],
        partlyTop: BAND_FLOORS[3] - 1,
        kept: BAND_FLOORS[3],
        keptTop: BAND_FLOORS[4] - 1,
        exceeded: BAND_FLOORS[4],
      }),
    ),
  ];

  out.push(
    heading(t('report.scorecards.byStage'), 2),
    dataTable(
      groupColumns(ctx, t('report.col.stage')),
      [
        ...model.stages.map((s) => groupRow(ctx, s.name, scores.stages.get(s.id))),
        groupRow(ctx, t('report.scorecards.total'), scores.audit, true),
      ],
      width,
    ),
    caption(ctx, 'table', t('report.scorecards.byStage')),
    para(t('report.scorecards.gapNote'), { style: STYLE.small }),
  );
  if (withCharts) out.push(...beliefVersusEvidence(ctx), ...coverageByStage(ctx));

  out.push(
    heading(t('report.scorecards.byChannel'), 2),
    dataTable(
      groupColumns(ctx, t('report.col.channel')),
      [
        ...model.channels.map((c) => groupRow(ctx, c.name, scores.channels.get(c.id))),
        groupRow(ctx, t('report.scorecards.total'), scores.audit, true),
      ],
      width,
    ),
    caption(ctx, 'table', t('report.scorecards.byChannel')),
  );

  if (model.channels.length > 0 && model.channels.length <= MATRIX_MAX_CHANNELS)
    out.push(...matrix(ctx));

  const tpColumns: Column[] = [
    { header: t('report.col.touchpoint'), weight: 26 },
    { header: t('report.col.channel'), weight: 12 },
    { header: t('report.col.score'), weight: 11, align: 'center' },
    { header: t('report.col.coverage'), weight: 10, align: 'right' },
    { header: t('report.col.evidence'), weight: 9, align: 'right' },
    { header: t('report.col.gap'), weight: 8, align: 'right' },
    { header: t('report.col.strength'), weight: 24 },
  ];
  const tpRows: Cell[][] = [];
  for (const stage of model.stages) {
    const tps = model.touchpointsByStage.get(stage.id) ?? [];
    if (tps.length === 0) continue;
    tpRows.push([
      {
        text: stage.name,
        bold: true,
        color: COLOURS.navy,
        fill: COLOURS.rule,
        span: tpColumns.length,
        keepNext: true,
      },
    ]);
    for (const tp of tps) {
      const g = scores.touchpoints.get(tp.id);
      const ids = (model.promisesByTouchpoint.get(tp.id) ?? []).map((p) => p.id);
      tpRows.push([
        { text: tp.name },
        { text: model.channelById.get(tp.channelId)?.name ?? '' },
        scoreCell(ctx, g?.score ?? null),
        { text: f.share(g ? g.coverage : null), align: 'right' },
        { text: f.count(g?.evidence ?? 0), align: 'right' },
        { text: f.gap(g?.gap ?? null), align: 'right' },
        { text: strengthMix(ctx, ids), style: STYLE.cellMuted },
      ]);
    }
  }
  out.push(
    heading(t('report.scorecards.byTouchpoint'), 2),
    dataTable(tpColumns, tpRows, width),
    caption(ctx, 'table', t('report.scorecards.byTouchpoint')),
  );

  if (withCharts) out.push(heading(t('report.chart.byWave'), 2), ...scoreByWave(ctx));
  return out;
}

/** The charts alone, for a document that leaves the scorecards out. */
export function chartsOnly(ctx: ReportContext): FileChild[] {
  return [
    heading(ctx.t('report.section.charts'), 1),
    ...beliefVersusEvidence(ctx),
    ...coverageByStage(ctx),
    ...scoreByWave(ctx),
  ];
}
