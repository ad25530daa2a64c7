import { TEST_DAY } from '../support/clock';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Each build packs a whole document; the machine may be busy.
vi.setConfig({ testTimeout: 60_000 });
import type { AuditBundle } from '../../shared/domain';
import { buildReport, createFormats, type ReportProgress } from '../../shared/report';
import { bandOf } from '../../shared/report/format';
import { COLOURS, SCORE_STYLE } from '../../shared/report/styles';
import { scoreMeasured } from '../../shared/fieldwork/measure';
import { scoreAudit, type AuditScores } from '../../shared/scoring';
import {
  all,
  contentsEntries,
  contentsHeadings,
  headingNumbers,
  paragraphs,
  parseXml,
  sampleBundle,
  tableAfter,
  textOf,
  unzipDocx,
  type XmlNode,
} from './report-docx';

const f = createFormats('en');
let bundle: AuditBundle;
let scores: AuditScores;
let docx: ReturnType<typeof unzipDocx>;
let doc: XmlNode;
const progress: ReportProgress[] = [];

beforeAll(async () => {
  bundle = sampleBundle();
  scores = scoreAudit(bundle);
  const bytes = await buildReport(bundle, {
    date: '2026-10-01',
    pageNumbers: 'word',
    onProgress: (p) => progress.push(p),
  });
  docx = unzipDocx(bytes);
  doc = parseXml(docx.xml('word/document.xml'));
}, 60_000);

/** The first table after the paragraph whose text is `heading`. */
function tableNodeAfter(heading: string): XmlNode {
  const body = all(doc, 'w:body')[0]!.children;
  const at = body.findIndex((n) => n.name === 'w:p' && textOf(n) === heading);
  return body.slice(at).find((n) => n.name === 'w:tbl')!;
}

const headings = (level: 1 | 2 | 3) =>
  paragraphs(doc)
    .filter((p) => p.style === `Heading${level}`)
    .map((p) => p.text);

describe('the Word audit document of the sample audit', () => {
  it('is a valid package: every XML part is well-formed, and Word is asked to update its fields', () => {
    for (const name of docx.names.filter((n) => /\.(xml|rels)$/.test(n)))
      expect(() => parseXml(docx.xml(name)), name).not.toThrow();
    expect(docx.xml('word/settings.xml')).toContain('<w:updateFields');
  });

  it('has the sections as real Word headings, a contents field, styles and a numbering scheme', () => {
    expect(headings(1)).toEqual([
      'Executive summary',
      'Scope and method',
      'Scorecards',
      'Findings by touchpoint',
      'The plan: current state to future state',
      'Appendix: evidence log',
    ]);
    expect(headings(2)).toEqual(
      expect.arrayContaining([
        'Where promises break most',
        'Strengths',
        'By journey stage',
        'By touchpoint',
        'Discover',
      ]),
    );
    expect(headings(3)).toContain('Store entrance and browsing — Store');
    const xml = docx.xml('word/document.xml');
    expect(xml).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    const styles = docx.xml('word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'TouchstoneTable', 'Caption'])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(docx.xml('word/numbering.xml')).toContain('%1.%2');
  });

  it('writes every field with its result: each contents entry with its heading’s number and a link, each caption with its number', () => {
    const headings = contentsHeadings(doc);
    const numbers = headingNumbers(headings.map((h) => h.level));
    const entries = contentsEntries(doc);
    expect(entries.map((e) => [e.anchor, e.texts[0], e.texts[2]])).toEqual(
      headings.map((h, i) => [h.bookmark, numbers[i], h.text]),
    );
    expect(headings.every((h) => h.bookmark.startsWith('_Toc'))).toBe(true);
    // Left to Word, the page numbers are blank rather than wrong, with no dots leading to them.
    expect(entries.map((e) => e.texts.at(-1))).toEqual(entries.map(() => ''));
    expect(entries.map((e) => e.leader)).toEqual(entries.map(() => 'none'));

    const captions = paragraphs(doc)
      .filter((p) => p.style === 'Caption')
      .map((p) => p.text);
    expect(captions.length).toBeGreaterThan(10);
    const counted = { Table: 0, Figure: 0 };
    for (const caption of captions) {
      const kind = caption.startsWith('Table') ? 'Table' : 'Figure';
      expect(caption).toMatch(new RegExp(`^${kind} ${++counted[kind]}: \\S`));
    }
    // Written as they read, but for the page numbers left to Word; Word updates them all on opening.
    const dirty = [
      ...docx.xml('word/document.xml').matchAll(/w:dirty="true"\/><w:instrText[^>]*>([^<]*)/g),
    ];
    expect(dirty.map((m) => m[1]!.split(' ')[0])).toEqual(entries.map(() => 'PAGEREF'));
    expect(docx.xml('word/document.xml').split('w:dirty').length - 1).toBe(entries.length);
    expect(docx.xml('word/settings.xml')).toContain('<w:updateFields');
  });

  it('puts the scoring module’s alignment index, perception gap, coverage and evidence in the key figures', () => {
    const figures = paragraphs(doc)
      .filter((p) => p.style === 'KpiValue')
      .map((p) => p.text);
    expect(figures).toEqual([
      f.score(scores.audit.score),
      f.gap(scores.audit.gap),
      f.share(scores.audit.coverage),
      f.count(scores.audit.evidence),
    ]);
    const headline = paragraphs(doc).find((p) => p.style === 'Callout')!.text;
    expect(headline).toBe(
      `The team believes ${f.percent(scores.headline.believedKept)} of its promises are kept; the evidence shows ${f.percent(scores.headline.evidenceKept)}.`,
    );
    expect(docx.xml('word/document.xml')).toContain(
      `Counted over the ${scores.headline.base} promises`,
    );
  });

  it('shows each stage’s score, coverage, belief and gap exactly as scoreAudit gives them', () => {
    const rows = tableAfter(doc, 'By journey stage');
    const stages = [...bundle.stages].sort((a, b) => a.order - b.order);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...stages.map((s) => s.name), 'Whole audit']);
    stages.forEach((s, i) => {
      const g = scores.stages.get(s.id)!;
      const [, score, coverage, observed, evidence, , , belief, gap] = rows[i + 1]!;
      expect([score, coverage, observed, evidence, belief, gap]).toEqual([
        f.score(g.score),
        f.share(g.coverage),
        `${g.observed}/${g.promises}`,
        f.count(g.evidence),
        f.score(g.belief),
        f.gap(g.gap),
      ]);
    });
  });

  it('draws native charts as chart parts with their workbooks, from the same stage scores', () => {
    const charts = docx.names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(charts).toEqual([
      'word/charts/chart1.xml',
      'word/charts/chart2.xml',
      'word/charts/chart3.xml',
    ]);
    expect(
      docx.names.filter((n) => n.startsWith('word/embeddings/') && n.endsWith('.xlsx')),
    ).toHaveLength(3);
    expect(docx.xml('[Content_Types].xml')).toContain('drawingml.chart+xml');
    const chart = parseXml(docx.xml('word/charts/chart1.xml'));
    const series = all(chart, 'c:ser').map((ser) =>
      all(all(ser, 'c:val')[0]!, 'c:v').map((v) => Number(v.text)),
    );
    const stages = [...bundle.stages].sort((a, b) => a.order - b.order);
    expect(series).toEqual([
      stages.map((s) => scores.stages.get(s.id)!.belief),
      stages.map((s) => scores.stages.get(s.id)!.score),
    ]);
  });

  it('sets the plan on landscape pages and the rest on portrait ones', () => {
    const xml = docx.xml('word/document.xml');
    const plan = xml.lastIndexOf('The plan: current state to future state'); // the heading, not its contents entry
    const planSection = xml.slice(plan, xml.indexOf('</w:sectPr>', plan));
    expect(planSection).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    const sections = [...xml.matchAll(/<w:pgSz[^>]*w:orient="(\w+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['portrait', 'portrait', 'landscape', 'portrait']);
  });

  it('repeats table header rows and keeps rows whole; headers and footers carry the page numbers', () => {
    const xml = docx.xml('word/document.xml');
    const tables = all(doc, 'w:tbl').length;
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(tables - 4); // all but the layout tables
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThan(300);
    const footer = docx.names
      .filter((n) => n.startsWith('word/footer'))
      .map((n) => docx.xml(n))
      .join('');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain(bundle.audit.confidentiality);
  });

  it('aligns and colours table text by paragraph styles, and writes nothing that restates a default', () => {
    const styles = docx.xml('word/styles.xml');
    for (const id of [
      'TableTextCentred',
      'TableTextRight',
      'TableTextMuted',
      'TableHeadingCentred',
      'TableHeadingRight',
      'TableScore',
      ...Object.values(SCORE_STYLE),
    ])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(docx.xml('word/document.xml')).not.toMatch(
      /<w:vAlign w:val="top"\/>|<w:jc |w:val="false"/,
    );

    const [header, ...rows] = all(tableNodeAfter('By journey stage'), 'w:tr');
    const styleOf = (row: XmlNode | undefined, i: number) =>
      all(all(row!, 'w:tc')[i]!, 'w:pStyle')[0]?.attributes['w:val'];
    expect([styleOf(header, 0), styleOf(header, 1), styleOf(header, 2)]).toEqual([
      'TableHeading',
      'TableHeadingCentred',
      'TableHeadingRight',
    ]);
    const stages = [...bundle.stages].sort((a, b) => a.order - b.order);
    expect(stages.map((_, i) => styleOf(rows[i], 1))).toEqual(
      stages.map((s) => SCORE_STYLE[bandOf(scores.stages.get(s.id)!.score)]),
    );
    expect(styleOf(rows[0], 2)).toBe('TableTextRight');
  });

  it('bands rows and shades the header from the table style, with Word’s table look, not from each cell', () => {
    const style = all(parseXml(docx.xml('word/styles.xml')), 'w:style').find(
      (s) => s.attributes['w:styleId'] === 'TouchstoneTable',
    )!;
    const conditional = (type: string) =>
      all(style, 'w:tblStylePr').find((c) => c.attributes['w:type'] === type)!;
    const fillOf = (node: XmlNode) => all(node, 'w:shd')[0]?.attributes['w:fill'];
    expect(fillOf(conditional('band2Horz'))).toBe(COLOURS.band);
    expect(fillOf(conditional('firstRow'))).toBe(COLOURS.navy);
    expect(all(conditional('firstRow'), 'w:vAlign')[0]?.attributes['w:val']).toBe('bottom');

    const tables = all(doc, 'w:tbl').filter(
      (t) => all(t, 'w:tblStyle')[0]?.attributes['w:val'] === 'TouchstoneTable',
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(all(table, 'w:tblLook')[0]?.attributes).toEqual({
        'w:val': '0420',
        'w:firstRow': '1',
        'w:lastRow': '0',
        'w:firstColumn': '0',
        'w:lastColumn': '0',
        'w:noHBand': '0',
        'w:noVBand': '1',
      });
      const [header] = all(table, 'w:tr');
      expect(all(header!, 'w:shd')).toEqual([]);
      expect(all(header!, 'w:vAlign')).toEqual([]);
      expect(all(table, 'w:shd').map(fillOf)).not.toContain(COLOURS.band);
    }

    // Score cells keep their band's fill; group rows keep theirs.
    const byStage = tableNodeAfter('By journey stage');
    const stages = [...bundle.stages].sort((a, b) => a.order - b.order);
    expect(
      all(byStage, 'w:tr')
        .slice(1, stages.length + 1)
        .map((tr) => fillOf(all(tr, 'w:tc')[1]!)),
    ).toEqual(stages.map((s) => COLOURS[bandOf(scores.stages.get(s.id)!.score)].fill));
    const groups = all(tableNodeAfter('By touchpoint'), 'w:tr').filter(
      (tr) => all(tr, 'w:gridSpan').length > 0,
    );
    expect(groups.length).toBe(bundle.stages.length);
    expect(groups.map((tr) => fillOf(tr))).toEqual(groups.map(() => COLOURS.rule));
  });

  it('shows each measured promise’s target with what its measurements say, in the findings and the appendix', () => {
    const RUBRIC = ['Broken', 'Poor', 'Partly kept', 'Kept', 'Exceeded'];
    const keep = '\u00a0';
    const targeted = bundle.promises.filter((p) => p.target);
    expect(targeted.length).toBeGreaterThan(5);
    const findings = (name: string) => tableAfter(doc, name).flatMap((r) => r[1] ?? '');
    const results: string[] = [];
    for (const p of targeted) {
      const target = p.target!;
      const values = bundle.observations
        .filter((o) => o.promiseId === p.id && o.outcome === 'scored' && o.score === null)
        .flatMap((o) => (o.measured === null ? [] : [o.measured]));
      const within = values.filter((v) => scoreMeasured(v, target) >= 3).length;
      const sorted = [...values].sort((a, b) => a - b);
      const half = sorted.length >> 1;
      const mid = sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
      const unit = (v: number) => `${f.number(v)}${keep}${target.unit}`;
      const sign = target.direction === 'at-most' ? '≤' : '≥';
      const line =
        `Target: ${target.metric} ${sign}${keep}${unit(target.threshold)}` +
        (values.length === 0
          ? ' · not measured yet'
          : ` · ${within} of ${values.length} measurement${values.length === 1 ? '' : 's'} within target · median ${unit(mid)}`);
      const tp = bundle.touchpoints.find((t) => t.id === p.touchpointId)!;
      const channel = bundle.channels.find((c) => c.id === tp.channelId)!;
      expect(findings(`${tp.name} — ${channel.name}`)).toContain(`${p.statement}\n${line}`);
      for (const v of values) {
        const step = scoreMeasured(v, target);
        results.push(`${unit(v)}\n${step} · ${RUBRIC[step]}`);
      }
    }
    // Every measured value in the appendix, with the rubric step its target gave it.
    const appendix = tableAfter(doc, 'Appendix: evidence log').map((r) => r[5] ?? '');
    expect(appendix.filter((r) => r.includes(keep)).sort()).toEqual(results.sort());
    expect(
      tableAfter(doc, 'Appendix: evidence log').filter((r) => r[0]!.includes('Target: ')),
    ).toHaveLength(targeted.length);
  });

  it('names each summary promise’s touchpoint under its statement, and keeps its evidence label on one line', () => {
    const [header, ...rows] = tableAfter(doc, 'Where promises break most');
    expect(header).toEqual(['Ref.', 'Promise', 'Imp.', 'Score', 'Belief', 'Gap', 'Evidence']);
    for (const row of rows) {
      const promise = bundle.promises.find((p) => `${row[1]}`.startsWith(p.statement))!;
      const touchpoint = bundle.touchpoints.find((t) => t.id === promise.touchpointId)!;
      expect(row[1]!.split('\n')[1]).toBe(touchpoint.name);
      expect(row[6]).toMatch(/^(Thin|Adequate|Strong)\u00a0·\u00a0\d+$/);
    }
  });

  it('reports progress through every step, ending with packing', () => {
    expect(progress.map((p) => p.step)).toEqual([
      'prepare',
      'cover',
      'summary',
      'method',
      'scorecards',
      'findings',
      'plan',
      'appendix',
      'pack',
    ]);
    expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1]!.done)).toBe(true);
  });
});

describe('the document’s options', () => {
  it('leaves out the appendix and unchosen sections, and writes the given confidentiality label', async () => {
    const bytes = await buildReport(sampleBundle(), {
      sections: ['summary', 'plan'],
      appendix: false,
      confidentiality: 'Board members only',
      pageNumbers: 'word',
      date: TEST_DAY,
    });
    const out = unzipDocx(bytes);
    const xml = out.xml('word/document.xml');
    const h1 = paragraphs(parseXml(xml))
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(h1).toEqual(['Executive summary', 'The plan: current state to future state']);
    expect(out.names.some((n) => n.startsWith('word/charts/'))).toBe(false);
    expect(
      out.names
        .filter((n) => n.startsWith('word/footer'))
        .map((n) => out.xml(n))
        .join(''),
    ).toContain('Board members only');
  });

  it('numbers the contents’ pages of the sample audit with its appendix, laid out up to the appendix’s heading', async () => {
    const bytes = await buildReport(sampleBundle(), { pageNumbers: 'auto', date: TEST_DAY });
    const written = parseXml(unzipDocx(bytes).xml('word/document.xml'));
    const pages = contentsEntries(written).map((e) => e.texts.at(-1) ?? '');
    expect(
      pages.every((p) => /^\d+$/.test(p)),
      pages.join(' '),
    ).toBe(true);
    const numbers = pages.map(Number);
    expect(numbers[0]).toBe(3); // after the cover and the contents
    expect(numbers.every((n, i) => i === 0 || n >= numbers[i - 1]!)).toBe(true);
    expect(contentsEntries(written).map((e) => e.leader)).toEqual(pages.map(() => 'dot'));
  });

  it('embeds the evidence’s photos in the findings when asked, and none when not', async () => {
    const base = sampleBundle();
    const png = new Uint8Array(
      readFileSync(new URL('../fixtures/photos/till.png', import.meta.url)),
    );
    const at = '2026-05-01T10:00:00.000Z';
    const photo = {
      id: crypto.randomUUID(),
      auditId: base.audit.id,
      createdAt: at,
      updatedAt: at,
      version: 1,
      name: 'till.png',
      type: 'image/png' as const,
      data: png,
    };
    const broken = {
      ...photo,
      id: crypto.randomUUID(),
      name: 'broken.png',
      data: new Uint8Array([137, 80, 78, 71, 0]),
    };
    const observation = { ...base.observations[0]!, photoIds: [photo.id, broken.id] };
    const bundle = {
      ...base,
      photos: [photo, broken],
      observations: [observation, ...base.observations.slice(1)],
    };
    const media = async (photos: boolean) =>
      unzipDocx(
        await buildReport(bundle, { photos, appendix: false, pageNumbers: 'word', date: TEST_DAY }),
      ).names.filter((n) => n.startsWith('word/media/'));
    expect(await media(true)).toHaveLength(1); // the broken one is left out, not written damaged
    expect(await media(false)).toHaveLength(0);
  });

  it('writes an audit with no evidence and no actions as "not yet observed", never 0', async () => {
    const base = sampleBundle();
    const bytes = await buildReport(
      { ...base, observations: [], actions: [], visits: [] },
      { pageNumbers: 'word', date: TEST_DAY },
    );
    const out = unzipDocx(bytes);
    const d = parseXml(out.xml('word/document.xml'));
    expect(
      paragraphs(d)
        .filter((p) => p.style === 'KpiValue')
        .map((p) => p.text),
    ).toEqual(['—', '—', '0%', '0']);
    const text = out.xml('word/document.xml');
    expect(text).toContain('No promise has both a team belief and evidence yet');
    expect(text).toContain('not yet observed');
    expect(text).toContain('No actions have been written yet.');
  });

  it('lists at most the latest 3,000 observations in the appendix, and says so', async () => {
    const base = sampleBundle();
    const observations = Array.from({ length: 3050 }, (_, i) => ({
      ...base.observations[i % base.observations.length]!,
      id: crypto.randomUUID(),
      date: i < 50 ? '2025-01-01' : '2026-06-01',
      note: i < 50 ? `old ${i}` : `recent ${i}`,
    }));
    const bytes = await buildReport(
      { ...base, observations },
      { sections: [], pageNumbers: 'word', date: TEST_DAY },
    );
    const xml = unzipDocx(bytes).xml('word/document.xml');
    expect(xml).toContain(
      'Observations recorded: 3,050. Shown here: the latest 3,000, by promise and date; the audit file holds them all.',
    );
    expect(xml).toContain('recent 51');
    expect(xml).not.toContain('old 7<');
  });

  it('marks in the appendix the evidence of a method weighted 0 as not counting, and counts it once as left out', async () => {
    const base = sampleBundle();
    const audit = {
      ...base.audit,
      scoring: {
        ...base.audit.scoring,
        methodWeights: { ...base.audit.scoring.methodWeights, review: 0 },
      },
    };
    const reviews = base.observations.filter((o) => o.method === 'review' && o.outcome === 'scored');
    expect(reviews.length).toBeGreaterThan(0);
    const bytes = await buildReport(
      { ...base, audit },
      { sections: ['summary'], pageNumbers: 'word', date: TEST_DAY },
    );
    const xml = unzipDocx(bytes).xml('word/document.xml');
    const marks = xml.split('Does not count: method weighted 0').length - 1;
    expect(marks).toBe(reviews.length);
    expect(xml).toMatch(/left out of the scores \([^)]*method weighted 0: \d+/);
  });
});

describe('a method weighted 0', () => {
  it('is recorded but not counted: not among the methods that contribute, and never called not applicable', async () => {
    const base = sampleBundle();
    const audit = {
      ...base.audit,
      scoring: {
        ...base.audit.scoring,
        methodWeights: { ...base.audit.scoring.methodWeights, review: 0 },
      },
    };
    const reviews = base.observations.filter((o) => o.method === 'review').length;
    const bytes = await buildReport(
      { ...base, audit },
      { sections: ['summary', 'method'], appendix: false, pageNumbers: 'word', date: TEST_DAY },
    );
    const written = parseXml(unzipDocx(bytes).xml('word/document.xml'));
    const texts = paragraphs(written).map((p) => p.text);

    const rows = tableAfter(written, 'Methods and evidence');
    expect(rows[0]).toEqual(['Method', 'Kind', 'Recorded', 'Counted', 'Weight']);
    expect(rows.find((r) => r[0] === 'Review')).toEqual([
      'Review',
      'Customer voice',
      String(reviews),
      '0',
      '0',
    ]);
    expect(texts).toContain(
      'Weighted 0, and so recorded but not counted toward the scores: Review.',
    );
    const rule = texts.find((t) => t.startsWith('Methods weigh as set for this audit'))!;
    expect(rule).toMatch(
      /: Field check 1, Mystery shop 1, .*Usage data 1\. Weighted 0, and so not counted: Review\.$/,
    );
    expect(rule).not.toContain('Review 0');
    // Six methods contribute; the seventh is recorded only.
    expect(texts.find((t) => t.includes('toward the scores, from'))).toMatch(
      /from 6 methods over 2 waves/,
    );
    const method = texts.slice(texts.indexOf('Scope and method'));
    expect(method.join('\n')).not.toMatch(/not applicable/i);
  });
});
