import type { Action, BrandPromise } from '../domain';
import type { AuditScores } from '../scoring';
import { targetOf } from './verification';

/** The rows of the impact × effort matrix, highest first; unknown when nothing is measured. */
export const IMPACT_LEVELS = ['high', 'medium', 'low', 'unknown'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

export interface Impact {
  level: ImpactLevel;
  /**
   * The gap severity the action would close: importance × (target − current), on the same
   * scale as severity (0–500); null when the current state has no score.
   */
  points: number | null;
}

/** Impact points from which an action counts as high, and as medium. */
export const IMPACT_BANDS = { high: 150, medium: 60 } as const;

/**
 * An action's impact: how much gap severity reaching its target would close, from the
 * importance of its promise (a touchpoint's most important promise) and the distance from
 * its current score (as stated, else the evidence's) to its target.
 */
export function impactOf(
  action: Pick<Action, 'promiseId' | 'touchpointId' | 'currentState' | 'futureState'>,
  scores: AuditScores,
  promises: readonly Pick<BrandPromise, 'id' | 'touchpointId' | 'importance'>[],
): Impact {
  const own = promises.filter((p) =>
    action.promiseId !== null ? p.id === action.promiseId : p.touchpointId === action.touchpointId,
  );
  const importance = own.reduce((max, p) => Math.max(max, p.importance), 0);
  const evidence =
    action.promiseId !== null
      ? (scores.promises.get(action.promiseId)?.alignment ?? null)
      : (scores.touchpoints.get(action.touchpointId ?? '')?.score ?? null);
  const current = action.currentState.score ?? evidence;
  if (current === null || importance === 0) return { level: 'unknown', points: null };
  const points = importance * Math.max(0, targetOf(action) - current);
  return {
    level: points >= IMPACT_BANDS.high ? 'high' : points >= IMPACT_BANDS.medium ? 'medium' : 'low',
    points,
  };
}
