import type { Action } from '../domain';
import {
  evidenceStrength,
  KEPT_POINTS,
  scoreAudit,
  type EvidenceStrength,
  type ScoringInput,
} from '../scoring';

/**
 * What the evidence after an action was done says of it. Only enough evidence can judge it: at
 * least the audit's "adequate" strength. On enough evidence its target is met (verified) or
 * missed (contradicted: the newer evidence says the gap is still open); on less, it is not yet
 * enough (thin: one lucky visit never verifies an action), and with none it is awaiting. An
 * action not done yet has no verdict.
 */
export const VERDICTS = ['verified', 'contradicted', 'thin', 'awaiting', 'not-done'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Verification {
  verdict: Verdict;
  /** The score (0–100) of the evidence from the done day on; null when there is none. */
  score: number | null;
  /** The score that evidence must reach: the action's target score, else "kept" (75). */
  target: number;
  /** Observations that counted toward `score`. */
  count: number;
  strength: EvidenceStrength;
  /** How many more observations the evidence needs to reach "adequate" (0 once it has). */
  needed: number;
  /** The day from which evidence counts (the action's done day), or null when not done. */
  since: string | null;
}

type Verifiable = Pick<
  Action,
  'id' | 'status' | 'doneAt' | 'promiseId' | 'touchpointId' | 'futureState'
>;

/** Whether a score reaches a target; a weighted mean of equal scores may miss it by a rounding hair. */
function meets(score: number, target: number): boolean {
  return score >= target - 1e-9;
}

/** The score an action's evidence must reach: its target score, or "kept" when it names none. */
export function targetOf(action: Pick<Action, 'futureState'>): number {
  return action.futureState.targetScore ?? KEPT_POINTS;
}

/**
 * Judges one action against the evidence recorded from its done day on (that day
 * included: the fix is in place on the day it is done), scored by the scoring module on
 * that evidence alone — the promise's alignment, or the touchpoint's score — and compared
 * with its target once that evidence has at least the audit's "adequate" strength.
 */
export function verifyAction(action: Verifiable, input: ScoringInput): Verification {
  return verifyActions([action], input).get(action.id)!;
}

/** Judges many actions at once, reading each promise's evidence only once. */
export function verifyActions(
  actions: readonly Verifiable[],
  input: ScoringInput,
): Map<string, Verification> {
  const thresholds = input.audit.scoring.strengthThresholds;
  const byPromise = new Map<string, ScoringInput['observations'][number][]>();
  for (const o of input.observations) {
    const list = byPromise.get(o.promiseId);
    if (list) list.push(o);
    else byPromise.set(o.promiseId, [o]);
  }
  const out = new Map<string, Verification>();
  for (const action of actions) {
    const target = targetOf(action);
    const done = action.status === 'done' || action.status === 'verified';
    if (!done || action.doneAt === null) {
      out.set(action.id, {
        verdict: 'not-done',
        score: null,
        target,
        count: 0,
        strength: 'none',
        needed: thresholds.adequate,
        since: null,
      });
      continue;
    }
    const since = action.doneAt;
    const promises = input.promises.filter((p) =>
      action.promiseId !== null
        ? p.id === action.promiseId
        : p.touchpointId === action.touchpointId,
    );
    const observations = promises.flatMap((p) =>
      (byPromise.get(p.id) ?? []).filter((o) => o.date >= since),
    );
    const scores = scoreAudit({
      audit: input.audit,
      touchpoints: input.touchpoints.filter((t) => promises.some((p) => p.touchpointId === t.id)),
      promises,
      observations,
    });
    let score: number | null;
    let count: number;
    if (action.promiseId !== null) {
      const s = scores.promises.get(action.promiseId);
      score = s?.alignment ?? null;
      count = s?.count ?? 0;
    } else {
      const s = scores.touchpoints.get(action.touchpointId ?? '');
      score = s?.score ?? null;
      count = s?.evidence ?? 0;
    }
    const needed = Math.max(0, thresholds.adequate - count);
    out.set(action.id, {
      verdict:
        score === null
          ? 'awaiting'
          : needed > 0
            ? 'thin'
            : meets(score, target)
              ? 'verified'
              : 'contradicted',
      score,
      target,
      count,
      strength: evidenceStrength(count, thresholds),
      needed,
      since,
    });
  }
  return out;
}
