import type { Table } from 'dexie';
import {
  ENTITIES,
  problem,
  ValidationError,
  type ChildEntityName,
  type EntityTypes,
  type Problem,
  type Reference,
} from '../../../../shared/domain';
import type { TouchstoneDb } from '../schema';

// The one reference rule of the store: a record may point only at records of its own audit.

/** A table of an audit's records, as far as the rule reads it. */
const auditRecords = (db: TouchstoneDb, entity: ChildEntityName) =>
  db.table(entity) as Table<{ auditId: string }, string>;

/**
 * Refuses the first of the records whose references point nowhere, or into another audit,
 * given what referenceProblems found. (Called with its answer, not around it: one native async
 * function more between a nested transaction's reads and writes can let it commit early.)
 */
export function refuse(entity: ChildEntityName, problems: readonly Problem[][]): void {
  const first = problems.find((p) => p.length > 0);
  if (first) throw new ValidationError(entity, first);
}

/** Past this many records of one kind referred to, their audit's ids are read at once. */
const MANY_REFERENCES = 32;

/**
 * What each record refers to that is not in its audit here (nothing: an empty list), read with
 * one lookup per table whatever the number of records: the one reference rule of every write,
 * and of the batches that set a record aside rather than refuse them (the team database's).
 */
export async function referenceProblems<K extends ChildEntityName>(
  db: TouchstoneDb,
  entity: K,
  records: readonly EntityTypes[K][],
): Promise<Problem[][]> {
  const refsOf = ENTITIES[entity].references as (r: EntityTypes[K]) => Reference[];
  const refs = records.map(refsOf);
  const auditIds = [...new Set(records.map((r) => r.auditId))];
  const audits = await db.audits.bulkGet(auditIds);
  const present = new Set(audits.flatMap((a) => (a ? [a.id] : [])));
  const wanted = new Map<ChildEntityName, Set<string>>();
  for (const ref of refs.flat()) {
    const ids = wanted.get(ref.entity) ?? new Set<string>();
    ids.add(ref.id);
    wanted.set(ref.entity, ids);
  }
  // The audit each referred record is in, by kind and id. Many references into one audit
  // (a batch of evidence) read the ids the audit holds in one request, not a record each.
  const found = new Map<ChildEntityName, Map<string, string>>();
  const held = new Map<ChildEntityName, Set<string>>();
  const single = auditIds.length === 1 ? auditIds[0]! : null;
  for (const [target, set] of wanted) {
    const ids = [...set];
    if (single !== null && ids.length > MANY_REFERENCES) {
      const keys = await auditRecords(db, target).where('auditId').equals(single).primaryKeys();
      held.set(target, new Set(keys.map(String)));
      continue;
    }
    const rows = await auditRecords(db, target).bulkGet(ids);
    const inAudit = new Map<string, string>();
    rows.forEach((row, i) => {
      if (row) inAudit.set(ids[i]!, row.auditId);
    });
    found.set(target, inAudit);
  }
  const auditOf = (ref: Reference) =>
    held.get(ref.entity)?.has(ref.id) ? single : found.get(ref.entity)?.get(ref.id);
  return records.map((record, i) => {
    const problems: Problem[] = [];
    if (!present.has(record.auditId)) problems.push(problem('auditId', 'errors.store.auditGone'));
    for (const ref of refs[i]!)
      if (auditOf(ref) !== record.auditId)
        problems.push(problem(ref.field, `errors.store.notInAudit.${ref.entity}`));
    return problems;
  });
}
