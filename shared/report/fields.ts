import type { IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbers, estimatePageNumbersWith } from 'docx/layout';
import type { AuditBundle } from '../domain';
import type { ResolvedReportOptions } from './options';

// Every field of the document is written with its result, so that a reader who never lets Word
// update them (LibreOffice, a mail preview, a phone, a PDF made from it) sees the contents with
// each heading's number and a link to it, and each caption with its number. docx writes those
// results when the document is given a page-number estimator; Word still updates every field
// when it opens the document, as the document's settings ask it to.

/** Above this many table rows to lay out, laying the pages out takes too long: page numbers are left to Word. */
export const ESTIMATE_LIMIT = 150;

type Xml = IXmlableObject;

/** How far the pages are laid out to number the contents. */
export type PageLayoutReach = 'whole' | 'headings' | 'none';

/**
 * How much of the document a build lays out (seconds, even for a short document): all of it; up to
 * its last heading, which places every heading but does not count the pages after it (the evidence
 * appendix's table, say); or none, when the part before the last heading is too long as well.
 */
export function pageLayoutReach(
  bundle: AuditBundle,
  options: ResolvedReportOptions,
): PageLayoutReach {
  if (options.pageNumbers === 'estimate') return 'whole';
  if (options.pageNumbers === 'word') return 'none';
  // The findings' and the summary's rows, and the plan's, come before the appendix's heading.
  const beforeAppendix = bundle.promises.length * 2 + bundle.actions.length;
  const appendix = options.appendix ? bundle.observations.length : 0;
  if (beforeAppendix + appendix <= ESTIMATE_LIMIT) return 'whole';
  return beforeAppendix <= ESTIMATE_LIMIT ? 'headings' : 'none';
}

function blocksOf(body: Xml): Xml[] {
  const blocks: unknown = body['w:body'];
  return Array.isArray(blocks) ? (blocks as Xml[]) : [];
}

/** Whether a block of the written body is a paragraph the contents lists (docx bookmarks each one `_Toc…`). */
function isContentsEntry(block: Xml): boolean {
  const paragraph: unknown = block['w:p'];
  return (
    Array.isArray(paragraph) &&
    paragraph.some((child: Xml) => {
      const start = child['w:bookmarkStart'] as Xml | undefined;
      const name: unknown = start?._attr?.['w:name'];
      return typeof name === 'string' && name.startsWith('_Toc');
    })
  );
}

/**
 * The headings' numbers ("2", "2.3") for the contents' entries, as docx reads them from the
 * headings' numbering. It is given the headings alone: reading the whole body, every table cell
 * of a large audit included, took seconds, and no other list shares the headings' numbering.
 */
function headingNumbers(body: Xml, context: IContext) {
  const kept = blocksOf(body).filter((block) => 'w:sectPr' in block || isContentsEntry(block));
  return estimatePageNumbers.listNumbers!({ 'w:body': kept }, context);
}

/**
 * The body up to its last heading and the block that heading keeps with, and the last section's
 * properties: what comes after the last heading moves no heading to another page.
 */
function upToLastHeading(body: Xml): Xml {
  const blocks = blocksOf(body);
  let last = blocks.length - 1;
  while (last >= 0 && !isContentsEntry(blocks[last]!)) last--;
  const end = blocks.at(-1);
  const kept = blocks.slice(0, last + 2);
  if (end && 'w:sectPr' in end && !kept.includes(end)) kept.push(end);
  return { 'w:body': kept };
}

/** Heading and caption numbers written, every page number left blank for Word: none rather than a wrong one. */
const numbersOnly: PageNumberEstimator = Object.assign(
  () => ({ bookmarks: new Map<string, string>() }),
  { listNumbers: headingNumbers },
);

/**
 * How the document's fields get their results: heading numbers in the contents and caption
 * numbers always, and the contents' page numbers as far as the pages are laid out. Laid out up to
 * the last heading, the number of pages is not known and the footers' count is left to the reader.
 */
export function fieldResults(reach: PageLayoutReach): PageNumberEstimator {
  if (reach === 'none') return numbersOnly;
  const layout = estimatePageNumbersWith({ guess: true });
  if (reach === 'whole') return layout;
  return Object.assign(
    (body: Xml, context: IContext) => {
      const { bookmarks, bookmarkPageNumbers, guesses } = layout(upToLastHeading(body), context);
      return { bookmarks, bookmarkPageNumbers, guesses };
    },
    { listNumbers: headingNumbers },
  );
}
