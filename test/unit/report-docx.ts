import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { AuditBundle } from '../../shared/domain';
import { parseAuditFile } from '../../shared/formats/audit-file';

/** The sample audit, read as the app reads it. */
export function sampleBundle(): AuditBundle {
  return parseAuditFile(
    readFileSync(new URL('../../resources/sample-audit.json', import.meta.url), 'utf8'),
  );
}

/** A .docx opened as Word would: its parts by name, XML parts as text. */
export function unzipDocx(bytes: Uint8Array): { names: string[]; xml: (name: string) => string } {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    xml: (name) => {
      const part = files[name];
      if (!part) throw new Error(`no part ${name}`);
      return strFromU8(part);
    },
  };
}

/** An element of a parsed part: its qualified name, attributes, children and own text. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/**
 * Parses XML strictly (saxes refuses what is not well-formed, characters XML 1.0 does not allow
 * included) into a small tree; throws with the parser's message.
 */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(node);
    if (!tag.isSelfClosing) stack.push(node);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.write(xml).close();
  return root;
}

/** Every element named `name` under a node, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const child of n.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

/** The text of a node's w:t elements. */
export function textOf(node: XmlNode): string {
  return all(node, 'w:t')
    .map((t) => t.text)
    .join('');
}

/** Each paragraph of a part: its style and its text. */
export function paragraphs(doc: XmlNode): { style: string; text: string }[] {
  return all(doc, 'w:p').map((p) => ({
    style: all(p, 'w:pStyle')[0]?.attributes['w:val'] ?? '',
    text: textOf(p),
  }));
}

/** The rows of the first table after the paragraph whose text is `heading`, as cell texts. */
export function tableAfter(doc: XmlNode, heading: string): string[][] {
  const body = all(doc, 'w:body')[0]!;
  let found = false;
  for (const node of body.children) {
    if (node.name === 'w:p' && textOf(node) === heading) found = true;
    else if (found && node.name === 'w:tbl') {
      return all(node, 'w:tr').map((tr) =>
        all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(textOf).join('\n')),
      );
    }
  }
  throw new Error(`no table after “${heading}”`);
}

/** An entry of the contents: the heading it links to and the texts of its runs (number, title, page). */
export interface ContentsEntry {
  anchor: string;
  texts: string[];
  leader: string | undefined;
}

/** The contents' entries as written in the document, before any reader updates the field. */
export function contentsEntries(doc: XmlNode): ContentsEntry[] {
  const contents = all(doc, 'w:sdt').find((sdt) =>
    all(sdt, 'w:instrText').some((i) => i.text.trim().startsWith('TOC ')),
  );
  if (!contents) throw new Error('no contents field');
  return all(contents, 'w:p').flatMap((p) => {
    const link = all(p, 'w:hyperlink')[0];
    if (!link) return [];
    const runs = all(link, 'w:r');
    // A page number is the text inside the PAGEREF field's run.
    return [
      {
        anchor: link.attributes['w:anchor'] ?? '',
        texts: runs.map(textOf),
        leader: all(p, 'w:tab').find((t) => t.attributes['w:val'] === 'right')?.attributes[
          'w:leader'
        ],
      },
    ];
  });
}

/** The Heading 1 and 2 paragraphs of the body with their text and the contents' bookmark on each. */
export function contentsHeadings(doc: XmlNode): { level: 1 | 2; text: string; bookmark: string }[] {
  return all(doc, 'w:p').flatMap((p) => {
    const style = all(p, 'w:pStyle')[0]?.attributes['w:val'];
    if (style !== 'Heading1' && style !== 'Heading2') return [];
    const bookmark = all(p, 'w:bookmarkStart')[0]?.attributes['w:name'] ?? '';
    return [{ level: style === 'Heading1' ? 1 : 2, text: textOf(p), bookmark }];
  });
}

/** Each heading's number as the headings' numbering writes it: 1, 1.1, 1.2, 2… */
export function headingNumbers(levels: readonly (1 | 2)[]): string[] {
  let chapter = 0;
  let section = 0;
  return levels.map((level) => {
    if (level === 1) {
      chapter++;
      section = 0;
      return String(chapter);
    }
    section++;
    return `${chapter}.${section}`;
  });
}
