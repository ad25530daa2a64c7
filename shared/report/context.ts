import type { TFunction } from 'i18next';
import type { Formats } from './format';
import type { ReportModel } from './model';
import type { ResolvedReportOptions } from './options';

/** What every part of the document is built from. */
export interface ReportContext {
  model: ReportModel;
  t: TFunction;
  f: Formats;
  options: ResolvedReportOptions;
  /** How many figures and tables have been captioned so far, in the document's order. */
  captions: { figure: number; table: number };
}

/** A4 in twips, and the margins every section keeps. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1247,
  header: 567,
  footer: 567,
} as const;

/** The width text runs across, in twips, on a portrait or a landscape page. */
export const TEXT_WIDTH = {
  portrait: PAGE.width - 2 * PAGE.margin,
  landscape: PAGE.height - 2 * PAGE.margin,
} as const;

/** The same widths in pixels (96 to the inch), for charts and photos. */
export const TEXT_WIDTH_PX = {
  portrait: Math.floor((TEXT_WIDTH.portrait / 1440) * 96),
  landscape: Math.floor((TEXT_WIDTH.landscape / 1440) * 96),
} as const;
