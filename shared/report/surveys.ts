import type { FileChild } from 'docx';
import type { ResponseTool, Survey } from '../domain';
import { caption, dataTable, heading, para, type Cell } from './blocks';
import { TEXT_WIDTH, type ReportContext } from './context';
import { clean, clip } from './text';

/** What came back for one survey: its answers' days, its submissions, its answers per promise. */
interface SurveyReturns {
  tools: Set<ResponseTool>;
  first: string | null;
  last: string | null;
  responses: number;
  perPromise: Map<string, number>;
}

/** The answers each survey brought, read from its imports and its keyed observations. */
export function surveyReturns(ctx: ReportContext): Map<string, SurveyReturns> {
  const { bundle } = ctx.model;
  const by = new Map<string, SurveyReturns>();
  for (const s of bundle.surveys)
    by.set(s.id, { tools: new Set(), first: null, last: null, responses: 0, perPromise: new Map() });
  const seen = (r: SurveyReturns, day: string) => {
    if (!r.first || day < r.first) r.first = day;
    if (!r.last || day > r.last) r.last = day;
  };
  for (const i of bundle.surveyImports) {
    const r = i.surveyId ? by.get(i.surveyId) : undefined;
    if (!r) continue;
    r.tools.add(i.tool);
    r.responses += i.submissions;
    for (const v of i.verbatims) seen(r, v.date);
  }
  for (const o of bundle.observations) {
    if (!o.externalKey) continue;
    const r = by.get(o.externalKey.slice(0, o.externalKey.indexOf(':')));
    if (!r) continue;
    seen(r, o.date);
    r.perPromise.set(o.promiseId, (r.perPromise.get(o.promiseId) ?? 0) + 1);
  }
  return by;
}

/**
 * Where the customers' own voice came from: each survey saved with the audit, the tool its
 * answers came back from, the days they span, how many responses, and how many answers each
 * promise it asked about received. Nothing when the audit has no survey.
 */
export function surveysMethod(ctx: ReportContext): FileChild[] {
  const { t, f, model } = ctx;
  const surveys: Survey[] = [...model.bundle.surveys].sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  if (surveys.length === 0) return [];
  const width = TEXT_WIDTH.portrait;
  const returns = surveyReturns(ctx);
  const promiseById = new Map(model.bundle.promises.map((p) => [p.id, p]));
  const out: FileChild[] = [
    heading(t('report.method.surveys'), 2),
    para(t('report.method.surveysIntro'), { keepNext: true }),
    dataTable(
      [
        { header: t('report.col.survey'), weight: 40 },
        { header: t('report.col.tool'), weight: 18 },
        { header: t('report.col.period'), weight: 28 },
        { header: t('report.col.responses'), weight: 14, align: 'right' },
      ],
      surveys.map((s): Cell[] => {
        const r = returns.get(s.id)!;
        return [
          { text: clip(clean(s.title), 200), bold: true },
          {
            text:
              r.tools.size === 0
                ? t('report.method.noAnswers')
                : [...r.tools].map((tool) => t(`report.tools.${tool}`)).join(', '),
          },
          { text: r.first ? `${f.date(r.first)} – ${f.date(r.last)}` : '—' },
          { text: f.count(r.responses), align: 'right' },
        ];
      }),
      width,
    ),
    caption(ctx, 'table', t('report.method.surveys')),
  ];
  for (const s of surveys) {
    const r = returns.get(s.id)!;
    out.push(
      para(t('report.method.surveyAnswers', { title: clip(clean(s.title), 200) }), {
        keepNext: true,
      }),
      dataTable(
        [
          { header: t('report.col.promise'), weight: 80 },
          { header: t('report.col.answers'), weight: 20, align: 'right' },
        ],
        s.questions.map((q): Cell[] => [
          { text: clip(clean(promiseById.get(q.promiseId)?.statement ?? q.wording), 300) },
          { text: f.count(r.perPromise.get(q.promiseId) ?? 0), align: 'right' },
        ]),
        width,
      ),
      caption(ctx, 'table', t('report.method.surveyAnswersCaption', { title: clip(clean(s.title), 80) })),
    );
  }
  return out;
}
