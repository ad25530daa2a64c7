import type { TFunction } from 'i18next';
import type { AuditBundle } from '../domain';
import { compareWaves, defaultWavePair, shownScore, type AuditScores } from '../scoring';
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
  if (c.base === 0) return [t('report.method.waveNoBase', { from, to })];
  return [
    t('report.method.waveChange', {
      from,
      to,
      count: c.base,
      before: f.score(c.from.score),
      after: f.score(c.to.score),
      // The difference of the two numbers shown, so that the sentence adds up as read.
      change: f.gap(shownScore(c.to.score!) - shownScore(c.from.score!)),
    }),
    ...c.thin.map((reason) => t(`report.method.waveThin.${reason}`)),
  ];
}
