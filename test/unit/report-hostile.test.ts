import { TEST_DAY } from '../support/clock';
import { describe, expect, it, vi } from 'vitest';
import type { AuditBundle } from '../../shared/domain';
import { buildReport, clean, clip } from '../../shared/report';
import { paragraphs, parseXml, sampleBundle, unzipDocx } from './report-docx';

vi.setConfig({ testTimeout: 60_000 });

const CONTROL = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh\uFFFEi\uFFFF';
const LONE = 'half \uD83D pair and \uDE00 other half';
const LONG =
  `${'Every customer is greeted by name, served within a minute and thanked on leaving. '.repeat(123)}END`.slice(
    -10_000,
  );
const EMOJI = 'Delivered on time 🚚✅ — loved it 👩‍👩‍👧‍👦🎉';
const RTL = 'وعدنا لك بالتوصيل في الموعد · הבטחנו משלוח בזמן';
const XML = `<w:t>]]></w:body> & &amp; "quoted" 'single' <script>alert(1)</script>`;

/** The sample audit with hostile text everywhere a person can type. */
function hostileBundle(): AuditBundle {
  const b = sampleBundle();
  const [stage, ...stages] = b.stages;
  const [tp, ...touchpoints] = b.touchpoints;
  const [p0, p1, p2, p3, ...promises] = b.promises;
  const byPromise = (id: string) => b.observations.findIndex((o) => o.promiseId === id);
  const observations = [...b.observations];
  const verbatimAt = byPromise(p0!.id);
  observations[verbatimAt] = {
    ...observations[verbatimAt]!,
    verbatim: `${EMOJI}\n${RTL}\n${XML}\t${CONTROL}`,
    note: LONE,
    observer: XML,
    location: RTL,
  };
  return {
    ...b,
    audit: {
      ...b.audit,
      brand: XML,
      name: `${EMOJI} ${CONTROL}`,
      scope: `${LONG}\n\n${RTL}`,
      team: [RTL, XML, EMOJI],
      confidentiality: `${XML} ${CONTROL}`,
    },
    stages: [{ ...stage!, name: `${RTL} ${EMOJI}` }, ...stages],
    touchpoints: [{ ...tp!, name: XML, department: CONTROL, description: LONG }, ...touchpoints],
    promises: [
      { ...p0!, statement: LONG },
      { ...p1!, statement: EMOJI },
      { ...p2!, statement: RTL },
      { ...p3!, statement: `${XML}${CONTROL}${LONE}` },
      ...promises,
    ],
    observations,
    actions: b.actions.map((a, i) =>
      i === 0
        ? { ...a, title: XML, cause: LONG, remedy: RTL, prevention: EMOJI, owner: CONTROL }
        : a,
    ),
  };
}

describe('hostile text in the Word document', () => {
  it('still yields a well-formed document: XML specials, control characters, lone surrogates, 10,000 characters, emoji, right to left', async () => {
    // The checker itself refuses what Word refuses.
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
    expect(() => parseXml('<a>\uD800</a>')).toThrow();
    expect(() => parseXml('<a>&bad;</a>')).toThrow();
    const bytes = await buildReport(hostileBundle(), {
      pageNumbers: 'word',
      date: TEST_DAY,
      confidentiality: `${XML}${CONTROL}`,
    });
    const docx = unzipDocx(bytes);
    for (const name of docx.names.filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(() => parseXml(docx.xml(name)), name).not.toThrow();
    }
    const xml = docx.xml('word/document.xml');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const text = paragraphs(parseXml(xml)).map((p) => p.text);
    // The long statement is whole in the findings, the text is kept as typed, markup stays text.
    expect(text).toContain(LONG);
    expect(text.some((t) => t.includes(EMOJI))).toBe(true);
    expect(text.some((t) => t.includes(RTL))).toBe(true);
    expect(text.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
    // Right-to-left text is marked so.
    expect(xml).toMatch(/<w:rtl\/>/);
  });

  it('cleans text to what XML holds and cuts it at a word, never inside a surrogate pair', () => {
    expect(clean(CONTROL)).toBe('abcdefghi');
    expect(clean(LONE)).toBe('half  pair and  other half');
    expect(clean('a\r\nb\rc\td')).toBe('a\nb\nc d');
    expect(clean(EMOJI)).toBe(EMOJI);
    expect(clip(LONG, 100).length).toBeLessThanOrEqual(101);
    expect(clip(LONG, 100).endsWith('…')).toBe(true);
    const emojis = '😀'.repeat(60);
    for (let n = 1; n < 40; n++)
      expect(clip(emojis, n)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
