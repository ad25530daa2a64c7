import type { IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { AuditBundle } from '../domain';
import type { ResolvedReportOptions } from './options';

// The contents' page numbers, where they can be known: the contents (contents.ts) and the
// captions (blocks.ts) are written with their numbers whatever happens here, and Word updates
// every field when it opens the document, as the document's settings ask it to.

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

/** Whether a block of the written body is a heading the contents lists (contents.ts bookmarks each `_Toc…`). */
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

/**
 * How the contents' page numbers are worked out: by laying out the whole document, or up to its
 * last heading (the number of pages is then not known, and the footers' count is left to the
 * reader), or not at all, when Word fills them in (docx then writes the page references blank).
 */
export function pageNumberEstimator(reach: PageLayoutReach): PageNumberEstimator | undefined {
  if (reach === 'none') return undefined;
  const layout = estimatePageNumbersWith({ guess: true });
  if (reach === 'whole') return layout;
  return (body: Xml, context: IContext) => {
    const { bookmarks, bookmarkPageNumbers, guesses } = layout(upToLastHeading(body), context);
    return { bookmarks, bookmarkPageNumbers, guesses };
  };
}
