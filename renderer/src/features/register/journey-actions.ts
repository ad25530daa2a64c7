import i18next from 'i18next';
import type { ChildEntityName, EntityTypes } from '../../../../shared/domain';
import { undoOffer } from '../../app/undo';
import { db } from '../../db/db';
import type { NewRecord, RecordPatch } from '../../db/commands/records';
import {
  createRegisterRecord,
  deleteRegisterRecords,
  previewRegisterDeletion,
  reorderJourney,
  updateRegisterRecord,
} from '../../db/commands/register';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { errorText } from '../../app/error-text';

const t = i18next.t.bind(i18next);
const fail = (error: unknown) => useUi.getState().notify('error', errorText(error, t));

type JourneyEntity = 'stages' | 'channels' | 'touchpoints';

/** Creates a stage, channel or touchpoint as an undoable step; null (and a message) when refused. */
export async function addJourneyRecord<K extends JourneyEntity>(
  entity: K,
  input: NewRecord<K>,
  label: string,
): Promise<EntityTypes[K] | null> {
  try {
    return await undoable(input.auditId, label, (journal) =>
      createRegisterRecord(db, entity, input, journal),
    );
  } catch (error) {
    fail(error);
    return null;
  }
}

/** Changes one stage, channel or touchpoint as an undoable step. */
export async function editJourneyRecord<K extends JourneyEntity>(
  entity: K,
  record: EntityTypes[K],
  patch: RecordPatch<K>,
  label: string,
): Promise<boolean> {
  try {
    await undoable(record.auditId, label, (journal) =>
      updateRegisterRecord(db, entity, record.id, patch, journal),
    );
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}

/** Writes a new order for a list of stages or channels, as one undoable step. */
export async function reorder(
  entity: 'stages' | 'channels',
  auditId: string,
  ids: readonly string[],
  label: string,
): Promise<void> {
  try {
    await undoable(auditId, label, (journal) => reorderJourney(db, entity, ids, journal));
  } catch (error) {
    fail(error);
  }
}

/** What deleting a record takes with it, in words ("3 touchpoints, 12 promises"), or ''. */
export async function deletionConsequence(entity: ChildEntityName, id: string): Promise<string> {
  const summary = await previewRegisterDeletion(db, entity, [id]);
  return (Object.keys(summary) as ChildEntityName[])
    .filter((name) => name !== entity && (summary[name] ?? 0) > 0)
    .map((name) => t(`entity.${name}`, { count: summary[name] }))
    .join(', ');
}

/** Asks, naming what goes with it, then deletes as an undoable step and offers Undo. */
export async function confirmAndDelete(
  entity: JourneyEntity,
  record: { id: string; auditId: string; name: string },
  title: string,
): Promise<boolean> {
  const what = await deletionConsequence(entity, record.id);
  const confirmed = await useUi.getState().confirm({
    title,
    body: what
      ? t('register.journey.deleteConsequence', { what })
      : t('register.journey.deleteNothingElse'),
    confirmLabel: t('common.delete'),
    danger: true,
  });
  if (!confirmed) return false;
  try {
    await undoable(
      record.auditId,
      t('register.history.deleteItem', { name: record.name }),
      (journal) => deleteRegisterRecords(db, entity, [record.id], journal),
    );
    useUi
      .getState()
      .notify('info', t('register.journey.deleted', { name: record.name }), undoOffer());
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}
