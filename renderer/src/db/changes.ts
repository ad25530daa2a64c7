import { nowIso } from '../platform/clock';
import {
  LocalizedError,
  type Audit,
  type ChildEntityName,
  type EntityTypes,
} from '../../../shared/domain';
import { auditTables } from './commands/records';
import { sameContent } from '../../../shared/fieldwork/merge';
import type { TouchstoneDb } from './schema';

type AnyRecord = EntityTypes[ChildEntityName] | Audit;

/** One record's change: absent before means created, absent after means deleted. */
export interface RecordChange {
  /** A record inside an audit, or the audit itself (its settings). */
  entity: ChildEntityName | 'audits';
  id: string;
  before: AnyRecord | null;
  after: AnyRecord | null;
}

/** What the commands write into when given one: every record they change, in order. */
export type Journal = RecordChange[];

/** A change that can no longer be undone or redone because the record moved on since. */
export class StaleChangeError extends LocalizedError {
  override readonly name = 'StaleChangeError';
  constructor() {
    super('errors.store.staleChange');
  }
}

/**
 * Whether a record is still the version a journal left it at (or still absent). Its content is
 * compared too: a version from the team database can carry the same number as this laptop's
 * own (two laptops raised it from the same version), and must not be overwritten by an undo.
 */
function sameVersion(current: AnyRecord | undefined, expected: AnyRecord | null): boolean {
  if (!expected) return current === undefined;
  return (
    current !== undefined &&
    current.version === expected.version &&
    (current.updatedAt === expected.updatedAt || sameContent(current, expected))
  );
}

/** The audit a change belongs to. */
function auditOf(change: RecordChange): string {
  const record = (change.before ?? change.after)!;
  return 'auditId' in record ? record.auditId : record.id;
}

/**
 * Undoes or redoes a journal in one transaction: undo writes every record's `before` in
 * reverse order, redo writes every `after` in order, each exactly as it was, version included,
 * so that undoing steps one after another, and redoing them, finds each record as the step
 * before left it. If any record is no longer the version the journal left it at (someone or
 * something wrote it since), nothing is written.
 */
export async function replayJournal(
  db: TouchstoneDb,
  journal: readonly RecordChange[],
  direction: 'undo' | 'redo',
): Promise<void> {
  const steps = direction === 'undo' ? [...journal].reverse() : journal;
  await db.transaction('rw', auditTables(db), async () => {
    // Check first against the state the whole journal expects, then write.
    const expected = new Map<string, AnyRecord | null>();
    for (const change of steps) {
      const key = `${change.entity}/${change.id}`;
      if (!expected.has(key))
        expected.set(key, direction === 'undo' ? change.after : change.before);
    }
    for (const [key, record] of expected) {
      const [entity, id] = key.split('/') as [RecordChange['entity'], string];
      const current = (await db.table(entity).get(id)) as AnyRecord | undefined;
      if (!sameVersion(current, record)) throw new StaleChangeError();
    }
    const auditIds = new Set<string>();
    const at = nowIso();
    for (const change of steps) {
      const target = direction === 'undo' ? change.before : change.after;
      if (target)
        await db
          .table(change.entity)
          .put(change.entity === 'audits' ? { ...target, updatedAt: at } : target);
      else await db.table(change.entity).delete(change.id);
      auditIds.add(auditOf(change));
    }
    for (const auditId of auditIds) await db.audits.update(auditId, { updatedAt: at });
  });
}
