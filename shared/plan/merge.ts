import {
  ACTION_EFFORTS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  type Action,
  type BrandPromise,
} from '../domain';

/** The fields of an action a merge writes on the one that stays. */
export type MergedFields = Pick<
  Action,
  | 'promiseId'
  | 'touchpointId'
  | 'title'
  | 'currentState'
  | 'futureState'
  | 'cause'
  | 'remedy'
  | 'prevention'
  | 'owner'
  | 'dueDate'
  | 'priority'
  | 'effort'
  | 'status'
  | 'doneAt'
>;

export interface MergePlan {
  /** The action that stays (the first one given) and what it becomes. */
  keepId: string;
  fields: MergedFields;
  /** The actions folded into it, to delete. */
  removeIds: string[];
}

/**
 * Folds several actions into the first: one gap (the common promise; else the touchpoint
 * they all sit on; else the first one's), the first title, every distinct text kept, the
 * first owner named, the earliest dates, the highest priority and effort, the worst current
 * score and the highest target, and the least advanced status (done at most, and only if all were).
 */
export function planMerge(
  actions: readonly Action[],
  promises: readonly Pick<BrandPromise, 'id' | 'touchpointId'>[],
): MergePlan | null {
  const [first, ...rest] = actions;
  if (!first || rest.length === 0) return null;
  const touchpointOf = new Map(promises.map((p) => [p.id, p.touchpointId]));
  const touchpoints = new Set(
    actions.map((a) => (a.promiseId !== null ? touchpointOf.get(a.promiseId) : a.touchpointId)),
  );
  const samePromise = actions.every((a) => a.promiseId !== null && a.promiseId === first.promiseId);
  const [onlyTouchpoint] = touchpoints;
  const link =
    samePromise || touchpoints.size !== 1 || !onlyTouchpoint
      ? { promiseId: first.promiseId, touchpointId: first.touchpointId }
      : { promiseId: null, touchpointId: onlyTouchpoint };

  // A merged action is verified anew on its evidence: at most done.
  const rank = Math.min(
    ACTION_STATUSES.indexOf('done'),
    ...actions.map((a) => ACTION_STATUSES.indexOf(a.status)),
  );
  const status = ACTION_STATUSES[rank]!;
  const doneDays = actions.map((a) => a.doneAt);
  const allDone = doneDays.every((d): d is string => d !== null);
  return {
    keepId: first.id,
    removeIds: rest.map((a) => a.id),
    fields: {
      ...link,
      title: first.title,
      currentState: {
        description: joinTexts(actions.map((a) => a.currentState.description)),
        score: lowest(actions.map((a) => a.currentState.score)),
      },
      futureState: {
        description: joinTexts(actions.map((a) => a.futureState.description)),
        targetScore: highest(actions.map((a) => a.futureState.targetScore)),
        targetDate: earliest(actions.map((a) => a.futureState.targetDate)),
      },
      cause: joinTexts(actions.map((a) => a.cause)),
      remedy: joinTexts(actions.map((a) => a.remedy)),
      prevention: joinTexts(actions.map((a) => a.prevention)),
      owner: actions.map((a) => a.owner.trim()).find(Boolean) ?? '',
      dueDate: earliest(actions.map((a) => a.dueDate)),
      priority:
        ACTION_PRIORITIES[Math.max(...actions.map((a) => ACTION_PRIORITIES.indexOf(a.priority)))]!,
      effort: ACTION_EFFORTS[Math.max(...actions.map((a) => ACTION_EFFORTS.indexOf(a.effort)))]!,
      status,
      // Evidence verifies a merged action only from the day its last part was done.
      doneAt: status === 'done' && allDone ? [...doneDays].sort().at(-1)! : null,
    },
  };
}

/** Distinct non-empty texts, in order, a blank line apart. */
function joinTexts(texts: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of texts) {
    const trimmed = t.trim();
    if (trimmed && !seen.has(trimmed)) {
      seen.add(trimmed);
      out.push(trimmed);
    }
  }
  return out.join('\n\n');
}

const numbers = (values: readonly (number | null)[]) =>
  values.filter((v): v is number => v !== null);
const lowest = (values: readonly (number | null)[]) =>
  numbers(values).length > 0 ? Math.min(...numbers(values)) : null;
const highest = (values: readonly (number | null)[]) =>
  numbers(values).length > 0 ? Math.max(...numbers(values)) : null;
const earliest = (days: readonly (string | null)[]) =>
  days.filter((d): d is string => d !== null).sort()[0] ?? null;
