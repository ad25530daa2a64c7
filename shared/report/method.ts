import type { FileChild } from 'docx';
import { CUSTOMER_VOICE_METHODS, OBSERVATION_METHODS, RUBRIC } from '../domain';
import { MEASURE_BANDS } from '../fieldwork/measure';
import { KEPT_POINTS, rubricToPoints } from '../scoring';
import { caption, dataTable, heading, para, step, type Cell } from './blocks';
import { TEXT_WIDTH, type ReportContext } from './context';
import { recencyRule, strengthRule } from './sentences';
import { STYLE } from './styles';
import { surveysMethod } from './surveys';
import { waveChangeSentences } from './wave-change';
import { clean, clip } from './text';

const VOICE = new Set(CUSTOMER_VOICE_METHODS);

/** The name of a rubric step: the audit's own where it gives one, the catalogue's otherwise. */
export function rubricLabel(ctx: ReportContext, score: number): string {
  const own = ctx.model.bundle.audit.scoring.rubricLabels?.[score]?.trim();
  return own ? clean(own) : ctx.t(`rubric.${String(score) as '0' | '1' | '2' | '3' | '4'}`);
}

/** Scope and method: what was audited, how the evidence was gathered, the scale and the scoring rules. */
export function scopeAndMethod(ctx: ReportContext): FileChild[] {
  const { t, f, model } = ctx;
  const { audit } = model.bundle;
  const width = TEXT_WIDTH.portrait;
  const out: FileChild[] = [
    heading(t('report.section.method'), 1),
    heading(t('report.method.scope'), 2),
  ];
  const scope = clean(audit.scope).trim();
  if (!scope) out.push(para(t('report.method.noScope'), { style: STYLE.small }));
  else for (const block of scope.split(/\n\s*\n/)) out.push(para(block));

  out.push(
    heading(t('report.method.journey'), 2),
    para(t('report.method.journeyIntro'), { keepNext: true }),
  );
  out.push(
    dataTable(
      [
        { header: t('report.col.stage'), weight: 18 },
        { header: t('report.col.touchpoints'), weight: 62 },
        { header: t('report.col.promises'), weight: 10, align: 'right' },
      ],
      model.stages.map((s): Cell[] => [
        { text: s.name, bold: true },
        {
          text: clip(
            (model.touchpointsByStage.get(s.id) ?? [])
              .map((tp) => `${tp.name} (${model.channelById.get(tp.channelId)?.name ?? ''})`)
              .join(' · '),
            900,
          ),
        },
        { text: f.count(model.scores.stages.get(s.id)?.promises ?? 0), align: 'right' },
      ]),
      width,
    ),
    caption(ctx, 'table', t('report.method.journey')),
  );

  out.push(
    heading(t('report.method.evidence'), 2),
    para(t('report.method.evidenceIntro'), { keepNext: true }),
  );
  const weights = audit.scoring.methodWeights;
  // A method weighted 0 is recorded but counts for nothing: it is said so, not counted among
  // the methods that contribute, and not confused with evidence found not applicable.
  const unweighted = OBSERVATION_METHODS.filter((m) => !(weights[m] > 0));
  out.push(
    dataTable(
      [
        { header: t('report.col.method'), weight: 26 },
        { header: t('report.col.kind'), weight: 26 },
        { header: t('report.col.recorded'), weight: 16, align: 'right' },
        { header: t('report.col.counted'), weight: 16, align: 'right' },
        { header: t('report.col.weight'), weight: 16, align: 'right' },
      ],
      OBSERVATION_METHODS.map((m): Cell[] => [
        { text: t(`method.${m}`) },
        { text: t(VOICE.has(m) ? 'report.method.voice' : 'report.method.operational') },
        { text: f.count(model.recordedByMethod.get(m) ?? 0), align: 'right' },
        { text: f.count(model.countedByMethod.get(m) ?? 0), align: 'right' },
        { text: f.number(weights[m]), align: 'right' },
      ]),
      width,
    ),
    caption(ctx, 'table', t('report.method.evidence')),
  );
  if (unweighted.length > 0)
    out.push(
      para(
        t('report.method.unweighted', {
          methods: unweighted.map((m) => t(`method.${m}`)).join(', '),
        }),
        { style: STYLE.small },
      ),
    );

  out.push(...surveysMethod(ctx));

  out.push(heading(t('report.method.waves'), 2));
  if (model.scores.waves.length === 0) out.push(para(t('report.method.noEvidence')));
  else {
    out.push(para(t('report.method.wavesIntro'), { keepNext: true }));
    out.push(
      dataTable(
        [
          { header: t('report.col.wave'), weight: 16 },
          { header: t('report.col.dates'), weight: 40 },
          { header: t('report.col.recorded'), weight: 14, align: 'right' },
          { header: t('report.col.score'), weight: 15, align: 'center' },
          { header: t('report.col.coverage'), weight: 15, align: 'right' },
        ],
        model.scores.waves.map((w): Cell[] => {
          const days = model.waveDays.get(w.wave);
          return [
            { text: t('report.method.wave', { n: w.wave }), bold: true },
            { text: days ? `${f.date(days.first)} – ${f.date(days.last)}` : '' },
            { text: f.count(days?.recorded ?? 0), align: 'right' },
            { text: f.score(w.audit.score), align: 'center' },
            { text: f.share(w.audit.coverage), align: 'right' },
          ];
        }),
        width,
      ),
      caption(ctx, 'table', t('report.method.waves')),
      ...waveChangeSentences(model.bundle, model.scores, t, f).map((s) => para(s)),
    );
  }

  out.push(
    heading(t('report.method.scale'), 2),
    para(t('report.method.scaleIntro'), { keepNext: true }),
  );
  out.push(
    dataTable(
      [
        { header: t('report.col.rubric'), weight: 15, align: 'center' },
        { header: t('report.col.meaning'), weight: 60 },
        { header: t('report.col.points'), weight: 25, align: 'right' },
      ],
      RUBRIC.map((r): Cell[] => [
        { text: String(r), align: 'center', bold: true },
        { text: rubricLabel(ctx, r) },
        { text: f.count(rubricToPoints(r)), align: 'right' },
      ]),
      width,
    ),
    caption(ctx, 'table', t('report.method.scale')),
  );

  const { strengthThresholds: th, recencyHalfLifeDays } = audit.scoring;
  const weightList = OBSERVATION_METHODS.filter((m) => weights[m] > 0)
    .map((m) => `${t(`method.${m}`)} ${f.number(weights[m])}`)
    .join(', ');
  const rules = [
    recencyRule(ctx, recencyHalfLifeDays),
    t('report.method.rules.measured', {
      exceeded: f.percent(MEASURE_BANDS.exceeded * 100),
      partly: f.percent(MEASURE_BANDS.partly * 100),
      poor: f.percent(MEASURE_BANDS.poor * 100),
    }),
    unweighted.length === 0
      ? t('report.method.rules.weights', { weights: weightList })
      : weightList
        ? t('report.method.rules.weightsSome', {
            weights: weightList,
            unweighted: unweighted.map((m) => t(`method.${m}`)).join(', '),
          })
        : t('report.method.rules.weightsNone'),
    strengthRule(ctx, th),
    t('report.method.rules.groups'),
    t('report.method.rules.gap', { kept: KEPT_POINTS }),
    t('report.method.rules.severity'),
  ];
  out.push(heading(t('report.method.computation'), 2), ...rules.map((r, i) => step(r, i === 0)));
  return out;
}
