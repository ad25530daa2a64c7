import { z } from 'zod';
import {
  IdSchema,
  LanguageSchema,
  NO_SOURCE,
  PromiseSourceSchema,
  legacyVersion,
  VersionSchema,
  ObservationSchema,
  PromiseTargetSchema,
  TimestampSchema,
  VisitSchema,
  textSchema,
  type Observation,
  type Photo,
  type Problem,
  type Visit,
} from '../domain';
import { duplicateIdProblems, idPlaces, type IdPlace } from '../domain/bundle';
import { problem, ValidationError, type SubjectName } from '../domain/errors';
import { zodMessage } from '../domain/zod-issues';
import { PhotoFileEntrySchema } from '../formats/audit-file';
import { bytesToBase64 } from '../formats/base64';
import { hash128 } from '../formats/hash';
import {
  lineEvidence,
  withExternalKey,
  withLineVerbatims,
  withVersion,
  withVersions,
} from '../formats/record-upgrades';
import { parseInSteps, runSteps, type Steps } from '../formats/steps';
import { readVersionedJson, type Upgrades } from '../formats/versioned';

/** Field packs go from the consultant to one manager; results come back. See docs/field-packs.md. */
export const FIELD_PACK_FORMAT = 'touchstone-field-pack';
export const FIELD_RESULTS_FORMAT = 'touchstone-field-results';
export const FIELD_PACK_VERSION = 2;
export const FIELD_RESULTS_VERSION = 2;
export const FIELD_PACK_EXTENSION = 'tspack';
export const FIELD_RESULTS_EXTENSION = 'tsresults';

const Named = z.object({ id: IdSchema, name: textSchema(200, { required: true }) });

/** A field pack (version 2): one manager's visits and only what they need to fill them. */
export const FieldPackSchema = z.object({
  format: z.literal(FIELD_PACK_FORMAT),
  version: z.literal(FIELD_PACK_VERSION),
  packId: IdSchema,
  createdAt: TimestampSchema,
  generator: z.string().max(200),
  manager: textSchema(200, { required: true }),
  audit: z.object({
    id: IdSchema,
    name: textSchema(200, { required: true }),
    brand: textSchema(200, { required: true }),
    language: LanguageSchema,
  }),
  stages: z.array(Named),
  channels: z.array(Named),
  touchpoints: z.array(Named.extend({ stageId: IdSchema, channelId: IdSchema })),
  promises: z.array(
    z.object({
      id: IdSchema,
      touchpointId: IdSchema,
      statement: textSchema(10000, { required: true }),
      /** Where the promise is made, so the manager can check it there; absent from older packs. */
      source: PromiseSourceSchema.default(NO_SOURCE),
      importance: z.number().int().min(1).max(5),
      target: PromiseTargetSchema.nullable(),
    }),
  ),
  visits: z.array(VisitSchema).min(1, { error: zodMessage('errors.pack.noVisits') }),
  checksum: z.string(),
});
export type FieldPack = Omit<z.infer<typeof FieldPackSchema>, 'checksum'>;

/**
 * A results file (version 2): the manager's visits, whose checked lines are their evidence,
 * the evidence recorded outside any visit's checklist, and their photos. Each record comes
 * with the version of the consultant's record the pack carried (its base).
 */
export const FieldResultsSchema = z.object({
  format: z.literal(FIELD_RESULTS_FORMAT),
  version: z.literal(FIELD_RESULTS_VERSION),
  packId: IdSchema,
  hubAuditId: IdSchema,
  manager: textSchema(200, { required: true }),
  exportedAt: TimestampSchema,
  generator: z.string().max(200),
  visits: z.array(z.object({ base: VersionSchema.nullable(), record: VisitSchema })),
  observations: z.array(
    z.object({
      base: VersionSchema.nullable(),
      record: ObservationSchema.refine((o) => o.visitId === null, {
        error: zodMessage('errors.pack.lineInResults'),
        path: ['visitId'],
      }),
    }),
  ),
  photos: z.array(PhotoFileEntrySchema),
  checksum: z.string(),
});
export interface FieldResults extends Omit<
  z.infer<typeof FieldResultsSchema>,
  'checksum' | 'photos'
> {
  photos: Photo[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lifts a field pack from version 1: its visits get their versions and lines a verbatim. */
const PACK_UPGRADES: Upgrades = {
  1: (file) => ({
    ...file,
    visits: Array.isArray(file.visits)
      ? file.visits.map((v) => withVersion(withLineVerbatims(v)))
      : file.visits,
  }),
};

/**
 * Lifts a results file from version 1, whose bases were the consultant's records' updatedAt
 * and whose visits' checked lines came back as observations with ids of their own: the bases
 * become versions (shared/domain/common.ts legacyVersion), and what each line's latest
 * observation says becomes the line's, the line's evidence travelling in its visit.
 */
const RESULTS_UPGRADES: Upgrades = {
  1: (file) => {
    if (!Array.isArray(file.visits) || !Array.isArray(file.observations)) return file;
    const entry = (e: unknown) => (isRecord(e) ? e : { record: e });
    const base = (b: unknown) => (b === null || b === undefined ? null : legacyVersion(b));
    const visits = file.visits.map(entry);
    const observations = file.observations.map(entry);
    const baseOf = new Map(
      observations.map((o) => [isRecord(o.record) ? o.record.id : undefined, o.base]),
    );
    const lines = lineEvidence(
      visits.map((v) => withLineVerbatims(v.record)),
      observations.map((o) => o.record),
    );
    return {
      ...file,
      visits: visits.map((v, i) => ({ base: base(v.base), record: withVersion(lines.visits[i]) })),
      // Lines' observations now travel in their visits; the rest stays as it was.
      observations: lines.observations
        .filter((o) => !isRecord(o) || o.visitId === null || o.visitId === undefined)
        .map((o) => ({
          base: base(isRecord(o) ? baseOf.get(o.id) : null),
          record: withVersion(o),
        })),
      photos: withVersions(file.photos),
    };
  },
};

function checksumOf(body: object): string {
  return hash128(JSON.stringify(body));
}

/** Writes a file with its checksum last, over the compact JSON of everything before it. */
function seal(body: object): string {
  return JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 1);
}

function unseal(raw: Record<string, unknown>, subject: SubjectName): void {
  const { checksum, ...body } = raw;
  if (typeof checksum !== 'string' || checksum !== checksumOf(body))
    throw new ValidationError(subject, [problem('', 'errors.file.damaged')]);
}

/**
 * Refuses a file whose ids are used more than once, saying only that: until each id names one
 * record, what a reference points to is not known (see checkBundleIntegrity).
 */
function refuseDuplicateIds(subject: SubjectName, places: readonly IdPlace[]): void {
  const problems = duplicateIdProblems(places);
  if (problems.length > 0) throw new ValidationError(subject, problems.slice(0, 20));
}

export function serializeFieldPack(pack: FieldPack): string {
  return seal(pack);
}

/** Reads a field pack: JSON, the right format and version, intact, valid, references inside it. */
export function parseFieldPack(text: string): FieldPack {
  return runSteps(fieldPackSteps(text));
}

/** parseFieldPack in steps, reporting how far it is between them (shared/formats/steps.ts). */
export function* fieldPackSteps(text: string): Steps<FieldPack> {
  const subject = 'fieldPack';
  yield { step: 'read' };
  const raw = readVersionedJson(text, {
    subject,
    format: FIELD_PACK_FORMAT,
    currentVersion: FIELD_PACK_VERSION,
    upgrades: PACK_UPGRADES,
    notThis: 'errors.file.notFieldPack',
    verify: (file) => unseal(file, subject),
  });
  const { checksum: _c, ...pack } = yield* parseInSteps(FieldPackSchema, raw, subject);
  refuseDuplicateIds(subject, [
    ...idPlaces('stages', pack.stages),
    ...idPlaces('channels', pack.channels),
    ...idPlaces('touchpoints', pack.touchpoints),
    ...idPlaces('promises', pack.promises),
    ...idPlaces('visits', pack.visits),
  ]);
  const problems: Problem[] = [];
  const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id));
  const stages = ids(pack.stages);
  const channels = ids(pack.channels);
  const touchpoints = ids(pack.touchpoints);
  const promises = ids(pack.promises);
  pack.touchpoints.forEach((t, i) => {
    if (!stages.has(t.stageId))
      problems.push(problem(`touchpoints[${i}].stageId`, 'errors.pack.noStage'));
    if (!channels.has(t.channelId))
      problems.push(problem(`touchpoints[${i}].channelId`, 'errors.pack.noChannel'));
  });
  pack.promises.forEach((p, i) => {
    if (!touchpoints.has(p.touchpointId))
      problems.push(problem(`promises[${i}].touchpointId`, 'errors.pack.noTouchpoint'));
  });
  pack.visits.forEach((v, i) => {
    if (v.auditId !== pack.audit.id)
      problems.push(problem(`visits[${i}].auditId`, 'errors.pack.otherAudit'));
    v.checklist.forEach((item, j) => {
      if (!promises.has(item.promiseId))
        problems.push(problem(`visits[${i}].checklist[${j}].promiseId`, 'errors.pack.noPromise'));
    });
  });
  if (problems.length > 0) throw new ValidationError(subject, problems.slice(0, 20));
  return pack;
}

export function serializeFieldResults(results: FieldResults): string {
  return seal({
    ...results,
    photos: results.photos.map(({ data, ...rest }) => ({
      ...rest,
      dataBase64: bytesToBase64(data),
    })),
  });
}

/** Reads a results file: JSON, the right format and version, intact, valid, references inside it. */
export function parseFieldResults(text: string): FieldResults {
  return runSteps(fieldResultsSteps(text));
}

/** parseFieldResults in steps, reporting how far it is between them (shared/formats/steps.ts). */
export function* fieldResultsSteps(text: string): Steps<FieldResults> {
  const subject = 'fieldResults';
  yield { step: 'read' };
  const raw = readVersionedJson(text, {
    subject,
    format: FIELD_RESULTS_FORMAT,
    currentVersion: FIELD_RESULTS_VERSION,
    upgrades: RESULTS_UPGRADES,
    notThis: 'errors.file.notFieldResults',
    verify: (file) => unseal(file, subject),
  });
  // Evidence written before observations had an external key has none; a results file keeps
  // its format version for that, since a manager's evidence never comes from an import.
  const read = Array.isArray(raw.observations)
    ? {
        ...raw,
        observations: raw.observations.map((entry: unknown) =>
          isRecord(entry) ? { ...entry, record: withExternalKey(entry.record) } : entry,
        ),
      }
    : raw;
  const { checksum: _c, ...results } = yield* parseInSteps(FieldResultsSchema, read, subject);
  refuseDuplicateIds(subject, [
    ...idPlaces(
      'visits',
      results.visits.map((v) => v.record),
    ),
    ...idPlaces(
      'observations',
      results.observations.map((o) => o.record),
    ),
    ...idPlaces('photos', results.photos),
  ]);
  const problems: Problem[] = [];
  const photos = new Set(results.photos.map((p) => p.id));
  const visits = new Set(results.visits.map((v) => v.record.id));
  const inAudit = (list: { record: { auditId: string } }[], name: string) =>
    list.forEach((entry, i) => {
      if (entry.record.auditId !== results.hubAuditId)
        problems.push(problem(`${name}[${i}].auditId`, 'errors.pack.resultsOtherAudit'));
    });
  inAudit(results.visits, 'visits');
  inAudit(results.observations, 'observations');
  const photosKnown = (ids: string[], path: string) => {
    for (const id of ids)
      if (!photos.has(id)) problems.push(problem(path, 'errors.pack.noPhoto', { id }));
  };
  results.visits.forEach((v, i) =>
    v.record.checklist.forEach((item, j) =>
      photosKnown(item.photoIds, `visits[${i}].checklist[${j}].photoIds`),
    ),
  );
  results.observations.forEach((o, i) => {
    photosKnown(o.record.photoIds, `observations[${i}].photoIds`);
    if (o.record.visitId !== null && !visits.has(o.record.visitId))
      problems.push(problem(`observations[${i}].visitId`, 'errors.pack.noVisit'));
  });
  results.photos.forEach((p, i) => {
    if (p.auditId !== results.hubAuditId)
      problems.push(problem(`photos[${i}].auditId`, 'errors.pack.resultsOtherAudit'));
  });
  if (problems.length > 0) throw new ValidationError(subject, problems.slice(0, 20));
  return results;
}

/** Which kind of Touchstone file a text is, by its format marker; null when none. */
export function fileKind(text: string): 'audit' | 'field-pack' | 'field-results' | null {
  const match = /"format"\s*:\s*"([a-z-]+)"/.exec(text.slice(0, 400));
  if (match?.[1] === 'touchstone-audit') return 'audit';
  if (match?.[1] === FIELD_PACK_FORMAT) return 'field-pack';
  if (match?.[1] === FIELD_RESULTS_FORMAT) return 'field-results';
  return null;
}

export type { Observation, Visit };
