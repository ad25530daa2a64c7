import type { TFunction } from 'i18next';
import type { AuditBundle } from '../domain';
import { compareWaves, defaultWavePair, type AuditScores } from '../scoring';
import { waveChange } from './sentences';
import type { Formats } from './format';

/**
 * The change between the two waves compared by default (the last two with adequate evidence),
 * like with like, in sentences: what the document's method section and `touchstone score` say.
 * Empty with fewer than two waves.
 */
export function waveChangeSentences(
  bundle: Pick<AuditBundle, 'audit'>,
  scores: AuditScores,
  t: TFunction,
  f: Formats,
): string[] {
  const thresholds = bundle.audit.scoring.strengthThresholds;
  const pair = defaultWavePair(scores, thresholds);
  if (!pair) return [];
  const [from, to] = pair;
  const c = compareWaves(scores, from, to, thresholds);
  if (!c) return [];
  if (c.base === 0) return [waveChange({ t, f }, { from, to, base: 0, before: 0, after: 0 })];
  return [
    waveChange({ t, f }, { from, to, base: c.base, before: c.from.score!, after: c.to.score! }),
    ...c.thin.map((reason) => t(`report.method.waveThin.${reason}`)),
  ];
}
