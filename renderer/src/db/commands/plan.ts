import type { Action, ActionStatus } from '../../../../shared/domain';
import type { MergePlan } from '../../../../shared/plan';
import type { Journal } from '../changes';
import type { TouchstoneDb } from '../schema';
import {
  auditTables,
  createRecord,
  deleteRecords,
  updateRecord,
  type DeletionSummary,
  type NewRecord,
} from './records';

// The plan's commands: actions created, changed, moved through their lifecycle, merged and
// deleted. The rules (what may be committed, when an action may be verified, how actions merge)
// are shared/plan's; these write what those rules decided.

/** The fields the action form edits: everything but the ids, timestamps and audit. */
export type ActionFields = Omit<NewRecord<'actions'>, 'auditId'>;

/** Creates an action, or changes one when `original` is given. */
export async function saveAction(
  db: TouchstoneDb,
  auditId: string,
  original: Action | null,
  fields: ActionFields,
  journal?: Journal,
): Promise<Action> {
  return original
    ? updateRecord(db, 'actions', original.id, fields, journal)
    : createRecord(db, 'actions', { ...fields, auditId }, journal);
}

/** Creates actions (drafts from the gaps) in one transaction. */
export async function createActions(
  db: TouchstoneDb,
  auditId: string,
  drafts: readonly ActionFields[],
  journal?: Journal,
): Promise<Action[]> {
  return db.transaction('rw', auditTables(db), async () => {
    const made: Action[] = [];
    for (const d of drafts)
      made.push(await createRecord(db, 'actions', { ...d, auditId }, journal));
    return made;
  });
}

/** Writes status changes the lifecycle allowed (shared/plan/lifecycle.ts), in one transaction. */
export async function moveActions(
  db: TouchstoneDb,
  moves: readonly { id: string; patch: { status: ActionStatus; doneAt: string | null } }[],
  journal?: Journal,
): Promise<void> {
  await db.transaction('rw', auditTables(db), async () => {
    for (const m of moves) await updateRecord(db, 'actions', m.id, m.patch, journal);
  });
}

/** Gives actions one owner, in one transaction. */
export async function setActionsOwner(
  db: TouchstoneDb,
  ids: readonly string[],
  owner: string,
  journal?: Journal,
): Promise<void> {
  await db.transaction('rw', auditTables(db), async () => {
    for (const id of ids) await updateRecord(db, 'actions', id, { owner: owner.trim() }, journal);
  });
}

/** Deletes actions. */
export async function deleteActions(
  db: TouchstoneDb,
  ids: readonly string[],
  journal?: Journal,
): Promise<DeletionSummary> {
  return deleteRecords(db, 'actions', ids, journal);
}

/** Folds actions into one as shared/plan/merge.ts planned it, in one transaction. */
export async function mergeActions(db: TouchstoneDb, plan: MergePlan, journal?: Journal) {
  await db.transaction('rw', auditTables(db), async () => {
    await updateRecord(db, 'actions', plan.keepId, plan.fields, journal);
    await deleteRecords(db, 'actions', plan.removeIds, journal);
  });
}
