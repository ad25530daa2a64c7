import { nowIso } from '../../platform/clock';
import Dexie from 'dexie';
import {
  AuditSchema,
  checkBundleIntegrity,
  CHILD_ENTITIES,
  DEFAULT_SCORING_SETTINGS,
  parseOrThrow,
  reassignIds,
  problem,
  ValidationError,
  type Audit,
  type AuditBundle,
  type ChildEntityName,
  type Generated,
} from '../../../../shared/domain';
import type { Journal } from '../changes';
import type { Template } from '../../../../shared/templates/template';
import { addInSlices, auditTables, recordCount, type DeletionSummary } from './records';
import type { Progress } from '../work';
import { applyTemplate } from './register';
import type { TouchstoneDb } from '../schema';
import { storeSnapshotOfBundle } from '../score-snapshots';

/** What a person gives to start an audit; the rest takes defaults. */
export type NewAudit = Pick<Audit, 'name' | 'brand' | 'periodStart' | 'periodEnd' | 'language'> &
  Partial<Omit<Audit, Generated>>;

/** Creates an audit with default settings, validated. */
export async function createAudit(db: TouchstoneDb, input: NewAudit): Promise<Audit> {
  const at = nowIso();
  const audit = parseOrThrow(
    AuditSchema,
    {
      scope: '',
      team: [],
      status: 'draft',
      confidentiality: '',
      scoring: structuredClone(DEFAULT_SCORING_SETTINGS),
      ...input,
      id: crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
      version: 1,
    },
    'audits',
  );
  await db.audits.add(audit);
  return audit;
}

/** A new audit, with a template's register in the audit's language; both or neither are kept. */
export async function createAuditFromTemplate(
  db: TouchstoneDb,
  input: NewAudit,
  template: Template | null,
): Promise<Audit> {
  if (!template) return createAudit(db, input);
  return db.transaction('rw', auditTables(db), async () => {
    const audit = await createAudit(db, input);
    await applyTemplate(db, audit.id, template, audit.language);
    return audit;
  });
}

/** Changes an audit's own fields (name, period, language, scoring…), validated whole. */
export async function updateAudit(
  db: TouchstoneDb,
  id: string,
  patch: Partial<Omit<Audit, Generated>>,
  journal?: Journal,
): Promise<Audit> {
  return db.transaction('rw', db.audits, async () => {
    const current = await db.audits.get(id);
    if (!current) throw new ValidationError('audits', [problem('id', 'errors.store.noAudit')]);
    const next = parseOrThrow(
      AuditSchema,
      {
        ...current,
        ...patch,
        id,
        createdAt: current.createdAt,
        updatedAt: nowIso(),
        version: current.version + 1,
      },
      'audits',
    );
    await db.audits.put(next);
    journal?.push({ entity: 'audits', id, before: current, after: next });
    return next;
  });
}

/** Deletes an audit and every record in it, in one transaction. */
export async function deleteAudit(db: TouchstoneDb, id: string): Promise<DeletionSummary> {
  return db.transaction('rw', auditTables(db), async () => {
    const summary: DeletionSummary = {};
    for (const name of CHILD_ENTITIES) {
      const n = await db.table(name).where('auditId').equals(id).delete();
      if (n > 0) summary[name as ChildEntityName] = n;
    }
    await db.fieldSync.where('auditId').equals(id).delete();
    await db.scoreSnapshots.delete(id);
    await db.audits.delete(id);
    return summary;
  });
}

/** How many records of each kind an audit holds. */
export async function countAuditRecords(
  db: TouchstoneDb,
  id: string,
): Promise<Record<ChildEntityName, number>> {
  const counts = {} as Record<ChildEntityName, number>;
  for (const name of CHILD_ENTITIES)
    counts[name] = await db.table(name).where('auditId').equals(id).count();
  return counts;
}

/** Reads a whole audit, every record of it, in one consistent snapshot. */
export async function readAuditBundle(db: TouchstoneDb, id: string): Promise<AuditBundle> {
  return db.transaction('r', auditTables(db), async () => {
    const audit = await db.audits.get(id);
    if (!audit) throw new ValidationError('audits', [problem('id', 'errors.store.noAudit')]);
    const byAudit = <K extends ChildEntityName>(name: K) =>
      db.table(name).where('auditId').equals(id).toArray();
    const [
      stages,
      channels,
      touchpoints,
      promises,
      observations,
      visits,
      actions,
      photos,
      surveys,
      surveyImports,
    ] = await Promise.all([
      byAudit('stages'),
      byAudit('channels'),
      byAudit('touchpoints'),
      byAudit('promises'),
      byAudit('observations'),
      byAudit('visits'),
      byAudit('actions'),
      byAudit('photos'),
      byAudit('surveys'),
      byAudit('surveyImports'),
    ]);
    const order = (a: { order: number }, b: { order: number }) => a.order - b.order;
    return {
      audit,
      stages: stages.sort(order),
      channels: channels.sort(order),
      touchpoints,
      promises,
      observations,
      visits,
      actions,
      photos,
      surveys,
      surveyImports,
    };
  });
}

export interface ImportResult {
  audit: Audit;
  /** True when the file's audit already existed and was imported as a copy with new ids. */
  copied: boolean;
}

/**
 * Adds a whole audit (already validated, e.g. by parseAuditFile) in one transaction: it
 * applies whole or not at all. An audit whose id is already here comes in as a copy. The
 * records are written a slice at a time, each counted on `progress`; a cancel pressed
 * before is heard as the writing starts, and nothing is written.
 */
export async function importAuditBundle(
  db: TouchstoneDb,
  bundle: AuditBundle,
  progress?: Progress,
): Promise<ImportResult> {
  const problems = checkBundleIntegrity(bundle);
  if (problems.length > 0) throw new ValidationError('auditFile', problems);
  const { audit: _audit, ...records } = bundle;
  const total = recordCount(records);
  const write = (fresh: boolean) =>
    db.transaction('rw', auditTables(db), async () => {
      progress?.at('write', 0, total);
      const clash = await db.audits.get(bundle.audit.id);
      let incoming = bundle;
      if (fresh || clash) incoming = reassignIds(bundle, () => crypto.randomUUID());
      if (clash)
        incoming.audit = { ...incoming.audit, name: `${incoming.audit.name} (copy)`.slice(0, 200) };
      await db.audits.add(incoming.audit);
      // Only tables with records: awaiting several no-op async calls in a row would leave
      // Dexie's transaction zone, and the transaction would end early.
      for (const name of CHILD_ENTITIES)
        if (incoming[name].length > 0) await addInSlices(db.table(name), incoming[name], progress);
      await storeSnapshotOfBundle(db, incoming);
      progress?.at('save');
      return { audit: incoming.audit, copied: Boolean(clash) };
    });
  try {
    return await write(false);
  } catch (error) {
    // Record ids already used by another audit (only a hand-made file does that): the
    // transaction wrote nothing, so write the whole audit again under new ids. Asking first,
    // id by id, would cost a walk over every key of the store on every import.
    if (!isKeyClash(error)) throw error;
    return write(true);
  }
}

/** Whether a write failed only because keys it added were already in the store. */
function isKeyClash(error: unknown): boolean {
  if (error instanceof Dexie.BulkError)
    return error.failures.length > 0 && error.failures.every((f) => f.name === 'ConstraintError');
  return error instanceof Dexie.ConstraintError;
}
