import { nowIso } from '../../platform/clock';
import type { Table } from 'dexie';
import {
  ENTITIES,
  parseOrThrow,
  problem,
  ValidationError,
  type ChildEntityName,
  type EntityTypes,
  type Generated,
  type Survey,
} from '../../../../shared/domain';
import { surveyWithout } from '../../../../shared/survey/prune';
import { DEPENDENTS } from './cascade';
import { referenceProblems, refuse } from './references';
import type { Journal } from '../changes';
import type { TouchstoneDb } from '../schema';
import type { Progress } from '../work';

/** What a command takes to create a record: everything but what the store fills in. */
export type NewRecord<K extends ChildEntityName> = Omit<EntityTypes[K], Generated>;
/** What a command takes to change a record: any field but the ids and timestamps. */
export type RecordPatch<K extends ChildEntityName> = Partial<
  Omit<EntityTypes[K], Generated | 'auditId'>
>;

/** How many records of each kind a deletion removed. */
export type DeletionSummary = Partial<Record<ChildEntityName, number>>;

const newId = () => crypto.randomUUID();

function tableOf<K extends ChildEntityName>(
  db: TouchstoneDb,
  entity: K,
): Table<EntityTypes[K], string> {
  return db.table(entity);
}

/**
 * Every table an audit's records live in, and what is kept of them (evidence revisions, the
 * score snapshot), for transactions that touch an audit.
 */
export function auditTables(db: TouchstoneDb): Table[] {
  return [
    db.audits,
    db.stages,
    db.channels,
    db.touchpoints,
    db.promises,
    db.observations,
    db.visits,
    db.actions,
    db.photos,
    db.surveys,
    db.surveyImports,
    db.fieldSync,
    db.evidenceRevisions,
    db.scoreSnapshots,
    db.syncConnections,
    db.syncOutbox,
    db.syncIssues,
    db.syncRevs,
  ];
}

/** How many records a whole-audit write adds at a time: each slice moves the progress bar. */
export const WRITE_SLICE = 5000;

/** Adds records in slices of WRITE_SLICE inside the caller's transaction, counting each on `progress`. */
export async function addInSlices(
  table: Table,
  records: readonly object[],
  progress?: Progress,
): Promise<void> {
  for (let start = 0; start < records.length; start += WRITE_SLICE) {
    const slice = records.slice(start, start + WRITE_SLICE);
    await table.bulkAdd(slice);
    progress?.advance(slice.length);
  }
}

/** How many records of an audit's kinds a bundle (or part of one) holds, for a write's progress. */
export function recordCount(bundle: { [K in ChildEntityName]?: readonly unknown[] }): number {
  let n = 0;
  for (const list of Object.values(bundle)) n += list?.length ?? 0;
  return n;
}

async function touchAudit(db: TouchstoneDb, auditId: string, at: string) {
  await db.audits.update(auditId, { updatedAt: at });
}

/**
 * Creates a record of an audit (version 1): validated, references checked, in one transaction.
 * An id may be given where the record's identity is decided elsewhere (a visit line's
 * observation); it must not be taken.
 */
export function createRecord<K extends ChildEntityName>(
  db: TouchstoneDb,
  entity: K,
  input: NewRecord<K>,
  journal?: Journal,
  id: string = newId(),
): Promise<EntityTypes[K]> {
  // Dexie's own promise all the way: a native one more in a caller's transaction can let it
  // commit early.
  return createRecords(db, entity, [{ ...input, id }], journal).then(([record]) => record!);
}

/**
 * Creates records of one kind as createRecord does each — validated, references checked, the
 * audit touched — in one transaction and one write of the table, however many there are.
 */
export function createRecords<K extends ChildEntityName>(
  db: TouchstoneDb,
  entity: K,
  inputs: readonly (NewRecord<K> & { id?: string })[],
  journal?: Journal,
): Promise<EntityTypes[K][]> {
  const at = nowIso();
  let records: EntityTypes[K][];
  try {
    records = inputs.map(
      (input) =>
        parseOrThrow(
          ENTITIES[entity].schema,
          { ...input, id: input.id ?? newId(), createdAt: at, updatedAt: at, version: 1 },
          entity,
        ) as EntityTypes[K],
    );
  } catch (error) {
    return Promise.reject(error);
  }
  return db.transaction('rw', auditTables(db), async () => {
    refuse(entity, await referenceProblems(db, entity, records));
    await tableOf(db, entity).bulkAdd(records);
    for (const auditId of new Set(records.map((r) => r.auditId))) await touchAudit(db, auditId, at);
    for (const record of records)
      journal?.push({ entity, id: record.id, before: null, after: record });
    return records;
  });
}

/** Changes fields of a record, raising its version: the result is validated whole, in one transaction. */
export async function updateRecord<K extends ChildEntityName>(
  db: TouchstoneDb,
  entity: K,
  id: string,
  patch: RecordPatch<K>,
  journal?: Journal,
): Promise<EntityTypes[K]> {
  return db.transaction('rw', auditTables(db), async () => {
    const current = await tableOf(db, entity).get(id);
    if (!current)
      throw new ValidationError(entity, [problem('id', `errors.store.noRecord.${entity}`)]);
    const at = nowIso();
    const next = parseOrThrow(
      ENTITIES[entity].schema,
      {
        ...current,
        ...patch,
        id: current.id,
        auditId: current.auditId,
        createdAt: current.createdAt,
        updatedAt: at,
        version: current.version + 1,
      },
      entity,
    ) as EntityTypes[K];
    refuse(entity, await referenceProblems(db, entity, [next]));
    await tableOf(db, entity).put(next);
    await touchAudit(db, next.auditId, at);
    journal?.push({ entity, id, before: current, after: next });
    return next;
  });
}

/**
 * Writes a record as given, its timestamps included (a version merged from field results, a
 * version chosen in review), as the next version of the record here: validated whole and its
 * references checked, in one transaction.
 */
export async function putRecord<K extends ChildEntityName>(
  db: TouchstoneDb,
  entity: K,
  record: EntityTypes[K],
  journal?: Journal,
): Promise<EntityTypes[K]> {
  parseOrThrow(ENTITIES[entity].schema, record, entity);
  return db.transaction('rw', auditTables(db), async () => {
    const before = (await tableOf(db, entity).get(record.id)) ?? null;
    if (before && before.auditId !== record.auditId)
      throw new ValidationError(entity, [problem('id', 'errors.store.otherAudit')]);
    const next = { ...record, version: (before?.version ?? 0) + 1 } as EntityTypes[K];
    refuse(entity, await referenceProblems(db, entity, [next]));
    await tableOf(db, entity).put(next);
    await touchAudit(db, next.auditId, nowIso());
    journal?.push({ entity, id: next.id, before, after: next });
    return next;
  });
}

/**
 * Deletes records and what depends on them by the cascade table (a touchpoint takes its
 * promises, a promise its observations and actions; a visit's observations stay, detached),
 * in one transaction. Returns what went.
 */
export async function deleteRecords(
  db: TouchstoneDb,
  entity: ChildEntityName,
  ids: readonly string[],
  journal?: Journal,
): Promise<DeletionSummary> {
  return db.transaction('rw', auditTables(db), async () => {
    const { doomed, detached, pruned } = await collectDependents(db, entity, ids);
    const summary: DeletionSummary = {};
    const auditIds = new Set<string>();
    for (const [name, set] of doomed) {
      if (set.size === 0) continue;
      const records = await tableOf(db, name).bulkGet([...set]);
      records.forEach((r) => r && auditIds.add(r.auditId));
      await tableOf(db, name).bulkDelete([...set]);
      for (const r of records)
        if (r) journal?.push({ entity: name, id: r.id, before: r, after: null });
      summary[name] = set.size;
    }
    // Only when there is something to do: two awaits in a row of work that reads nothing would
    // leave Dexie's transaction zone (native promises), and the transaction would end early.
    if (detached.length > 0) await detach(db, detached, doomed, journal);
    if (pruned.length > 0) await writePruned(db, pruned, journal);
    await forgetDeleted(db, doomed, auditIds, journal);
    const at = nowIso();
    for (const auditId of auditIds) await touchAudit(db, auditId, at);
    return summary;
  });
}

/** Counts what deleting these records would take with them, for the confirmation. */
export async function previewDeletion(
  db: TouchstoneDb,
  entity: ChildEntityName,
  ids: readonly string[],
): Promise<DeletionSummary> {
  return db.transaction('r', auditTables(db), async () => {
    const { doomed } = await collectDependents(db, entity, ids);
    const summary: DeletionSummary = {};
    for (const [name, set] of doomed) if (set.size > 0) summary[name] = set.size;
    return summary;
  });
}

/**
 * The records a deletion takes, those it keeps with a reference to clear, and the surveys it
 * changes, by the cascade table.
 */
async function collectDependents(
  db: TouchstoneDb,
  entity: ChildEntityName,
  ids: readonly string[],
) {
  const doomed = new Map<ChildEntityName, Set<string>>();
  const detached: { entity: ChildEntityName; field: string; ids: string[] }[] = [];
  const queue: [ChildEntityName, string[]][] = [[entity, [...ids]]];
  let prunes = false;
  const pruned: Survey[] = [];
  // One loop, no inner async function: a deletion that reads nothing (an action's) must not
  // await twice in a row outside Dexie's zone, or its transaction ends early.
  for (let surveysLooked = false; ; surveysLooked = true) {
    while (queue.length > 0) {
      const [name, batch] = queue.shift()!;
      const set = doomed.get(name) ?? new Set<string>();
      doomed.set(name, set);
      const fresh = batch.filter((id) => !set.has(id));
      fresh.forEach((id) => set.add(id));
      if (fresh.length === 0) continue;
      if (name === 'observations') {
        // An observation owns its photos.
        const obs = await db.observations.bulkGet(fresh);
        queue.push(['photos', obs.flatMap((o) => o?.photoIds ?? [])]);
      }
      for (const dep of DEPENDENTS[name]) {
        if (dep.rule === 'prune') {
          prunes = true;
          continue;
        }
        const keys = (await tableOf(db, dep.entity)
          .where(dep.index)
          .anyOf(fresh)
          .primaryKeys()) as string[];
        if (keys.length === 0) continue;
        if (dep.rule === 'delete') queue.push([dep.entity, keys]);
        else detached.push({ entity: dep.entity, field: dep.index, ids: keys });
      }
    }
    if (!prunes || surveysLooked) break;
    // Once everything the deletion takes is known: a touchpoint takes its promises, and their
    // questions leave the surveys too.
    const first = await tableOf(db, entity).bulkGet([...ids]);
    const auditIds = [...new Set(first.flatMap((r) => (r ? [r.auditId] : [])))];
    const deleted = (name: ChildEntityName) => doomed.get(name) ?? new Set<string>();
    const gone = {
      promises: deleted('promises'),
      touchpoints: deleted('touchpoints'),
      stages: deleted('stages'),
      channels: deleted('channels'),
    };
    const surveys = await db.surveys.where('auditId').anyOf(auditIds).toArray();
    const taken: string[] = [];
    for (const survey of surveys) {
      if (deleted('surveys').has(survey.id)) continue;
      const next = surveyWithout(survey, gone);
      if (next === null) taken.push(survey.id);
      else if (next !== survey) pruned.push(next);
    }
    if (taken.length === 0) break;
    queue.push(['surveys', taken]);
  }
  return { doomed, detached, pruned };
}

/** Writes the surveys a deletion changed, each as its next version. */
async function writePruned(db: TouchstoneDb, pruned: readonly Survey[], journal?: Journal) {
  const at = nowIso();
  for (const survey of pruned) {
    const before = await db.surveys.get(survey.id);
    if (!before) continue;
    const next = { ...survey, updatedAt: at, version: before.version + 1 };
    await db.surveys.put(next);
    journal?.push({ entity: 'surveys', id: next.id, before, after: next });
  }
}

/** Clears the reference of records a deletion keeps (unless the deletion takes them after all). */
async function detach(
  db: TouchstoneDb,
  detached: readonly { entity: ChildEntityName; field: string; ids: string[] }[],
  doomed: Map<ChildEntityName, Set<string>>,
  journal?: Journal,
) {
  const at = nowIso();
  for (const { entity, field, ids } of detached) {
    const gone = doomed.get(entity);
    const kept = ids.filter((id) => !gone?.has(id));
    const records = await tableOf(db, entity).bulkGet(kept);
    for (const before of records) {
      if (!before) continue;
      const next = { ...before, [field]: null, updatedAt: at, version: before.version + 1 };
      await tableOf(db, entity).put(next);
      journal?.push({ entity, id: before.id, before, after: next });
    }
  }
}

/** Removes references that deleted promises and photos leave in checklists and observations. */
async function forgetDeleted(
  db: TouchstoneDb,
  doomed: Map<ChildEntityName, Set<string>>,
  auditIds: ReadonlySet<string>,
  journal?: Journal,
) {
  const promises = doomed.get('promises') ?? new Set<string>();
  const photos = doomed.get('photos') ?? new Set<string>();
  if (promises.size === 0 && photos.size === 0) return;
  const visits = await db.visits
    .where('auditId')
    .anyOf([...auditIds])
    .toArray();
  for (const visit of visits) {
    const checklist = visit.checklist
      .filter((item) => !promises.has(item.promiseId))
      .map((item) =>
        item.photoIds.some((p) => photos.has(p))
          ? { ...item, photoIds: item.photoIds.filter((p) => !photos.has(p)) }
          : item,
      );
    if (
      checklist.length === visit.checklist.length &&
      checklist.every((item, i) => item === visit.checklist[i])
    )
      continue;
    const next = { ...visit, checklist, version: visit.version + 1 };
    await db.visits.put(next);
    journal?.push({ entity: 'visits', id: visit.id, before: visit, after: next });
  }
  if (photos.size === 0) return;
  const observations = await db.observations
    .where('auditId')
    .anyOf([...auditIds])
    .toArray();
  for (const observation of observations) {
    if (!observation.photoIds.some((p) => photos.has(p))) continue;
    const next = {
      ...observation,
      photoIds: observation.photoIds.filter((p) => !photos.has(p)),
      version: observation.version + 1,
    };
    await db.observations.put(next);
    journal?.push({ entity: 'observations', id: observation.id, before: observation, after: next });
  }
}
