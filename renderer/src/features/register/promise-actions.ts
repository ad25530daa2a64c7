import i18next from 'i18next';
import type { BrandPromise } from '../../../../shared/domain';
import {
  newPromiseDefaults,
  patchForEdit,
  type PromiseField,
  type PromisePatch,
} from '../../../../shared/register/promise-edit';
import { undoOffer } from '../../app/undo';
import { db } from '../../db/db';
import {
  createRegisterRecord,
  deleteRegisterRecords,
  previewRegisterDeletion,
  updateRegisterRecord,
  updateRegisterRecords,
} from '../../db/commands/register';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { errorText, reasonText } from '../../app/error-text';

const t = i18next.t.bind(i18next);
const fail = (error: unknown) => useUi.getState().notify('error', errorText(error, t));

/** Saves one cell; resolves false (and says why) when the value cannot be kept. */
export async function savePromiseField(
  promise: BrandPromise,
  field: PromiseField,
  input: string,
  fieldLabel: string,
  /** Shows the change before the write has landed; called with null if the write fails. */
  onOptimistic?: (next: BrandPromise | null) => void,
): Promise<boolean> {
  const result = patchForEdit(promise, field, input);
  if (!result.ok) {
    useUi.getState().notify('error', reasonText(result, t));
    return false;
  }
  const changed = Object.entries(result.patch).some(
    ([k, v]) => JSON.stringify(promise[k as keyof BrandPromise]) !== JSON.stringify(v),
  );
  if (!changed) return true;
  onOptimistic?.({ ...promise, ...result.patch });
  try {
    await undoable(promise.auditId, t('register.history.edit', { field: fieldLabel }), (journal) =>
      updateRegisterRecord(db, 'promises', promise.id, result.patch, journal),
    );
    return true;
  } catch (error) {
    onOptimistic?.(null);
    fail(error);
    return false;
  }
}

/** Adds a promise at a touchpoint; resolves to it, or null when it could not be added. */
export async function addPromise(
  auditId: string,
  touchpointId: string,
  statement: string,
): Promise<BrandPromise | null> {
  try {
    return await undoable(auditId, t('register.history.create'), (journal) =>
      createRegisterRecord(
        db,
        'promises',
        { auditId, touchpointId, statement: statement.trim(), ...newPromiseDefaults() },
        journal,
      ),
    );
  } catch (error) {
    fail(error);
    return null;
  }
}

/** Applies the same change to many promises as one undoable step. */
export async function bulkEditPromises(
  auditId: string,
  ids: readonly string[],
  patch: PromisePatch,
): Promise<boolean> {
  if (ids.length === 0 || Object.keys(patch).length === 0) return false;
  try {
    await undoable(auditId, t('register.history.bulk', { count: ids.length }), (journal) =>
      updateRegisterRecords(db, 'promises', ids, patch, journal),
    );
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}

/** Deletes promises with their evidence and actions, as one undoable step, and offers Undo. */
export async function deletePromises(auditId: string, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  try {
    const preview = await previewRegisterDeletion(db, 'promises', ids);
    await undoable(auditId, t('register.history.delete', { count: ids.length }), (journal) =>
      deleteRegisterRecords(db, 'promises', ids, journal),
    );
    // What went with them, each count in its own plural ("1 observation, 3 actions").
    const what = (['observations', 'actions'] as const)
      .filter((name) => (preview[name] ?? 0) > 0)
      .map((name) => t(`entity.${name}`, { count: preview[name] }))
      .join(', ');
    const text = [
      t('register.deleted', { count: ids.length }),
      what ? t('register.deletedWithEvidence', { count: ids.length, what }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    useUi.getState().notify('info', text, undoOffer());
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}
