import { shownScore } from '../scoring';
import type { ReportContext } from './context';

// The document's sentences that take a count, each built in one place, so that every one of them
// is right at 0, 1, 2, 5, 11, 21, 22 and 25 in every language (test/unit/report-plurals.test.ts
// builds them all at those counts). A count decides the form of the words it governs through
// i18next's plurals; a name (a brand, a metric) is never put into a case it cannot take.

/** What a sentence is built with: the document's translator and formats. */
export type Words = Pick<ReportContext, 't' | 'f'>;

/** A promise count with its noun: "1 promise", "5 обещаний". */
export function promisesCount({ t }: Words, count: number): string {
  return t('entity.promises', { count });
}

/** The lead sentence: the brand's alignment index over the audit's scope, or why there is none. */
export function leadSentence(
  { t, f }: Words,
  scope: { touchpoints: number; promises: number; brand: string },
  verdict: { score: number; text: string } | null,
): string {
  const values = {
    touchpoints: t('entity.touchpoints', { count: scope.touchpoints }),
    promises: t('entity.promises', { count: scope.promises }),
    brand: scope.brand,
  };
  return verdict === null
    ? t('report.summary.leadUnobserved', values)
    : t('report.summary.lead', { ...values, score: f.score(verdict.score), verdict: verdict.text });
}

/** Under the coverage figure: "43 of 47 promises observed". */
export function coverageNote({ t, f }: Words, observed: number, promises: number): string {
  return t('report.summary.coverageNote', {
    count: promises,
    observed: f.count(observed),
    promises: f.count(promises),
  });
}

/** Under the evidence figure, which is the count: "observations that count". */
export function evidenceNote({ t }: Words, evidence: number): string {
  return t('report.summary.evidenceNote', { count: evidence });
}

/** Under the perception gap, which is a number of points: "points: team belief minus evidence". */
export function gapNote({ t }: Words, gap: number | null): string {
  return t('report.summary.perceptionGapNote', {
    count: gap === null ? 0 : Math.abs(Math.round(gap)),
  });
}

/** What the headline's shares are counted over. */
export function headlineBase({ t, f }: Words, base: number): string {
  return t('report.summary.headlineBase', { count: base, base: f.count(base) });
}

/** How far the team's belief is from the evidence on like-for-like promises, in points. */
export function gapSentence({ t, f }: Words, gap: number): string {
  const points = Math.round(gap);
  if (points > 0) return t('report.summary.gapWider', { count: points, gap: f.score(points) });
  if (points < 0) return t('report.summary.gapNarrower', { count: -points, gap: f.score(-points) });
  return t('report.summary.gapNone');
}

/** The evidence base: what counts, from how many methods, over how many waves. */
export function evidenceBase(
  { t, f }: Words,
  counts: { evidence: number; methods: number; waves: number },
): string {
  return t('report.summary.evidenceText', {
    count: counts.evidence,
    evidence: f.count(counts.evidence),
    methods: t('report.summary.methods', { count: counts.methods }),
    waves: t('report.summary.waves', { count: counts.waves }),
  });
}

/** What was recorded and left out of the scores, with the reasons. */
export function excludedSentence({ t, f }: Words, excluded: number, reasons: string): string {
  return t('report.summary.excluded', { count: excluded, excluded: f.count(excluded), reasons });
}

/** The information gaps: promises without evidence and on thin evidence, then the list's lead. */
export function gapsSentence({ t, f }: Words, unobserved: number, thin: number): string {
  if (unobserved + thin === 0) return t('report.summary.gapsNone');
  const part = (key: 'gapsUnobserved' | 'gapsThin', count: number) =>
    count > 0 ? t(`report.summary.${key}`, { count, n: f.count(count) }) : '';
  const [first = '', second] = [part('gapsUnobserved', unobserved), part('gapsThin', thin)].filter(
    Boolean,
  );
  const sentence =
    second === undefined
      ? t('report.summary.gapsOne', { gaps: first })
      : t('report.summary.gapsBoth', { unobserved: first, thin: second });
  // One promise is "it", not the most important of one: only exactly one, not 21.
  const list = unobserved + thin === 1 ? 'gapsListSingle' : 'gapsList';
  return `${sentence} ${t(`report.summary.${list}`)}`;
}

/** The rule of recency, with the audit's half-life in days. */
export function recencyRule({ t, f }: Words, halfLifeDays: number): string {
  return t('report.method.rules.alignment', {
    count: halfLifeDays,
    halfLife: f.count(halfLifeDays),
  });
}

/** The rule of evidence strength, with the audit's thresholds. */
export function strengthRule(
  { t, f }: Words,
  thresholds: { thin: number; adequate: number; strong: number },
): string {
  return t('report.method.rules.strength', {
    thin: f.count(thresholds.thin),
    adequate: f.count(thresholds.adequate),
    strong: f.count(thresholds.strong),
  });
}

/** A touchpoint's line of figures in the findings. */
export function findingsLine(
  { t, f }: Words,
  g: { score: number | null; observed: number; promises: number; evidence: number },
): string {
  if (g.score === null)
    return t('report.findings.lineUnobserved', { promises: promisesCount({ t, f }, g.promises) });
  return t('report.findings.line', {
    score: f.score(g.score),
    observed: t('report.findings.observed', {
      count: g.promises,
      observed: f.count(g.observed),
      promises: f.count(g.promises),
    }),
    evidence: t('entity.observations', { count: g.evidence }),
  });
}

/** How many of a group's promises have an evidence strength: "3 strong", "надёжно: 3". */
export function strengthCount({ t, f }: Words, count: number, strength: string): string {
  return t('report.scorecards.strengthCount', { n: f.count(count), strength });
}

/** The plan's lead, by its number of actions. */
export function planIntro({ t, f }: Words, actions: number): string {
  if (actions === 0) return t('report.plan.none');
  return t('report.plan.intro', { count: actions, actions: f.count(actions) });
}

/** The appendix's lead, by the observations recorded, or the latest of them it lists. */
export function appendixIntro({ t, f }: Words, shown: number, total: number): string {
  if (total === 0) return t('report.method.noEvidence');
  if (shown < total)
    return t('report.appendix.limited', { shown: f.count(shown), total: f.count(total) });
  return t('report.appendix.intro', { count: total, total: f.count(total) });
}

/** What a promise's measurements say against its target: "7 of 9 measurements within target". */
export function withinTarget({ t, f }: Words, within: number, measured: number): string {
  if (measured === 0) return t('report.target.notMeasured');
  return t('report.target.within', {
    count: measured,
    measured: f.count(measured),
    within: f.count(within),
  });
}

/**
 * The change between two waves over the promises observed in both: "From wave 1 to wave 2,
 * over the 42 promises observed in both, the score moved from 48 to 55 (+7)", or, with no
 * promise observed in both, that they are not compared.
 */
export function waveChange(
  { t, f }: Words,
  c: { from: number; to: number; base: number; before: number; after: number },
): string {
  if (c.base === 0) return t('report.method.waveNoBase', { from: c.from, to: c.to });
  return t('report.method.waveChange', {
    from: c.from,
    to: c.to,
    count: c.base,
    before: f.score(c.before),
    after: f.score(c.after),
    // The difference of the two numbers shown, so that the sentence adds up as read.
    change: f.gap(shownScore(c.after) - shownScore(c.before)),
  });
}
