import type { FileChild } from 'docx';
import type { Observation, PromiseTarget } from '../domain';
import { leftOutMark } from '../i18n/left-out-text';
import { quoteVerbatim } from '../i18n/quotes';
import { leftOutReason } from '../scoring';
import { cellPara, dataTable, heading, para, type Cell } from './blocks';
import { TEXT_WIDTH, type ReportContext } from './context';
import { rubricLabel } from './method';
import { appendixIntro } from './sentences';
import { COLOURS, STYLE } from './styles';
import { measuredStep, measuredValue, targetLine } from './targets';
import { clean, clip } from './text';

const NOTE_LENGTH = 400;

/** The most observations the appendix lists (about 100 pages); the audit file holds them all. */
export const APPENDIX_LIMIT = 3000;

/** The `limit` most recent observations. */
function latest(observations: readonly Observation[], limit: number): Observation[] {
  return [...observations]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, limit);
}

function result(ctx: ReportContext, o: Observation, target: PromiseTarget | null): Cell {
  const found = outcome(ctx, o, target?.unit ?? '');
  if (o.outcome !== 'scored') return found;
  // A measured value shows the rubric step its target gave it.
  const step = measuredStep(ctx, o, target);
  // Scored but not counted (its method weighs 0, or nothing scores its measured value): the
  // reader sees what was found and that it does not count, by the rule every count uses.
  const reason = leftOutReason(o, ctx.model.bundle.audit.scoring, target);
  if (step === null && reason === null) return found;
  return {
    children: [
      cellPara(found.text),
      ...(step === null ? [] : [cellPara(step)]),
      ...(reason === null
        ? []
        : [cellPara(leftOutMark(reason, ctx.t), { italics: true }, STYLE.cellMuted)]),
    ],
  };
}

function outcome(ctx: ReportContext, o: Observation, unit: string): Cell & { text: string } {
  const { t } = ctx;
  if (o.outcome !== 'scored')
    return {
      text: t(`report.appendix.outcome.${o.outcome}`),
      italics: true,
      style: STYLE.cellMuted,
    };
  if (o.score !== null)
    return {
      text: t('report.appendix.rubric', { score: o.score, label: rubricLabel(ctx, o.score) }),
    };
  if (o.measured !== null) return { text: measuredValue(ctx, o.measured, unit) };
  return { text: '—' };
}

/** The evidence appendix: every observation, promise by promise in register order, oldest first. Linear bar sorting. */
export function evidenceAppendix(ctx: ReportContext): FileChild[] {
  const { t, f, model } = ctx;
  const all = model.bundle.observations;
  // A log past this length is no reading for anyone and slows Word: the latest ones are shown.
  const shown = all.length > APPENDIX_LIMIT ? latest(all, APPENDIX_LIMIT) : all;
  const byPromise = new Map<string, Observation[]>();
  for (const o of shown) {
    const list = byPromise.get(o.promiseId);
    if (list) list.push(o);
    else byPromise.set(o.promiseId, [o]);
  }
  const rows: Cell[][] = [];
  const span = 7;
  for (const tp of model.touchpoints) {
    const promises = model.promisesByTouchpoint.get(tp.id) ?? [];
    let headed = false;
    for (const p of promises) {
      const list = byPromise.get(p.id);
      if (!list) continue;
      if (!headed) {
        rows.push([
          {
            text: tp.name,
            bold: true,
            color: COLOURS.navy,
            fill: COLOURS.rule,
            span,
            keepNext: true,
          },
        ]);
        headed = true;
      }
      list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const ref = model.refs.get(p.id) ?? '';
      // A measured promise's rows open with its target and what its measurements say.
      const target = targetLine(ctx, p);
      if (target)
        rows.push([{ text: `${ref} · ${target}`, style: STYLE.cellMuted, span, keepNext: true }]);
      for (const o of list) {
        const who = [o.observer, o.location]
          .map((s) => clean(s).trim())
          .filter(Boolean)
          .join(', ');
        const verbatim = clean(o.verbatim).trim();
        rows.push([
          { text: ref, style: STYLE.cellMuted },
          { text: f.shortDate(o.date) },
          { text: String(o.wave), align: 'center' },
          { text: t(`method.${o.method}`) },
          { text: clip(who, 160) },
          result(ctx, o, p.target),
          verbatim
            ? {
                text: quoteVerbatim(clip(verbatim, NOTE_LENGTH), ctx.options.language),
                italics: true,
              }
            : { text: clip(o.note, NOTE_LENGTH) },
        ]);
      }
    }
  }
  const out: FileChild[] = [
    heading(t('report.section.appendix'), 1, { pageBreakBefore: false }),
    para(appendixIntro(ctx, shown.length, all.length)),
  ];
  if (rows.length > 0) {
    out.push(
      dataTable(
        [
          { header: t('report.col.ref'), weight: 6 },
          { header: t('report.col.date'), weight: 10 },
          { header: t('report.col.wave'), weight: 6, align: 'center' },
          { header: t('report.col.method'), weight: 12 },
          { header: t('report.col.who'), weight: 21 },
          { header: t('report.col.result'), weight: 12 },
          { header: t('report.col.note'), weight: 33 },
        ],
        rows,
        TEXT_WIDTH.portrait,
      ),
    );
  }
  return out;
}
