import type { FileChild } from 'docx';
import type { Observation } from '../domain';
import { quoteVerbatim } from '../i18n/quotes';
import { heading, para } from './blocks';
import { TEXT_WIDTH, type ReportContext } from './context';
import { photoGrid } from './photos';
import { promiseTable } from './promise-table';
import { findingsLine } from './sentences';
import { STYLE } from './styles';
import { clean, clip } from './text';

const VERBATIM_LENGTH = 600;

/** Where and when a piece of evidence was gathered: "Mystery shop, Leeds store, 3 March 2026". */
function attribution(
  ctx: ReportContext,
  o: Observation,
): { method: string; place: string; date: string } {
  const place = [o.location, o.observer]
    .map((s) => clean(s).trim())
    .filter(Boolean)
    .join(', ');
  return {
    method: ctx.t(`method.${o.method}`),
    place,
    date: `${place ? ', ' : ''}${ctx.f.date(o.date)}`,
  };
}

/** Findings for one touchpoint: its line of figures, its promises against the evidence, verbatims and photos. */
function touchpointFindings(ctx: ReportContext, touchpointId: string): FileChild[] {
  const { t, model } = ctx;
  const tp = model.touchpointById.get(touchpointId)!;
  const g = model.scores.touchpoints.get(tp.id);
  const promises = model.promisesByTouchpoint.get(tp.id) ?? [];
  const channel = model.channelById.get(tp.channelId)?.name ?? '';
  const out: FileChild[] = [heading(`${clean(tp.name)} — ${clean(channel)}`, 3)];
  const line = findingsLine(
    ctx,
    g ?? { score: null, observed: 0, promises: promises.length, evidence: 0 },
  );
  const department = clean(tp.department).trim();
  out.push(
    para(department ? `${line} · ${t('report.findings.department', { department })}` : line, {
      style: STYLE.small,
      keepNext: true,
    }),
  );
  if (tp.description.trim())
    out.push(para(clip(tp.description, 1500), { keepNext: promises.length > 0 }));
  if (promises.length === 0) {
    out.push(para(t('report.findings.noPromises'), { style: STYLE.small }));
    return out;
  }
  out.push(
    promiseTable(ctx, promises, TEXT_WIDTH.portrait, { touchpoint: false, clipStatements: false }),
  );

  const evidence = model.evidenceByTouchpoint.get(tp.id);
  const verbatims = evidence?.verbatims ?? [];
  const photos = (evidence?.photos ?? []).map(({ observation, photo }) => ({
    photo,
    caption: t('report.findings.photoCaption', {
      ref: model.refs.get(observation.promiseId) ?? '',
      ...attribution(ctx, observation),
    }),
  }));
  if (verbatims.length > 0) {
    out.push(para(t('report.findings.verbatims'), { style: STYLE.kicker, keepNext: true }));
    for (const o of verbatims) {
      out.push(
        para(quoteVerbatim(clip(o.verbatim, VERBATIM_LENGTH), ctx.options.language), {
          style: STYLE.quote,
        }),
      );
      const ref = model.refs.get(o.promiseId) ?? '';
      out.push(
        para(`${ref} · ${t('report.findings.attribution', attribution(ctx, o))}`, {
          style: STYLE.attribution,
        }),
      );
    }
  }
  const grid = photos.length > 0 ? photoGrid(photos) : null;
  if (grid)
    out.push(para(t('report.findings.photos'), { style: STYLE.kicker, keepNext: true }), grid);
  return out;
}

/** Findings by touchpoint, stage by stage. */
export function findings(ctx: ReportContext): FileChild[] {
  const { t, model } = ctx;
  const out: FileChild[] = [
    heading(t('report.section.findings'), 1),
    para(t('report.findings.intro')),
  ];
  for (const stage of model.stages) {
    const tps = model.touchpointsByStage.get(stage.id) ?? [];
    if (tps.length === 0) continue;
    out.push(heading(stage.name, 2));
    for (const tp of tps) out.push(...touchpointFindings(ctx, tp.id));
  }
  return out;
}
