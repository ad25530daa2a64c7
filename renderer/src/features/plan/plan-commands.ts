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
import { stepHistory } from '../../app/undo';
import { db } from '../../db/db';
import { createRecord, deleteRecords, updateRecord, type NewRecord } from '../../db/records';
import { desktop } from '../../platform';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { errorText } from '../../app/error-text';

const t = i18next.t.bind(i18next);
const notify = (...args: Parameters<ReturnType<typeof useUi.getState>['notify']>) =>
  useUi.getState().notify(...args);
const undoAction = () => ({ label: t('history.undo'), run: () => void stepHistory('undo') });
const message = (error: unknown) => errorText(error, t);

/** The fields the action form edits: everything but the ids, timestamps and audit. */
export type ActionFields = Omit<NewRecord<'actions'>, 'auditId'>;

/** Creates or changes one action as one undoable step; throws the store's ValidationError. */
export async function saveAction(
  audit: Audit,
  original: Action | null,
  fields: ActionFields,
): Promise<Action> {
  return undoable(
    audit.id,
    original ? t('plan.history.edit', { title: fields.title }) : t('plan.history.create'),
    (journal) =>
      original
        ? updateRecord(db, 'actions', original.id, fields, journal)
        : createRecord(db, 'actions', { ...fields, auditId: audit.id }, journal),
  );
}

/** Adds draft actions as one undoable step. */
export async function addDrafts(audit: Audit, drafts: ActionFields[]): Promise<boolean> {
  if (drafts.length === 0) return false;
  try {
    await undoable(
      audit.id,
      t('plan.history.drafts', { count: drafts.length }),
      async (journal) => {
        for (const d of drafts)
          await createRecord(db, 'actions', { ...d, auditId: audit.id }, journal);
      },
    );
    notify('info', t('plan.notices.drafted', { count: drafts.length }), undoAction());
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
        async (journal) => {
          for (const m of moves) await updateRecord(db, 'actions', m.id, m.patch, journal);
        },
      );
      notify(
        'info',
        t('plan.notices.moved', { count: moves.length, status: t(`plan.statusWord.${to}`) }),
        undoAction(),
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
    await undoable(audit.id, t('plan.history.owner', { count: ids.length }), async (journal) => {
      for (const id of ids) await updateRecord(db, 'actions', id, { owner: owner.trim() }, journal);
    });
    notify(
      'info',
      t('plan.notices.owner', { count: ids.length, owner: owner.trim() }),
      undoAction(),
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
      deleteRecords(db, 'actions', ids, journal),
    );
    notify('info', t('plan.notices.deleted', { count: ids.length }), undoAction());
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
    await undoable(
      audit.id,
      t('plan.history.merge', { count: actions.length }),
      async (journal) => {
        await updateRecord(db, 'actions', plan.keepId, plan.fields, journal);
        await deleteRecords(db, 'actions', plan.removeIds, journal);
      },
    );
    notify(
      'info',
      t('plan.notices.merged', { count: actions.length, title: plan.fields.title }),
      undoAction(),
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
