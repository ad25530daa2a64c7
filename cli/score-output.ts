import type { TFunction } from 'i18next';
import type { AuditBundle } from '../shared/domain';
import { bandOf, waveChangeSentences, type Formats } from '../shared/report';
import {
  compareWaves,
  defaultWavePair,
  type AuditScores,
  type GroupScore,
} from '../shared/scoring';

type Row = readonly string[];

/** Lays rows out in columns: the first left-aligned, the rest right-aligned. */
export function columns(rows: readonly Row[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat(widths[i]! - [...cell].length);
          return i === 0 ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function groupRows(
  t: TFunction,
  f: Formats,
  first: string,
  groups: [string, GroupScore | undefined][],
  total: GroupScore,
): Row[] {
  const row = (name: string, g: GroupScore | undefined): Row => [
    name,
    f.score(g?.score ?? null),
    t(`report.band.${bandOf(g?.score ?? null)}`),
    f.share(g ? g.coverage : null),
    g ? `${g.observed}/${g.promises}` : '—',
    f.count(g?.evidence ?? 0),
    f.score(g?.customerVoice ?? null),
    f.score(g?.operational ?? null),
    f.score(g?.belief ?? null),
    f.gap(g?.gap ?? null),
  ];
  return [
    [
      first,
      t('report.col.score'),
      t('report.col.band'),
      t('report.col.coverage'),
      t('report.col.observed'),
      t('report.col.evidence'),
      t('report.col.customerVoice'),
      t('report.col.operational'),
      t('report.col.belief'),
      t('report.col.gap'),
    ],
    ...groups.map(([name, g]) => row(name, g)),
    row(t('report.cli.total'), total),
  ];
}

/** The scores as a person reads them in a terminal: the headline, then stages, channels and touchpoints. */
export function scoreTable(
  bundle: AuditBundle,
  scores: AuditScores,
  t: TFunction,
  f: Formats,
): string {
  const { audit, headline } = scores;
  const byOrder = <T extends { order: number }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.order - b.order);
  const lines = [
    `${bundle.audit.brand} — ${bundle.audit.name}`,
    t('report.cli.index', {
      score: f.score(audit.score),
      gap: f.gap(audit.gap),
      coverage: f.share(audit.coverage),
      evidence: f.count(audit.evidence),
    }),
  ];
  if (headline.base > 0) {
    lines.push(
      t('report.cli.headline', {
        believed: f.percent(headline.believedKept),
        evidence: f.percent(headline.evidenceKept),
        base: headline.base,
      }),
    );
  }
  lines.push(...waveChangeSentences(bundle, scores, t, f));
  const stages = byOrder(bundle.stages);
  lines.push(
    '',
    columns(
      groupRows(
        t,
        f,
        t('report.col.stage'),
        stages.map((s) => [s.name, scores.stages.get(s.id)]),
        audit,
      ),
    ),
    '',
    columns(
      groupRows(
        t,
        f,
        t('report.col.channel'),
        byOrder(bundle.channels).map((c) => [c.name, scores.channels.get(c.id)]),
        audit,
      ),
    ),
    '',
  );
  const rank = new Map(stages.map((s, i) => [s.id, i]));
  const touchpoints = [...bundle.touchpoints].sort(
    (a, b) => rank.get(a.stageId)! - rank.get(b.stageId)! || a.name.localeCompare(b.name),
  );
  lines.push(
    columns(
      groupRows(
        t,
        f,
        t('report.col.touchpoint'),
        touchpoints.map((tp) => [tp.name, scores.touchpoints.get(tp.id)]),
        audit,
      ),
    ),
  );
  return lines.join('\n');
}

/** A score's band by name (shared/scoring/bands.ts), null where there is no score. */
const band = (score: number | null) => (score === null ? null : bandOf(score));

const entriesOf = (map: Map<string, GroupScore>, names: Map<string, string>) =>
  [...map.entries()].map(([id, value]) => ({
    id,
    name: names.get(id) ?? null,
    ...value,
    band: band(value.score),
  }));

/** The like-with-like change between the waves compared by default, or null with fewer than two. */
function waveChangeJson(bundle: AuditBundle, scores: AuditScores) {
  const thresholds = bundle.audit.scoring.strengthThresholds;
  const pair = defaultWavePair(scores, thresholds);
  return pair ? compareWaves(scores, pair[0], pair[1], thresholds) : null;
}

/** The scores as JSON: every figure as scoreAudit gives it, unrounded, with names beside the ids. */
export function scoreJson(bundle: AuditBundle, scores: AuditScores): string {
  const names = (list: readonly { id: string; name: string }[]) =>
    new Map(list.map((r) => [r.id, r.name]));
  const stages = names(bundle.stages);
  const channels = names(bundle.channels);
  const touchpoints = names(bundle.touchpoints);
  const statements = new Map(bundle.promises.map((p) => [p.id, p.statement]));
  return JSON.stringify(
    {
      audit: { id: bundle.audit.id, name: bundle.audit.name, brand: bundle.audit.brand },
      asOf: scores.asOf,
      headline: scores.headline,
      score: { ...scores.audit, band: band(scores.audit.score) },
      stages: entriesOf(scores.stages, stages),
      channels: entriesOf(scores.channels, channels),
      touchpoints: entriesOf(scores.touchpoints, touchpoints),
      cells: [...scores.cells.entries()].map(([key, value]) => {
        const [stageId, channelId] = key.split('|');
        return { stageId, channelId, ...value, band: band(value.score) };
      }),
      promises: [...scores.promises.values()].map((p) => ({
        ...p,
        band: band(p.alignment),
        statement: statements.get(p.promiseId) ?? null,
      })),
      waveChange: waveChangeJson(bundle, scores),
      waves: scores.waves.map((w) => ({
        wave: w.wave,
        score: { ...w.audit, band: band(w.audit.score) },
        stages: entriesOf(w.stages, stages),
        channels: entriesOf(w.channels, channels),
        touchpoints: entriesOf(w.touchpoints, touchpoints),
      })),
    },
    null,
    2,
  );
}
