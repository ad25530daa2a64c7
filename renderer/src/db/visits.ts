import {
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
  problem,
  reason,
  ValidationError,
  type ErrorText,
  type ChecklistItem,
  type Photo,
  type Visit,
} from '../../../shared/domain';
import type { Journal } from './changes';
import { auditTables, createRecord, updateRecord } from './records';
import type { TouchstoneDb } from './schema';

/** A checklist line as a visit starts it: nothing found yet. */
export function pendingItem(promiseId: string): ChecklistItem {
  return { promiseId, state: 'pending', score: null, measured: null, note: '', photoIds: [] };
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
 * Completes a visit: each checked line becomes an observation of the visit's method, date,
 * wave, observer and location (lines still pending are left out), and the visit is marked
 * completed. Returns how many observations it made.
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
    let made = 0;
    for (const item of visit.checklist) {
      if (item.state === 'pending') continue;
      await createRecord(
        db,
        'observations',
        {
          auditId: visit.auditId,
          promiseId: item.promiseId,
          visitId: visit.id,
          method: visit.kind,
          date: visit.date,
          wave: visit.wave,
          observer: visit.observer,
          location: visit.location,
          outcome: item.state,
          score: item.state === 'scored' ? item.score : null,
          measured: item.state === 'scored' ? item.measured : null,
          verbatim: '',
          note: item.note,
          photoIds: item.photoIds,
        },
        journal,
      );
      made++;
    }
    await updateRecord(db, 'visits', visitId, { status: 'completed' }, journal);
    return made;
  });
}

/** Reopens a completed visit: the observations it made go, its checklist stays as it was. */
export async function reopenVisit(db: TouchstoneDb, visitId: string, journal?: Journal) {
  return db.transaction('rw', auditTables(db), async () => {
    const made = await db.observations.where('visitId').equals(visitId).toArray();
    // Straight from the table: the photos belong to the checklist too and must stay.
    await db.observations.bulkDelete(made.map((o) => o.id));
    for (const o of made)
      journal?.push({ entity: 'observations', id: o.id, before: o, after: null });
    return updateRecord(db, 'visits', visitId, { status: 'in-progress' }, journal);
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
