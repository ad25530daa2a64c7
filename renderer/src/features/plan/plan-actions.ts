import i18next from 'i18next';
import type { Action, ActionStatus, Audit, BrandPromise } from '../../../../shared/domain';
import { auditFileName } from '../../../../shared/formats/audit-file';
import {
  planMerge,
  planToCsv,
  transition,
  type TransitionProblem,
  type Verification,
} from '../../../../shared/plan';
import { undoOffer } from '../../app/undo';
import { db } from '../../db/db';
import {
  createActions,
  deleteActions as deleteActionRecords,
  mergeActions as mergeActionRecords,
  moveActions as moveActionRecords,
  saveAction as saveActionRecord,
  setActionsOwner,
  type ActionFields,
} from '../../db/commands/plan';
import { desktop } from '../../platform';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { errorText } from '../../app/error-text';

const t = i18next.t.bind(i18next);
const notify = (...args: Parameters<ReturnType<typeof useUi.getState>['notify']>) =>
  useUi.getState().notify(...args);
const message = (error: unknown) => errorText(error, t);

export type { ActionFields } from '../../db/commands/plan';

/** Creates or changes one action as one undoable step; throws the store's ValidationError. */
export async function saveAction(
  audit: Audit,
  original: Action | null,
  fields: ActionFields,
): Promise<Action> {
  return undoable(
    audit.id,
    original ? t('plan.history.edit', { title: fields.title }) : t('plan.history.create'),
    (journal) => saveActionRecord(db, audit.id, original, fields, journal),
  );
}

/** Adds draft actions as one undoable step. */
export async function addDrafts(audit: Audit, drafts: ActionFields[]): Promise<boolean> {
  if (drafts.length === 0) return false;
  try {
    await undoable(audit.id, t('plan.history.drafts', { count: drafts.length }), (journal) =>
      createActions(db, audit.id, drafts, journal),
    );
    notify('info', t('plan.notices.drafted', { count: drafts.length }), undoOffer());
    return true;
  } catch (error) {
    notify('error', message(error));
    return false;
  }
}

/** An action a status change refused, and why. */
export interface Refusal {
  action: Action;
  problems: TransitionProblem[];
}

/**
 * Moves actions to a status by the lifecycle's rules, as one undoable step. Those the rules
 * refuse stay as they are and are returned, so the screen can say why.
 */
export async function moveActions(
  audit: Audit,
  actions: readonly Action[],
  to: ActionStatus,
  verifications: ReadonlyMap<string, Verification>,
  day: string,
): Promise<Refusal[]> {
  const refusals: Refusal[] = [];
  const moves: { id: string; patch: { status: ActionStatus; doneAt: string | null } }[] = [];
  for (const a of actions) {
    if (a.status === to) continue;
    const result = transition(a, to, { today: day, evidence: verifications.get(a.id) });
    if (result.ok) moves.push({ id: a.id, patch: result.patch });
    else refusals.push({ action: a, problems: result.problems });
  }
  if (moves.length > 0) {
    try {
      await undoable(
        audit.id,
        t('plan.history.status', { count: moves.length, status: t(`plan.statusWord.${to}`) }),
        (journal) => moveActionRecords(db, moves, journal),
      );
      notify(
        'info',
        t('plan.notices.moved', { count: moves.length, status: t(`plan.statusWord.${to}`) }),
        undoOffer(),
      );
    } catch (error) {
      notify('error', message(error));
    }
  }
  return refusals;
}

/** Gives actions one owner as one undoable step. */
export async function setOwner(
  audit: Audit,
  ids: readonly string[],
  owner: string,
): Promise<boolean> {
  try {
    await undoable(audit.id, t('plan.history.owner', { count: ids.length }), (journal) =>
      setActionsOwner(db, ids, owner, journal),
    );
    notify(
      'info',
      t('plan.notices.owner', { count: ids.length, owner: owner.trim() }),
      undoOffer(),
    );
    return true;
  } catch (error) {
    notify('error', message(error));
    return false;
  }
}

/** Deletes actions as one undoable step, and offers Undo. */
export async function deleteActions(audit: Audit, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  try {
    await undoable(audit.id, t('plan.history.delete', { count: ids.length }), (journal) =>
      deleteActionRecords(db, ids, journal),
    );
    notify('info', t('plan.notices.deleted', { count: ids.length }), undoOffer());
    return true;
  } catch (error) {
    notify('error', message(error));
    return false;
  }
}

/** Folds actions into the first of them (shared/plan/merge.ts) as one undoable step. */
export async function mergeActions(
  audit: Audit,
  actions: readonly Action[],
  promises: readonly BrandPromise[],
): Promise<boolean> {
  const plan = planMerge(actions, promises);
  if (!plan) return false;
  try {
    await undoable(audit.id, t('plan.history.merge', { count: actions.length }), (journal) =>
      mergeActionRecords(db, plan, journal),
    );
    notify(
      'info',
      t('plan.notices.merged', { count: actions.length, title: plan.fields.title }),
      undoOffer(),
    );
    return true;
  } catch (error) {
    notify('error', message(error));
    return false;
  }
}

/** Writes the plan as a CSV file (shared/plan/csv.ts) the person saves where they like. */
export async function exportPlanCsv(
  audit: Audit,
  verifications: ReadonlyMap<string, Verification>,
  day: string,
): Promise<void> {
  try {
    const data = await db.transaction(
      'r',
      [db.stages, db.channels, db.touchpoints, db.promises, db.actions],
      async () => ({
        stages: await db.stages.where('auditId').equals(audit.id).toArray(),
        channels: await db.channels.where('auditId').equals(audit.id).toArray(),
        touchpoints: await db.touchpoints.where('auditId').equals(audit.id).toArray(),
        promises: await db.promises.where('auditId').equals(audit.id).toArray(),
        actions: await db.actions.where('auditId').equals(audit.id).toArray(),
      }),
    );
    const result = await desktop.saveFile({
      suggestedName: auditFileName({ audit }, 'csv', t('plan.csv.fileName')),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: planToCsv({ ...data, verifications, today: day }),
    });
    if (result.saved) notify('info', t('plan.csv.exported', { count: data.actions.length }));
  } catch (error) {
    notify('error', t('plan.csv.exportFailed', { message: message(error) }));
  }
}
