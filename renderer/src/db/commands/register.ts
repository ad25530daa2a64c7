import type { ChildEntityName, EntityTypes, Language } from '../../../../shared/domain';
import type {
  ExistingRegister,
  ImportPlan,
  PlanRef,
} from '../../../../shared/register/register-plan';
import { planTemplate, type Template } from '../../../../shared/templates/template';
import type { Journal } from '../changes';
import type { TouchstoneDb } from '../schema';
import {
  auditTables,
  createRecord,
  deleteRecords,
  previewDeletion,
  updateRecord,
  type DeletionSummary,
  type NewRecord,
  type RecordPatch,
} from './records';

// The register's commands: journey stages, channels, touchpoints and promises, one by one or
// in bulk (a CSV import, an industry template), and what deleting them takes along.

/** The journey's records: stages, channels, touchpoints. */
export type JourneyEntity = 'stages' | 'channels' | 'touchpoints';
/** Every register record. */
export type RegisterEntity = JourneyEntity | 'promises';

/** Creates a stage, channel, touchpoint or promise. */
export async function createRegisterRecord<K extends RegisterEntity>(
  db: TouchstoneDb,
  entity: K,
  input: NewRecord<K>,
  journal?: Journal,
): Promise<EntityTypes[K]> {
  return createRecord(db, entity, input, journal);
}

/** Changes a stage, channel, touchpoint or promise. */
export async function updateRegisterRecord<K extends RegisterEntity>(
  db: TouchstoneDb,
  entity: K,
  id: string,
  patch: RecordPatch<K>,
  journal?: Journal,
): Promise<EntityTypes[K]> {
  return updateRecord(db, entity, id, patch, journal);
}

/** Applies one change to many records of a kind (a bulk edit of promises), in one transaction. */
export async function updateRegisterRecords<K extends RegisterEntity>(
  db: TouchstoneDb,
  entity: K,
  ids: readonly string[],
  patch: RecordPatch<K>,
  journal?: Journal,
): Promise<void> {
  await db.transaction('rw', auditTables(db), async () => {
    for (const id of ids) await updateRecord(db, entity, id, patch, journal);
  });
}

/** Writes a new order for a list of stages or channels (only the records whose place changed). */
export async function reorderJourney(
  db: TouchstoneDb,
  entity: 'stages' | 'channels',
  ids: readonly string[],
  journal?: Journal,
): Promise<void> {
  await db.transaction('rw', auditTables(db), async () => {
    for (const [order, id] of ids.entries()) {
      const current = await db.table<EntityTypes[typeof entity], string>(entity).get(id);
      if (current && current.order !== order)
        await updateRecord(db, entity, id, { order }, journal);
    }
  });
}

/** Deletes register records and what goes with them by the cascade table. */
export async function deleteRegisterRecords(
  db: TouchstoneDb,
  entity: RegisterEntity,
  ids: readonly string[],
  journal?: Journal,
): Promise<DeletionSummary> {
  return deleteRecords(db, entity, ids, journal);
}

/** What deleting records would take with them, for the question before it. */
export function previewRegisterDeletion(
  db: TouchstoneDb,
  entity: ChildEntityName,
  ids: readonly string[],
): Promise<DeletionSummary> {
  return previewDeletion(db, entity, ids);
}

export interface ImportCounts {
  stages: number;
  channels: number;
  touchpoints: number;
  promises: number;
}

/**
 * Writes an import plan (a CSV import, a template) into an audit. Call it inside one transaction (`undoable` does):
 * if any record is refused, the transaction aborts and nothing of the import is kept.
 */
export async function applyImportPlan(
  db: TouchstoneDb,
  auditId: string,
  plan: ImportPlan,
  journal?: Journal,
): Promise<ImportCounts> {
  const order = async (table: 'stages' | 'channels') =>
    (await db.table<{ order: number }>(table).where('auditId').equals(auditId).toArray()).reduce(
      (max, r) => Math.max(max, r.order + 1),
      0,
    );
  const stageIds: string[] = [];
  let next = await order('stages');
  for (const name of plan.stages)
    stageIds.push(
      (await createRecord(db, 'stages', { auditId, name, description: '', order: next++ }, journal))
        .id,
    );
  const channelIds: string[] = [];
  next = await order('channels');
  for (const name of plan.channels)
    channelIds.push(
      (
        await createRecord(
          db,
          'channels',
          { auditId, name, description: '', order: next++ },
          journal,
        )
      ).id,
    );
  const resolve = (ref: PlanRef, created: string[]) => ('id' in ref ? ref.id : created[ref.index]!);
  const touchpointIds: string[] = [];
  for (const t of plan.touchpoints) {
    const record = await createRecord(
      db,
      'touchpoints',
      {
        auditId,
        stageId: resolve(t.stage, stageIds),
        channelId: resolve(t.channel, channelIds),
        name: t.name,
        department: t.department,
        description: t.description,
      },
      journal,
    );
    touchpointIds.push(record.id);
  }
  for (const p of plan.promises) {
    const { touchpoint, ...rest } = p;
    await createRecord(
      db,
      'promises',
      { auditId, touchpointId: resolve(touchpoint, touchpointIds), ...rest },
      journal,
    );
  }
  return {
    stages: plan.stages.length,
    channels: plan.channels.length,
    touchpoints: plan.touchpoints.length,
    promises: plan.promises.length,
  };
}

/** What an audit's register holds, for matching a template or an import against it. */
export async function readRegister(db: TouchstoneDb, auditId: string): Promise<ExistingRegister> {
  const of = <T>(table: 'stages' | 'channels' | 'touchpoints' | 'promises') =>
    db.table<T>(table).where('auditId').equals(auditId).toArray();
  return {
    stages: await of('stages'),
    channels: await of('channels'),
    touchpoints: await of('touchpoints'),
    promises: await of('promises'),
  } as ExistingRegister;
}

/**
 * Adds a template to an audit in one language: whatever the audit lacks, nothing twice.
 * Call it inside one transaction (`undoable`, or the new-audit transaction): it reads what is
 * there and writes in the same transaction, so nothing else can slip in between.
 */
export async function applyTemplate(
  db: TouchstoneDb,
  auditId: string,
  template: Template,
  language: Language,
  journal?: Journal,
): Promise<ImportCounts> {
  const plan = planTemplate(template, language, await readRegister(db, auditId));
  return applyImportPlan(db, auditId, plan, journal);
}
