import {
  Document,
  Packer,
  PageOrientation,
  SectionType,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { AuditBundle } from '../domain';
import { executiveSummary } from './summary';
import { evidenceAppendix } from './appendix';
import { para } from './blocks';
import { PAGE, TEXT_WIDTH, type ReportContext } from './context';
import { coverPage, runningFooter, runningHeader } from './cover';
import { ContentsField, listContents } from './contents';
import { pageLayoutReach, pageNumberEstimator } from './fields';
import { findings } from './findings';
import { createFormats } from './format';
import { createReportTranslator } from './i18n';
import { scopeAndMethod } from './method';
import { buildReportModel } from './model';
import {
  REPORT_SECTIONS,
  REPORT_STEPS,
  type ReportOptions,
  type ReportStep,
  type ResolvedReportOptions,
} from './options';
import { plan } from './plan';
import { chartsOnly, scorecards } from './scorecards';
import { reportNumbering, reportStyles, reportTableStyles, STYLE } from './styles';
import { clean } from './text';

/** The options with their defaults: the audit's language and label, every section, photos and appendix. */
export function resolveReportOptions(
  bundle: AuditBundle,
  options: ReportOptions,
): ResolvedReportOptions {
  return {
    language: options.language ?? bundle.audit.language,
    sections: new Set(options.sections ?? REPORT_SECTIONS),
    photos: options.photos ?? true,
    appendix: options.appendix ?? true,
    confidentiality: clean(options.confidentiality ?? bundle.audit.confidentiality).trim(),
    date: options.date,
    pageNumbers: options.pageNumbers ?? 'word',
  };
}

function page(
  orientation: 'portrait' | 'landscape',
  type?: (typeof SectionType)[keyof typeof SectionType],
) {
  return {
    type,
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation:
          orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: PAGE.margin,
        bottom: PAGE.margin,
        left: PAGE.margin,
        right: PAGE.margin,
        header: PAGE.header,
        footer: PAGE.footer,
      },
    },
  };
}

/**
 * Builds the Word audit document of an audit: cover, contents, the chosen sections, the plan on
 * landscape pages and the evidence appendix. Every figure comes from one scoreAudit of the
 * bundle. Pure: runs in the renderer and in Node, and returns the .docx file's bytes.
 */
export async function buildReport(
  bundle: AuditBundle,
  options: ReportOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const resolved = resolveReportOptions(bundle, options);
  const yieldControl = options.yieldControl ?? (() => Promise.resolve());
  const progress = async (step: ReportStep) => {
    options.onProgress?.({ step, done: REPORT_STEPS.indexOf(step) / REPORT_STEPS.length });
    await yieldControl();
  };

  await progress('prepare');
  const { t, language } = createReportTranslator(resolved.language);
  const ctx: ReportContext = {
    model: buildReportModel(bundle, {
      photos: resolved.photos && resolved.sections.has('findings'),
    }),
    t,
    f: createFormats(language),
    options: {
      ...resolved,
      language,
      confidentiality: resolved.confidentiality || t('report.cover.confidential'),
    },
    captions: { figure: 0, table: 0 },
  };
  const has = (s: (typeof REPORT_SECTIONS)[number]) => ctx.options.sections.has(s);

  await progress('cover');
  const body: FileChild[] = [para(t('report.contents'), { style: STYLE.tocHeading })];
  if (has('summary')) {
    await progress('summary');
    body.push(...executiveSummary(ctx));
  }
  if (has('method')) {
    await progress('method');
    body.push(...scopeAndMethod(ctx));
  }
  if (has('scorecards')) {
    await progress('scorecards');
    body.push(...scorecards(ctx, has('charts')));
  } else if (has('charts')) {
    await progress('charts');
    body.push(...chartsOnly(ctx));
  }
  if (has('findings')) {
    await progress('findings');
    body.push(...findings(ctx));
  }

  const furniture = (orientation: 'portrait' | 'landscape') => ({
    headers: { default: runningHeader(ctx, orientation) },
    footers: { default: runningFooter(ctx, orientation) },
  });
  const sections: ISectionOptions[] = [
    { properties: page('portrait'), children: coverPage(ctx) },
    {
      ...furniture('portrait'),
      properties: page('portrait', SectionType.NEXT_PAGE),
      children: body,
    },
  ];
  if (has('plan')) {
    await progress('plan');
    sections.push({
      ...furniture('landscape'),
      properties: page('landscape', SectionType.NEXT_PAGE),
      children: plan(ctx),
    });
  }
  if (ctx.options.appendix) {
    await progress('appendix');
    sections.push({
      ...furniture('portrait'),
      properties: page('portrait', SectionType.NEXT_PAGE),
      children: evidenceAppendix(ctx),
    });
  }

  await progress('pack');
  // The contents, once every heading is written: each with its number and a link to it.
  const reach = pageLayoutReach(bundle, ctx.options);
  body.splice(
    1,
    0,
    new ContentsField(listContents(sections.flatMap((s) => s.children)), {
      alias: t('report.contents'),
      width: TEXT_WIDTH.portrait,
      pageNumbers: reach !== 'none',
    }),
  );
  const { audit } = bundle;
  const document = new Document({
    title: clean(`${audit.brand} — ${audit.name}`),
    subject: t('report.cover.kicker'),
    creator: 'Touchstone',
    description: ctx.options.confidentiality,
    features: { updateFields: true },
    pageNumbers: pageNumberEstimator(reach),
    externalStyles: reportTableStyles(),
    styles: reportStyles(),
    numbering: reportNumbering(),
    sections,
  });
  // Packed into a fresh ArrayBuffer, so the bytes can be transferred and saved as they are.
  return (await Packer.pack(document, 'uint8array')) as Uint8Array<ArrayBuffer>;
}
