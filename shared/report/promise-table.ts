import type { BrandPromise } from '../domain';
import type { PromiseScore } from '../scoring';
import { cellPara, dataTable, scoreCell, type Cell, type Column } from './blocks';
import type { ReportContext } from './context';
import { STYLE } from './styles';
import type { DataTable } from './table-xml';
import { targetLine } from './targets';
import { clip } from './text';

/** How long a statement may run in a summary table before it is cut. */
const SUMMARY_STATEMENT = 280;

/** A table of promises with their score, belief, gap and evidence: the summary's and the findings' shape. */
export function promiseTable(
  ctx: ReportContext,
  promises: readonly BrandPromise[],
  width: number,
  options: { touchpoint: boolean; clipStatements: boolean },
): DataTable {
  const { t, f, model } = ctx;
  // The touchpoint, where asked, goes under the statement rather than in a column of its own:
  // a column wide enough for its longest word ("Консультация") left the statements a sliver.
  const columns: Column[] = [
    { header: t('report.col.ref'), weight: 6 },
    { header: t('report.col.promise'), weight: 44 },
    { header: t('report.col.importance'), weight: 7, align: 'center' as const },
    { header: t('report.col.score'), weight: 9, align: 'center' as const },
    { header: t('report.col.belief'), weight: 12, align: 'center' as const },
    { header: t('report.col.gap'), weight: 9, align: 'center' as const },
    { header: t('report.col.evidence'), weight: 13 },
  ];
  const rows = promises.map((p): Cell[] => {
    const s: PromiseScore | undefined = model.scores.promises.get(p.id);
    const statement = options.clipStatements ? clip(p.statement, SUMMARY_STATEMENT) : p.statement;
    const touchpoint = options.touchpoint
      ? (model.touchpointById.get(p.touchpointId)?.name ?? '')
      : '';
    // A measured promise shows its target and what its measurements say, under the statement.
    const target = targetLine(ctx, p) ?? '';
    return [
      { text: model.refs.get(p.id) ?? '', style: STYLE.cellMuted },
      touchpoint || target
        ? {
            children: [
              cellPara(statement),
              ...(touchpoint ? [cellPara(touchpoint, {}, STYLE.cellMuted)] : []),
              ...(target ? [cellPara(target, { size: 15 }, STYLE.cellMuted)] : []),
            ],
            size: statement.length + touchpoint.length + target.length,
          }
        : { text: statement },
      { text: String(p.importance), align: 'center' as const },
      scoreCell(ctx, s?.alignment ?? null),
      { text: f.score(s?.belief ?? null), align: 'center' as const },
      { text: f.gap(s?.gap ?? null), align: 'center' as const, bold: (s?.gap ?? 0) >= 25 },
      { text: evidenceLabel(ctx, s) },
    ];
  });
  return dataTable(columns, rows, width);
}

/** "Strong · 12": the evidence strength and how many observations count, kept on one line. */
export function evidenceLabel(ctx: ReportContext, s: PromiseScore | undefined): string {
  if (!s || s.count === 0) return ctx.t('report.strength.none');
  // No-break spaces: "Adequate ·" over "7" read as two things.
  return `${ctx.t(`report.strength.${s.strength}`)}\u00a0·\u00a0${ctx.f.count(s.count)}`;
}
