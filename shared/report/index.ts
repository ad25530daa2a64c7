export { buildReport, resolveReportOptions } from './build';
export { REPORT_SECTIONS, REPORT_STEPS } from './options';
export type {
  ReportOptions,
  ReportProgress,
  ReportSection,
  ReportStep,
  ResolvedReportOptions,
} from './options';
export { bandOf, createFormats, type Band, type Formats } from './format';
export { waveChangeSentences } from './wave-change';
export { createReportTranslator, reportLanguages, type ReportTranslator } from './i18n';
export { clean, clip } from './text';
