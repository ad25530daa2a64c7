import type { Observation, Visit } from '../domain';
import { derivedId } from '../formats/hash';

/**
 * A checked line of a visit's checklist is one piece of evidence, whatever happens to its
 * visit: the observation it yields has an identity of its own — the visit and the line's
 * promise — and its content follows from the visit, so that completing, reopening, editing,
 * exporting and merging the visit, in any order and by anyone, leave exactly one current
 * observation per checked line. docs/field-packs.md, "A checked line is one piece of evidence".
 */

/** What a line's observation holds besides what the store stamps (timestamps, version). */
export type LineObservation = Omit<Observation, 'createdAt' | 'updatedAt' | 'version'>;

/** The id of the observation a visit's line for this promise yields: the same everywhere. */
export function lineObservationId(visitId: string, promiseId: string): string {
  return derivedId(`visit-line:${visitId}`, promiseId);
}

/** Whether an observation is a visit line's: it names a visit and has that line's id. */
export function isLineObservation(o: Pick<Observation, 'id' | 'visitId' | 'promiseId'>): boolean {
  return o.visitId !== null && o.id === lineObservationId(o.visitId, o.promiseId);
}

/**
 * The observations a visit's checklist yields: one per line checked (scored, not applicable or
 * could not check), once the visit is completed; none before. The visit gives the method,
 * date, wave, observer and location; the line the outcome, score or measured value, note,
 * verbatim and photos.
 */
export function lineObservations(visit: Visit): LineObservation[] {
  if (visit.status !== 'completed') return [];
  return visit.checklist
    .filter((item) => item.state !== 'pending')
    .map((item) => ({
      id: lineObservationId(visit.id, item.promiseId),
      auditId: visit.auditId,
      promiseId: item.promiseId,
      visitId: visit.id,
      method: visit.kind,
      date: visit.date,
      wave: visit.wave,
      observer: visit.observer,
      location: visit.location,
      outcome: item.state as Exclude<typeof item.state, 'pending'>,
      score: item.state === 'scored' ? item.score : null,
      measured: item.state === 'scored' ? item.measured : null,
      verbatim: item.verbatim,
      note: item.note,
      photoIds: item.photoIds,
      externalKey: null,
    }));
}

/** The fields of a line's observation that its visit, not its line, decides. */
export const VISIT_OWNED_FIELDS = [
  'promiseId',
  'visitId',
  'method',
  'date',
  'wave',
  'observer',
  'location',
] as const;

/** A change to a line's observation, as a change to its checklist line. */
export function linePatchOf(
  patch: Partial<
    Pick<Observation, 'outcome' | 'score' | 'measured' | 'verbatim' | 'note' | 'photoIds'>
  >,
): Partial<Visit['checklist'][number]> {
  const out: Partial<Visit['checklist'][number]> = {};
  if (patch.outcome !== undefined) out.state = patch.outcome;
  if (patch.score !== undefined) out.score = patch.score;
  if (patch.measured !== undefined) out.measured = patch.measured;
  if (patch.verbatim !== undefined) out.verbatim = patch.verbatim;
  if (patch.note !== undefined) out.note = patch.note;
  if (patch.photoIds !== undefined) out.photoIds = patch.photoIds;
  return out;
}
