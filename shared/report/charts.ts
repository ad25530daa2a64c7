import { Paragraph, type FileChild } from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import { caption } from './blocks';
import { TEXT_WIDTH_PX, type ReportContext } from './context';
import { COLOURS, FONTS } from './styles';
import { clip } from './text';

const HEIGHT = 290;
/** More categories than this would crowd the axis; the charts then show the first ones. */
const MAX_CATEGORIES = 24;

const scoreAxis = (title: string) =>
  ({
    minimum: 0,
    maximum: 100,
    interval: 25,
    numberFormat: '0',
    title: { text: title, font: { size: 8 } },
  }) as const;

/** One native Word chart (a chart part with its own workbook, editable with Edit Data) and its caption. */
function figure(ctx: ReportContext, title: string, chart: ChartRunOptions): FileChild[] {
  const options = {
    legend: { position: 'top', font: { size: 8 } },
    ...chart,
    font: { name: FONTS.body, color: COLOURS.ink },
    chartArea: { fill: 'FFFFFF', border: 'none' },
    transformation: { width: TEXT_WIDTH_PX.portrait, height: HEIGHT },
    altText: { name: title, title },
  } as ChartRunOptions;
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [new ChartRun(options)],
    }),
    caption(ctx, 'figure', title),
  ];
}

// Exact values go into the chart's workbook; its labels' format rounds them as the tables do.
const value = (v: number | null | undefined) => (v === null || v === undefined ? null : v);
const stageNames = (ctx: ReportContext) =>
  ctx.model.stages.slice(0, MAX_CATEGORIES).map((s) => clip(s.name, 40) || ' ');

/** Team belief beside the evidence, stage by stage (both from scoreAudit's stage scores). */
export function beliefVersusEvidence(ctx: ReportContext): FileChild[] {
  const { t, model } = ctx;
  const stages = model.stages.slice(0, MAX_CATEGORIES).map((s) => model.scores.stages.get(s.id));
  return figure(ctx, t('report.chart.beliefVsEvidence'), {
    type: 'column',
    categories: stageNames(ctx),
    series: [
      {
        name: t('report.chart.belief'),
        values: stages.map((s) => value(s?.belief)),
        color: COLOURS.belief,
      },
      {
        name: t('report.chart.evidence'),
        values: stages.map((s) => value(s?.score)),
        color: COLOURS.navy,
      },
    ],
    valueAxis: scoreAxis(t('report.chart.scoreAxis')),
    dataLabels: { value: true, numberFormat: '0', position: 'outsideEnd', font: { size: 8 } },
    gapWidth: 80,
    overlap: -10,
  });
}

/** The share of each stage's promises that has evidence. */
export function coverageByStage(ctx: ReportContext): FileChild[] {
  const { t, model } = ctx;
  const values = model.stages
    .slice(0, MAX_CATEGORIES)
    .map((s) => (model.scores.stages.get(s.id)?.coverage ?? 0) * 100);
  return figure(ctx, t('report.chart.coverage'), {
    type: 'bar',
    categories: stageNames(ctx),
    series: [{ name: t('report.chart.coverageSeries'), values, color: COLOURS.teal }],
    // The first stage at the top, as in the tables, with the value axis kept below the bars.
    valueAxis: {
      ...scoreAxis(t('report.chart.percentAxis')),
      numberFormat: '0"%"',
      crossesAt: 'maximum',
    },
    categoryAxis: { reverseOrder: true },
    dataLabels: { value: true, numberFormat: '0"%"', position: 'outsideEnd', font: { size: 8 } },
    legend: false,
    gapWidth: 60,
  } as ChartRunOptions);
}

/** Each wave's score, for the whole audit and stage by stage, so a re-audit shows change. */
export function scoreByWave(ctx: ReportContext): FileChild[] {
  const { t, model } = ctx;
  const waves = model.scores.waves;
  const stages = model.stages.slice(0, MAX_CATEGORIES - 1);
  const palette = [COLOURS.belief, COLOURS.navy, COLOURS.teal, '6C8EBF', 'C9A227', '8E5572'];
  return figure(ctx, t('report.chart.byWave'), {
    type: 'column',
    categories: [t('report.chart.all'), ...stages.map((s) => clip(s.name, 40) || ' ')],
    series: (waves.length > 0 ? waves : [null]).map((w, i) => ({
      name: w ? t('report.chart.wave', { n: w.wave }) : t('report.notObserved'),
      values: w
        ? [value(w.audit.score), ...stages.map((s) => value(w.stages.get(s.id)?.score))]
        : [null],
      color: palette[i % palette.length],
    })),
    valueAxis: scoreAxis(t('report.chart.scoreAxis')),
    dataLabels: { value: true, numberFormat: '0', position: 'outsideEnd', font: { size: 8 } },
    gapWidth: 80,
  });
}
