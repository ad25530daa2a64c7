import type { ImportPlan, PlanRef } from '../../../../shared/register/register-plan';
import type { Journal } from '../../db/changes';
import { createRecord } from '../../db/records';
import type { TouchstoneDb } from '../../db/schema';

export interface ImportCounts {
  stages: number;
  channels: number;
  touchpoints: number;
  promises: number;
}

/**
 * Writes an import plan into an audit. Call it inside one transaction (`undoable` does):
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
