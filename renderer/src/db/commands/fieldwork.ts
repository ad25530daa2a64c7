import {
  ENTITIES,
  MAX_PHOTO_BYTES,
  parseOrThrow,
  PHOTO_TYPES,
  problem,
  reason,
  ValidationError,
  type ChecklistItem,
  type ErrorText,
  type Observation,
  type Photo,
  type Visit,
} from '../../../../shared/domain';
import {
  isLineObservation,
  lineObservations,
  linePatchOf,
  VISIT_OWNED_FIELDS,
  type LineObservation,
} from '../../../../shared/fieldwork/lines';
import { sameContent } from '../../../../shared/fieldwork/merge';
import { surveyAnswerId } from '../../../../shared/fieldwork/survey-import';
import { nowIso } from '../../platform/clock';
import type { Journal } from '../changes';
import type { TouchstoneDb } from '../schema';
import {
  auditTables,
  createRecord,
  createRecords,
  deleteRecords,
  updateRecord,
  type DeletionSummary,
  type NewRecord,
  type RecordPatch,
} from './records';

// The field work's commands: visits and their checklists, evidence, photos. A visit's checked
// lines are its evidence: every write of a visit brings its lines' observations in step
// (syncLineEvidence), so no other code makes, changes or removes them.

/** A checklist line as a visit starts it: nothing found yet. */
export function pendingItem(promiseId: string): ChecklistItem {
  return {
    promiseId,
    state: 'pending',
    score: null,
    measured: null,
    note: '',
    verbatim: '',
    photoIds: [],
  };
}

/** What bringing a visit's evidence in step changed: observations made, changed, removed. */
export interface LineChanges {
  added: number;
  changed: number;
  removed: number;
}

/** How the observations a visit holds differ from what its checklist yields. */
export function lineDiff(
  desired: readonly LineObservation[],
  existing: readonly Observation[],
): { add: LineObservation[]; change: [Observation, LineObservation][]; remove: Observation[] } {
  const held = new Map(existing.map((o) => [o.id, o]));
  const add: LineObservation[] = [];
  const change: [Observation, LineObservation][] = [];
  for (const line of desired) {
    const current = held.get(line.id);
    held.delete(line.id);
    if (!current) add.push(line);
    else if (!sameContent({ ...line, version: 0, updatedAt: '' }, current))
      change.push([current, line]);
  }
  return { add, change, remove: [...held.values()] };
}

/**
 * Brings a visit's observations in step with its checklist, in the caller's transaction: one
 * observation per checked line of a completed visit, with the line's stable id; none for a
 * visit not completed. Removing a line's observation leaves its photos, which the line keeps.
 */
export function syncLineEvidence(
  db: TouchstoneDb,
  visit: Visit,
  journal?: Journal,
): Promise<LineChanges> {
  return syncVisitsLineEvidence(db, [visit], journal);
}

/**
 * syncLineEvidence for many visits at once (a batch from the team database): the same
 * observations made, changed and removed, with one read and one write of each kind.
 */
export async function syncVisitsLineEvidence(
  db: TouchstoneDb,
  visits: readonly Visit[],
  journal?: Journal,
): Promise<LineChanges> {
  const held = await db.observations
    .where('visitId')
    .anyOf(visits.map((v) => v.id))
    .toArray();
  const byVisit = new Map<string, Observation[]>();
  for (const o of held) byVisit.set(o.visitId!, [...(byVisit.get(o.visitId!) ?? []), o]);
  const adds: LineObservation[] = [];
  const changes: [Observation, Observation][] = [];
  const removes: Observation[] = [];
  const at = nowIso();
  for (const visit of visits) {
    const { add, change, remove } = lineDiff(lineObservations(visit), byVisit.get(visit.id) ?? []);
    adds.push(...add);
    for (const [before, line] of change)
      changes.push([
        before,
        parseOrThrow(
          ENTITIES.observations.schema,
          { ...before, ...line, updatedAt: at, version: before.version + 1 },
          'observations',
        ),
      ]);
    removes.push(...remove);
  }
  if (adds.length > 0) await createRecords(db, 'observations', adds, journal);
  if (changes.length > 0) {
    await db.observations.bulkPut(changes.map(([, next]) => next));
    for (const [before, next] of changes)
      journal?.push({ entity: 'observations', id: next.id, before, after: next });
  }
  if (removes.length > 0) {
    // Straight from the table: the photos belong to the checklist line too and must stay.
    await db.observations.bulkDelete(removes.map((o) => o.id));
    for (const before of removes)
      journal?.push({ entity: 'observations', id: before.id, before, after: null });
  }
  return { added: adds.length, changed: changes.length, removed: removes.length };
}

/** Creates a visit; a visit created completed yields its lines' evidence at once. */
export async function createVisit(
  db: TouchstoneDb,
  input: NewRecord<'visits'>,
  journal?: Journal,
): Promise<Visit> {
  return db.transaction('rw', auditTables(db), async () => {
    const visit = await createRecord(db, 'visits', input, journal);
    await syncLineEvidence(db, visit, journal);
    return visit;
  });
}

/**
 * Changes a visit's fields. A completed visit's evidence follows: its date, place, observer,
 * wave and method are its lines' observations' too.
 */
export async function updateVisit(
  db: TouchstoneDb,
  id: string,
  patch: RecordPatch<'visits'>,
  journal?: Journal,
): Promise<Visit> {
  return db.transaction('rw', auditTables(db), async () => {
    const visit = await updateRecord(db, 'visits', id, patch, journal);
    await syncLineEvidence(db, visit, journal);
    return visit;
  });
}

/** Deletes visits; their evidence stays the audit's, detached from them (the cascade table's rule). */
export async function deleteVisits(
  db: TouchstoneDb,
  ids: readonly string[],
  journal?: Journal,
): Promise<DeletionSummary> {
  return deleteRecords(db, 'visits', ids, journal);
}

/**
 * Changes one line of a visit's checklist and saves at once. A planned visit becomes in
 * progress with its first answer; a completed one is not changed (reopen it first).
 */
export async function updateChecklistItem(
  db: TouchstoneDb,
  visitId: string,
  promiseId: string,
  patch: Partial<Omit<ChecklistItem, 'promiseId'>>,
  journal?: Journal,
): Promise<Visit> {
  return db.transaction('rw', auditTables(db), async () => {
    const visit = await db.visits.get(visitId);
    if (!visit)
      throw new ValidationError('visits', [problem('id', 'errors.store.noRecord.visits')]);
    if (visit.status === 'completed')
      throw new ValidationError('visits', [problem('status', 'errors.store.visitCompleted')]);
    const checklist = visit.checklist.map((item) =>
      item.promiseId === promiseId ? { ...item, ...patch } : item,
    );
    return updateRecord(
      db,
      'visits',
      visitId,
      { checklist, status: visit.status === 'planned' ? 'in-progress' : visit.status },
      journal,
    );
  });
}

/**
 * Completes a visit: each checked line yields its observation, of the visit's method, date,
 * wave, observer and location (lines still pending are left out). Completing a visit that was
 * reopened changes the observations its lines already had rather than adding others. Returns
 * how many observations its lines hold.
 */
export async function completeVisit(
  db: TouchstoneDb,
  visitId: string,
  journal?: Journal,
): Promise<number> {
  return db.transaction('rw', auditTables(db), async () => {
    const visit = await db.visits.get(visitId);
    if (!visit)
      throw new ValidationError('visits', [problem('id', 'errors.store.noRecord.visits')]);
    if (visit.status === 'completed')
      throw new ValidationError('visits', [
        problem('status', 'errors.store.visitAlreadyCompleted'),
      ]);
    const completed = await updateRecord(db, 'visits', visitId, { status: 'completed' }, journal);
    await syncLineEvidence(db, completed, journal);
    return lineObservations(completed).length;
  });
}

/** Reopens a completed visit: its lines' observations go until it is completed again; the checklist stays. */
export async function reopenVisit(db: TouchstoneDb, visitId: string, journal?: Journal) {
  return db.transaction('rw', auditTables(db), async () => {
    const visit = await updateRecord(db, 'visits', visitId, { status: 'in-progress' }, journal);
    await syncLineEvidence(db, visit, journal);
    return visit;
  });
}

/** Records a piece of evidence of its own (not a visit's line, which its visit makes). */
export async function createObservation(
  db: TouchstoneDb,
  input: NewRecord<'observations'>,
  journal?: Journal,
): Promise<Observation> {
  if (input.visitId !== null)
    throw new ValidationError('observations', [problem('visitId', 'errors.store.lineByVisit')]);
  return createRecord(db, 'observations', input, journal);
}

/**
 * Records many pieces of evidence of their own at once (a survey's answers), in one transaction
 * and one write. An answer keyed by its survey tool (`externalKey`) takes an id derived from its
 * audit and key, the same on every laptop (docs/sync.md), so one export taken in on two laptops
 * apart is one piece of evidence when they meet; an id taken already (its evidence deleted
 * since and the key read again) is not reused.
 */
export async function createObservations(
  db: TouchstoneDb,
  inputs: readonly (NewRecord<'observations'> & { id?: string })[],
  journal?: Journal,
): Promise<Observation[]> {
  if (inputs.some((input) => input.visitId !== null))
    throw new ValidationError('observations', [problem('visitId', 'errors.store.lineByVisit')]);
  return db.transaction('rw', auditTables(db), async () => {
    const derived = inputs.map(
      (o) => o.id ?? (o.externalKey ? surveyAnswerId(o.auditId, o.externalKey) : undefined),
    );
    const taken = await db.observations.bulkGet(derived.map((id) => id ?? ''));
    return createRecords(
      db,
      'observations',
      inputs.map((o, i) => ({ ...o, id: taken[i] ? undefined : derived[i] })),
      journal,
    );
  });
}

/**
 * Changes a piece of evidence. A visit line's observation is changed through its line — what
 * was found (outcome, score, value, note, verbatim, photos) is the line's — so the checklist
 * and its evidence never disagree; what the visit decides (date, place, observer, wave, method,
 * promise) is changed on the visit.
 */
export async function updateObservation(
  db: TouchstoneDb,
  id: string,
  patch: RecordPatch<'observations'>,
  journal?: Journal,
): Promise<Observation> {
  return db.transaction('rw', auditTables(db), async () => {
    const current = await db.observations.get(id);
    if (!current)
      throw new ValidationError('observations', [
        problem('id', 'errors.store.noRecord.observations'),
      ]);
    if (!isLineObservation(current)) return updateRecord(db, 'observations', id, patch, journal);
    const moved = VISIT_OWNED_FIELDS.filter(
      (field) => patch[field] !== undefined && patch[field] !== current[field],
    );
    if (moved.length > 0)
      throw new ValidationError(
        'observations',
        moved.map((field) => problem(field, 'errors.store.lineFieldOfVisit')),
      );
    const visit = await db.visits.get(current.visitId!);
    if (!visit)
      throw new ValidationError('observations', [
        problem('visitId', 'errors.store.notInAudit.visits'),
      ]);
    const line = linePatchOf(patch);
    const checklist = visit.checklist.map((item) =>
      item.promiseId === current.promiseId ? { ...item, ...line } : item,
    );
    const next = await updateRecord(db, 'visits', visit.id, { checklist }, journal);
    await syncLineEvidence(db, next, journal);
    return (await db.observations.get(id))!;
  });
}

/**
 * Deletes pieces of evidence. A visit line's observation goes by unchecking its line (back to
 * pending: its note, verbatim and photos stay on the line); the others go with their photos.
 */
export async function deleteObservations(
  db: TouchstoneDb,
  ids: readonly string[],
  journal?: Journal,
): Promise<DeletionSummary> {
  return db.transaction('rw', auditTables(db), async () => {
    const records = (await db.observations.bulkGet([...ids])).filter(
      (o): o is Observation => o !== undefined,
    );
    const lines = records.filter(isLineObservation);
    const own = records.filter((o) => !isLineObservation(o)).map((o) => o.id);
    const byVisit = new Map<string, Set<string>>();
    for (const o of lines) {
      const set = byVisit.get(o.visitId!) ?? new Set<string>();
      set.add(o.promiseId);
      byVisit.set(o.visitId!, set);
    }
    for (const [visitId, promiseIds] of byVisit) {
      const visit = await db.visits.get(visitId);
      if (!visit) continue;
      const checklist = visit.checklist.map((item) =>
        promiseIds.has(item.promiseId)
          ? { ...item, state: 'pending' as const, score: null, measured: null }
          : item,
      );
      const next = await updateRecord(db, 'visits', visitId, { checklist }, journal);
      await syncLineEvidence(db, next, journal);
    }
    const summary = own.length > 0 ? await deleteRecords(db, 'observations', own, journal) : {};
    if (lines.length > 0) summary.observations = (summary.observations ?? 0) + lines.length;
    return summary;
  });
}

/** Why a file cannot be a photo, in words; null when it can. */
export function photoProblem(file: { name: string; type: string; size: number }): ErrorText | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type))
    return reason('errors.photo.type', { name: file.name });
  if (file.size > MAX_PHOTO_BYTES)
    return reason('errors.photo.size', {
      name: file.name,
      size: Math.round((file.size / 1024 / 1024) * 10) / 10,
      max: MAX_PHOTO_BYTES / 1024 / 1024,
    });
  return null;
}

/** Stores a photo's bytes for an audit. */
export async function addPhoto(
  db: TouchstoneDb,
  auditId: string,
  file: { name: string; type: string; data: Uint8Array<ArrayBuffer> },
  journal?: Journal,
): Promise<Photo> {
  const refused = photoProblem({ ...file, size: file.data.byteLength });
  if (refused) throw new ValidationError('photos', [{ path: '', ...refused }]);
  return createRecord(
    db,
    'photos',
    { auditId, name: file.name.slice(0, 260), type: file.type as Photo['type'], data: file.data },
    journal,
  );
}
