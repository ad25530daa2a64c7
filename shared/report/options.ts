import type { Language } from '../domain';

/** The parts of the document a reader can leave out; the cover and contents always come. */
export const REPORT_SECTIONS = [
  'summary',
  'method',
  'scorecards',
  'charts',
  'findings',
  'plan',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The steps of a build, in order, for progress. */
export const REPORT_STEPS = [
  'prepare',
  'cover',
  'summary',
  'method',
  'scorecards',
  'charts',
  'findings',
  'plan',
  'appendix',
  'pack',
] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

/** How far a build has got: the step it is on and the share done (0–1). */
export interface ReportProgress {
  step: ReportStep;
  done: number;
}

/** What to put in the document and how to write it. */
export interface ReportOptions {
  /** The document's language; the audit's report language by default. */
  language?: Language;
  /** The sections to include, in the document's own order whatever the order here; all by default. */
  sections?: readonly ReportSection[];
  /** Whether the findings show the evidence's photos; true by default. */
  photos?: boolean;
  /** Whether the evidence appendix (every observation) is included; true by default. */
  appendix?: boolean;
  /** The label on the cover and in every footer; the audit's own by default. */
  confidentiality?: string;
  /** The report date on the cover (YYYY-MM-DD): the caller's today (shared/ reads no clock). */
  date: string;
  /**
   * Whether the contents' page numbers are worked out now (`estimate`, by laying the pages out as
   * Word does: seconds, even for a short document) or left blank for Word to fill in when it opens
   * the document (`word`, the default; Word is asked to update the fields). `auto` estimates for
   * documents of ordinary length, so other readers (LibreOffice, previews) show them too; the
   * Export screen and the command line ask for it. Heading and caption numbers are written in
   * every case (fields.ts).
   */
  pageNumbers?: 'auto' | 'estimate' | 'word';
  /** Told of each step as the build goes. */
  onProgress?: (progress: ReportProgress) => void;
  /** Awaited between steps so a caller's interface can redraw (a renderer passes a timer). */
  yieldControl?: () => Promise<void>;
}

/** Options with every default filled in. */
export interface ResolvedReportOptions {
  language: Language;
  sections: ReadonlySet<ReportSection>;
  photos: boolean;
  appendix: boolean;
  confidentiality: string;
  date: string;
  pageNumbers: 'auto' | 'estimate' | 'word';
}
