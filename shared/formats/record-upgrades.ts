import { legacyVersion } from '../domain/common';
import { lineObservationId } from '../fieldwork/lines';

/**
 * Upgrades of records written before two rules: every record has an integer version, and a
 * checked line of a visit is one piece of evidence with a stable id. The same steps lift an
 * audit file, a field pack and a results file of an earlier format version, and the store's
 * own records (renderer/src/db/schema.ts); they work on raw JSON, before any schema has read it,
 * so they leave alone what they do not understand and let the schema name it.
 */

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record with a version: its own, else the one it had as a record from before versions. */
export function withVersion<T>(record: T): T {
  if (!isRecord(record) || record.version !== undefined) return record;
  return { ...record, version: legacyVersion(record.updatedAt) } as T;
}

/**
 * An audit record with a version, and, if it is a manager's field copy, the consultant's
 * versions its visits were sent at (their updatedAt before versions).
 */
export function auditWithVersion<T>(audit: T): T {
  const upgraded = withVersion(audit);
  if (!isRecord(upgraded) || !isRecord(upgraded.fieldPack) || !isRecord(upgraded.fieldPack.bases))
    return upgraded;
  const bases = Object.fromEntries(
    Object.entries(upgraded.fieldPack.bases).map(([id, base]) => [
      id,
      typeof base === 'number' ? base : legacyVersion(base),
    ]),
  );
  return { ...upgraded, fieldPack: { ...upgraded.fieldPack, bases } } as T;
}

/** A list of records, each with a version. */
export function withVersions(list: unknown): unknown {
  return Array.isArray(list) ? list.map(withVersion) : list;
}

/** A visit whose checklist lines each have a verbatim (empty before lines had one). */
export function withLineVerbatims<T>(visit: T): T {
  if (!isRecord(visit) || !Array.isArray(visit.checklist)) return visit;
  return {
    ...visit,
    checklist: visit.checklist.map((item: unknown) =>
      isRecord(item) && item.verbatim === undefined ? { ...item, verbatim: '' } : item,
    ),
  } as T;
}

const LINE_FIELDS = ['score', 'measured', 'note', 'verbatim', 'photoIds'] as const;

/**
 * Gives each checked line of a completed visit one observation with the line's stable id.
 * Before, completing a visit made observations with new ids each time, so a visit reopened and
 * completed again, or merged from two results files, could leave several for one line: the
 * latest written is the line's evidence (what it says becomes the line's, as it is what
 * counted), the earlier ones are versions it replaced. An observation that names a visit but
 * is no line of it as completed keeps its evidence apart from the visit (its visit is cleared).
 * A checked line of a completed visit whose observation had been deleted is unchecked (back to
 * pending), as the deletion meant, so that no evidence comes back. Returns the visits and
 * observations to keep, and the ids of the observations replaced.
 */
export function lineEvidence(
  visits: readonly unknown[],
  observations: readonly unknown[],
): { visits: unknown[]; observations: unknown[]; replaced: string[] } {
  const visitById = new Map<string, Raw>();
  for (const v of visits) if (isRecord(v) && typeof v.id === 'string') visitById.set(v.id, v);
  const lineOf = (o: Raw): { visit: Raw; index: number } | null => {
    const visit = typeof o.visitId === 'string' ? visitById.get(o.visitId) : undefined;
    if (!visit || visit.status !== 'completed' || !Array.isArray(visit.checklist)) return null;
    const index = visit.checklist.findIndex(
      (item: unknown) => isRecord(item) && item.promiseId === o.promiseId,
    );
    if (index < 0) return null;
    const item = visit.checklist[index] as Raw;
    return item.state === 'pending' ? null : { visit, index };
  };
  // The latest observation of each line (by updatedAt, then id, so the choice is stable).
  const latest = new Map<string, Raw>();
  const later = (a: Raw, b: Raw) =>
    String(a.updatedAt) > String(b.updatedAt) ||
    (a.updatedAt === b.updatedAt && String(a.id) > String(b.id));
  for (const o of observations) {
    if (!isRecord(o) || !lineOf(o)) continue;
    const key = lineObservationId(String(o.visitId), String(o.promiseId));
    const held = latest.get(key);
    if (!held || later(o, held)) latest.set(key, o);
  }
  const replaced: string[] = [];
  const kept: unknown[] = [];
  const lines = new Map<Raw, Map<number, Raw>>();
  for (const o of observations) {
    if (!isRecord(o)) {
      kept.push(o);
      continue;
    }
    const line = lineOf(o);
    if (!line) {
      kept.push(o.visitId === null || o.visitId === undefined ? o : { ...o, visitId: null });
      continue;
    }
    const id = lineObservationId(String(o.visitId), String(o.promiseId));
    if (latest.get(id) !== o) {
      replaced.push(String(o.id));
      continue;
    }
    if (o.id !== id) replaced.push(String(o.id));
    const visit = line.visit;
    // The line's own fields follow the evidence; what the visit decides follows the visit.
    kept.push({
      ...o,
      id,
      method: visit.kind,
      date: visit.date,
      wave: visit.wave,
      observer: visit.observer,
      location: visit.location,
    });
    const byIndex = lines.get(visit) ?? new Map<number, Raw>();
    byIndex.set(line.index, o);
    lines.set(visit, byIndex);
  }
  const upgradedVisits = visits.map((v) => {
    if (!isRecord(v) || v.status !== 'completed' || !Array.isArray(v.checklist)) return v;
    const byIndex = lines.get(v) ?? new Map<number, Raw>();
    return {
      ...v,
      checklist: v.checklist.map((item: unknown, i: number) => {
        const o = byIndex.get(i);
        if (!isRecord(item)) return item;
        if (!o)
          return item.state === 'pending'
            ? item
            : { ...item, state: 'pending', score: null, measured: null };
        const next: Raw = { ...item, state: o.outcome };
        for (const field of LINE_FIELDS) if (o[field] !== undefined) next[field] = o[field];
        return next;
      }),
    };
  });
  return { visits: upgradedVisits, observations: kept, replaced };
}

/**
 * A promise as format 3 keeps it: its source a kind and the source's own words (before, the
 * kind alone: `"advertising"` becomes `{kind: "advertising", text: ""}`), and a customer
 * wording, empty until the team writes one.
 */
export function withSourceAndWording<T>(promise: T): T {
  if (!isRecord(promise)) return promise;
  const next: Raw = { ...promise };
  if (typeof next.source === 'string') next.source = { kind: next.source, text: '' };
  next.customerWording ??= '';
  return next as T;
}

/** An observation with an external key: none, for evidence recorded before imports kept one. */
export function withExternalKey<T>(observation: T): T {
  if (!isRecord(observation) || observation.externalKey !== undefined) return observation;
  return { ...observation, externalKey: null } as T;
}

/** Each record of a list lifted by `step`; anything that is not a list is left for the schema. */
export function eachOf(list: unknown, step: <T>(record: T) => T): unknown {
  return Array.isArray(list) ? list.map((r) => step(r)) : list;
}
