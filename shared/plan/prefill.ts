import type { Action, BrandPromise, Touchpoint } from '../domain';
import { KEPT_POINTS, type AuditScores } from '../scoring';
import type { ActionLink } from './current-state';
import { priorityForSeverity } from './draft';

/** How long the statement or name an action's title quotes may be. */
export const TITLE_SUBJECT_LENGTH = 200;

/**
 * What a new action on a gap starts with, wherever it is planned from (Scores, the register,
 * the workshop reveal, the plan's drafts): the gap it closes, the score it starts from, the
 * score it aims at, the points between them, and the priority the gap's severity suggests.
 */
export interface ActionPrefill {
  link: ActionLink;
  /** The promise's statement or the touchpoint's name, cut to a title's length. */
  subject: string;
  /** Today's score on 0–100 to one decimal; null when nothing is observed yet. */
  currentScore: number | null;
  /** "Kept": 75 on 0–100. */
  targetScore: number;
  /** Points from the current score up to the target; null when not observed. */
  gap: number | null;
  priority: Action['priority'];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Cuts a statement to `length` characters, marking the cut with an ellipsis. */
export function clipSubject(text: string, length = TITLE_SUBJECT_LENGTH): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/**
 * The prefill rule: a promise starts from its alignment, a touchpoint from its score; both aim
 * at "kept"; the priority follows the worst severity (a touchpoint's worst promise). A gap
 * already closed is 0 points; one not yet observed has no score, no gap and medium priority.
 * Null when the promise or touchpoint is not in the register.
 */
export function prefillAction(
  link: ActionLink,
  scores: AuditScores,
  promises: readonly Pick<BrandPromise, 'id' | 'touchpointId' | 'statement'>[],
  touchpoints: readonly Pick<Touchpoint, 'id' | 'name'>[],
): ActionPrefill | null {
  let subject: string;
  let current: number | null;
  let severity: number | null = null;
  if (link.promiseId !== null) {
    const promise = promises.find((p) => p.id === link.promiseId);
    if (!promise) return null;
    const s = scores.promises.get(promise.id);
    subject = promise.statement;
    current = s?.alignment ?? null;
    severity = s?.severity ?? null;
  } else {
    const touchpoint = touchpoints.find((tp) => tp.id === link.touchpointId);
    if (!touchpoint) return null;
    subject = touchpoint.name;
    current = scores.touchpoints.get(touchpoint.id)?.score ?? null;
    for (const p of promises) {
      if (p.touchpointId !== touchpoint.id) continue;
      const s = scores.promises.get(p.id)?.severity ?? null;
      if (s !== null && (severity === null || s > severity)) severity = s;
    }
  }
  return {
    link,
    subject: clipSubject(subject),
    currentScore: current === null ? null : oneDecimal(current),
    targetScore: KEPT_POINTS,
    gap: current === null ? null : oneDecimal(Math.max(0, KEPT_POINTS - current)),
    priority: severity === null ? 'medium' : priorityForSeverity(severity),
  };
}
