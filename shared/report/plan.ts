import type { FileChild } from 'docx';
import type { Action } from '../domain';
import { bandOf } from './format';
import { cellPara, dataTable, heading, para, type Cell } from './blocks';
import { TEXT_WIDTH, type ReportContext } from './context';
import { planIntro } from './sentences';
import { COLOURS, STYLE } from './styles';
import { clip } from './text';

const CELL_TEXT = 700;

function textCell(text: string): Cell {
  const s = clip(text, CELL_TEXT);
  return { text: s || '—', style: s ? undefined : STYLE.cellMuted };
}

function gapCell(ctx: ReportContext, a: Action): Cell {
  const { t, f, model } = ctx;
  const promise = a.promiseId ? model.promises.get(a.promiseId) : undefined;
  const touchpoint = model.touchpointById.get(promise?.touchpointId ?? a.touchpointId ?? '');
  const score = promise
    ? (model.scores.promises.get(promise.id)?.alignment ?? null)
    : (model.scores.touchpoints.get(touchpoint?.id ?? '')?.score ?? null);
  const band = COLOURS[bandOf(score)];
  const title = clip(a.title, 300);
  const what = promise ? clip(promise.statement, 220) : t('report.plan.wholeTouchpoint');
  const where = [promise ? model.refs.get(promise.id) : '', touchpoint?.name]
    .filter(Boolean)
    .join(' · ');
  const now =
    score === null
      ? t('report.notObserved')
      : t('report.plan.evidenceNow', { score: f.score(score) });
  return {
    children: [
      cellPara(title, { bold: true, color: COLOURS.navy }),
      cellPara(where, { size: 15 }, STYLE.cellMuted),
      cellPara(what, { italics: true, size: 15 }),
      cellPara(now, { bold: true, color: band.text, size: 15 }),
    ],
    size: title.length + what.length + where.length,
  };
}

function futureCell(ctx: ReportContext, a: Action): Cell {
  const { t, f } = ctx;
  const text = clip(a.futureState.description, CELL_TEXT);
  const target = [
    a.futureState.targetScore === null
      ? ''
      : t('report.plan.target', { score: f.score(a.futureState.targetScore) }),
    a.futureState.targetDate ? t('report.plan.by', { date: f.date(a.futureState.targetDate) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    children: [
      cellPara(text || '—'),
      ...(target ? [cellPara(target, { bold: true, color: COLOURS.teal })] : []),
    ],
    size: text.length + target.length,
  };
}

function ownerCell(ctx: ReportContext, a: Action): Cell {
  const { t, f } = ctx;
  const owner = clip(a.owner, 200);
  return {
    children: [
      cellPara(owner || t('report.plan.unassigned'), {
        bold: !!owner,
        color: owner ? undefined : COLOURS.alert,
      }),
      cellPara(a.dueDate ? f.date(a.dueDate) : t('report.plan.noDate'), {}, STYLE.cellMuted),
    ],
    size: owner.length,
  };
}

function statusCell(ctx: ReportContext, a: Action): Cell {
  const urgent = a.priority === 'critical' || a.priority === 'high';
  return {
    children: [
      cellPara(ctx.t(`priority.${a.priority}`), {
        bold: true,
        color: urgent ? COLOURS.alert : undefined,
      }),
      cellPara(ctx.t(`actionStatus.${a.status}`), {}, STYLE.cellMuted),
    ],
  };
}

/** The plan on landscape pages: each action from its current state to its future state, with cause, remedy and prevention. */
export function plan(ctx: ReportContext): FileChild[] {
  const { t, model } = ctx;
  const out: FileChild[] = [heading(t('report.section.plan'), 1, { pageBreakBefore: false })];
  if (model.actions.length === 0) {
    out.push(para(t('report.plan.none')));
    return out;
  }
  out.push(para(planIntro(ctx, model.actions.length), { style: STYLE.lead }));
  out.push(
    dataTable(
      [
        { header: '#', weight: 3 },
        { header: t('report.plan.gap'), weight: 17 },
        { header: t('report.plan.current'), weight: 14 },
        { header: t('report.plan.future'), weight: 14 },
        { header: t('report.plan.cause'), weight: 12 },
        { header: t('report.plan.remedy'), weight: 14 },
        { header: t('report.plan.prevention'), weight: 12 },
        { header: t('report.plan.owner'), weight: 9 },
        { header: t('report.plan.status'), weight: 7 },
      ],
      model.actions.map((a, i): Cell[] => [
        { text: String(i + 1), bold: true, color: COLOURS.navy },
        gapCell(ctx, a),
        textCell(a.currentState.description),
        futureCell(ctx, a),
        textCell(a.cause),
        textCell(a.remedy),
        textCell(a.prevention),
        ownerCell(ctx, a),
        statusCell(ctx, a),
      ]),
      TEXT_WIDTH.landscape,
    ),
  );
  return out;
}
