import { useMemo } from 'react';
import type { Audit } from '../../../../shared/domain';
import {
  compareWaves,
  defaultWavePair,
  type AuditScores,
  type WaveComparison,
} from '../../../../shared/scoring';
import { useUi } from '../../stores/ui';

/** The two waves compared on the Scores screen, and the person's way to choose others. */
export interface WaveChoice {
  pair: readonly [number, number] | null;
  comparison: WaveComparison | null;
  choose: (pair: readonly [number, number]) => void;
}

/**
 * The waves the Scores screen compares: those the person chose, while both still have
 * evidence, else the default pair of shared/scoring (the last two with adequate evidence),
 * compared like with like.
 */
export function useWaveComparison(audit: Audit, scores: AuditScores): WaveChoice {
  const chosen = useUi((s) => s.wavePairs[audit.id]);
  const chooseWaves = useUi((s) => s.chooseWaves);
  const thresholds = audit.scoring.strengthThresholds;
  return useMemo(() => {
    const waves = new Set(scores.waves.map((w) => w.wave));
    const pair =
      chosen && waves.has(chosen[0]) && waves.has(chosen[1]) && chosen[0] !== chosen[1]
        ? chosen
        : defaultWavePair(scores, thresholds);
    return {
      pair,
      comparison: pair ? compareWaves(scores, pair[0], pair[1], thresholds) : null,
      choose: (next) => chooseWaves(audit.id, next),
    };
  }, [audit.id, chosen, chooseWaves, scores, thresholds]);
}
