import type { Audit } from './audit';
import { CHILD_ENTITIES, ENTITIES, type ChildEntityName, type EntityTypes } from './entities';
import { problem, type Problem } from './errors';
import { isLineObservation, lineObservationId, lineObservations, type LineObservation } from '../fieldwork/lines';
import { sameContent } from '../fieldwork/merge';

/** A whole audit: the audit record and every record that belongs to it. */
export type AuditBundle = { audit: Audit } & { [K in ChildEntityName]: EntityTypes[K][] };

/** An audit with nothing in it yet. */
export function emptyBundle(audit: Audit): AuditBundle {
  return {
    audit,
    stages: [],
    channels: [],
    touchpoints: [],
    promises: [],
    observations: [],
    visits: [],
    actions: [],
    photos: [],
    surveys: [],
    surveyImports: [],
  };
}

/** Where a record is in a file ("promises[3]", "audit") and its id. */
export interface IdPlace {
  where: string;
  id: string;
}

/** The places of a list of records: `name[i]`. */
export function idPlaces(name: string, records: readonly { id: string }[]): IdPlace[] {
  return records.map((r, i) => ({ where: `${name}[${i}]`, id: r.id }));
}

/** Ids used more than once in a file, each named at its later use with the place of its first. */
export function duplicateIdProblems(places: readonly IdPlace[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { where, id } of places) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, where);
    else
      problems.push(
        problem(`${where}.id`, 'errors.bundle.usedTwice', { id, first: `${earlier}.id` }),
      );
  }
  return problems;
}

/**
 * Checks what a schema cannot see record by record: no id is used twice, every record belongs
 * to the audit, and every reference points to a record of the bundle. While an id is used
 * twice only that is said: which record an id names, and so what a reference or an audit id
 * points to, is not known until each id names one record, and a record whose id was
 * overwritten would otherwise show up as every reference to it, naming its lost id.
 */
export function checkBundleIntegrity(bundle: AuditBundle, limit = 20): Problem[] {
  const duplicates = duplicateIdProblems([
    { where: 'audit', id: bundle.audit.id },
    ...CHILD_ENTITIES.flatMap((name) => idPlaces(name, bundle[name])),
  ]);
  if (duplicates.length > 0) return duplicates.slice(0, limit);
  const problems: Problem[] = [];
  const add = (p: Problem) => {
    if (problems.length < limit) problems.push(p);
  };
  const ids = new Map<ChildEntityName, Set<string>>();
  for (const name of CHILD_ENTITIES) {
    bundle[name].forEach((record, i) => {
      if (record.auditId !== bundle.audit.id) {
        add(problem(`${name}[${i}].auditId`, 'errors.bundle.otherAuditId'));
      }
    });
    ids.set(name, new Set(bundle[name].map((r) => r.id)));
  }
  for (const name of CHILD_ENTITIES) {
    const references = ENTITIES[name].references as (r: EntityTypes[typeof name]) => ReturnType<
      (typeof ENTITIES)['observations']['references']
    >;
    bundle[name].forEach((record, i) => {
      for (const ref of references(record)) {
        if (!ids.get(ref.entity)?.has(ref.id)) {
          add(
            problem(`${name}[${i}].${ref.field}`, `errors.bundle.missing.${ref.entity}`, {
              id: ref.id,
            }),
          );
        }
      }
    });
  }
  lineProblems(bundle).forEach(add);
  return problems;
}

/**
 * A visit's checked lines and the observations the bundle holds for them agree: every
 * observation that names a visit is the observation of one of its checked lines, with that
 * line's id and what the line and the visit say (shared/fieldwork/lines.ts), and every checked
 * line of a completed visit has its observation.
 */
function lineProblems(bundle: AuditBundle): Problem[] {
  const problems: Problem[] = [];
  const expected = new Map<string, LineObservation>();
  for (const visit of bundle.visits) for (const line of lineObservations(visit)) expected.set(line.id, line);
  const found = new Set<string>();
  bundle.observations.forEach((o, i) => {
    if (o.visitId === null) return;
    const line = expected.get(o.id);
    if (!line || line.visitId !== o.visitId) {
      problems.push(problem(`observations[${i}].visitId`, 'errors.bundle.notALine'));
      return;
    }
    found.add(o.id);
    if (!sameContent({ ...line, version: 0, updatedAt: '' }, { ...o, updatedAt: '' }))
      problems.push(problem(`observations[${i}]`, 'errors.bundle.lineDiffers'));
  });
  bundle.visits.forEach((visit, i) =>
    visit.checklist.forEach((item, j) => {
      const id = lineObservationId(visit.id, item.promiseId);
      if (expected.has(id) && !found.has(id)) problems.push(problem(`visits[${i}].checklist[${j}]`, 'errors.bundle.lineWithoutEvidence'));
    }),
  );
  return problems;
}

/**
 * Gives every record of a bundle a new id and rewrites the references to match, so that
 * a copy of an audit can sit beside the original.
 */
export function reassignIds(bundle: AuditBundle, newId: () => string): AuditBundle {
  const map = new Map<string, string>();
  const m = (id: string): string => {
    let next = map.get(id);
    if (!next) {
      next = newId();
      map.set(id, next);
    }
    return next;
  };
  const own = <T extends { id: string; auditId: string }>(r: T): T => ({ ...r, id: m(r.id), auditId: m(r.auditId) });
  // An external key starts with its survey's id (`<survey id>:<submission>/<question>`): it
  // follows the survey to its new id, so the copy still knows which submissions it holds.
  const surveyIds = new Set(bundle.surveys.map((s) => s.id));
  const rekey = (key: string | null): string | null => {
    if (key === null) return null;
    const at = key.indexOf(':');
    const survey = at < 0 ? '' : key.slice(0, at);
    return surveyIds.has(survey) ? `${m(survey)}${key.slice(at)}` : key;
  };
  return {
    audit: { ...bundle.audit, id: m(bundle.audit.id) },
    stages: bundle.stages.map(own),
    channels: bundle.channels.map(own),
    touchpoints: bundle.touchpoints.map((t) => ({ ...own(t), stageId: m(t.stageId), channelId: m(t.channelId) })),
    promises: bundle.promises.map((p) => ({ ...own(p), touchpointId: m(p.touchpointId) })),
    photos: bundle.photos.map(own),
    visits: bundle.visits.map((v) => ({
      ...own(v),
      checklist: v.checklist.map((c) => ({ ...c, promiseId: m(c.promiseId), photoIds: c.photoIds.map(m) })),
    })),
    observations: bundle.observations.map((o) => {
      const moved = {
        ...own(o),
        promiseId: m(o.promiseId),
        visitId: o.visitId && m(o.visitId),
        photoIds: o.photoIds.map(m),
        externalKey: rekey(o.externalKey),
      };
      // A visit line's observation keeps the id its new visit and promise give it.
      return isLineObservation(o) ? { ...moved, id: lineObservationId(moved.visitId!, moved.promiseId) } : moved;
    }),
    actions: bundle.actions.map((a) => ({
      ...own(a),
      promiseId: a.promiseId && m(a.promiseId),
      touchpointId: a.touchpointId && m(a.touchpointId),
    })),
    surveys: bundle.surveys.map((s) => ({
      ...own(s),
      target:
        s.target.kind === 'touchpoints'
          ? { kind: 'touchpoints' as const, ids: s.target.ids.map(m) }
          : s.target.kind === 'audit'
            ? s.target
            : { kind: s.target.kind, id: m(s.target.id) },
      // A question keeps its name: it heads the columns of the tools' exports already made.
      questions: s.questions.map((q) => ({ ...q, promiseId: m(q.promiseId) })),
    })),
    surveyImports: bundle.surveyImports.map((r) => ({
      ...own(r),
      surveyId: r.surveyId && m(r.surveyId),
      verbatims: r.verbatims.map((v) => ({ ...v, externalKey: rekey(v.externalKey) })),
    })),
  };
}

/** How many records of each kind a bundle holds. */
export function bundleCounts(bundle: AuditBundle): Record<ChildEntityName, number> {
  return Object.fromEntries(CHILD_ENTITIES.map((n) => [n, bundle[n].length])) as Record<ChildEntityName, number>;
}
