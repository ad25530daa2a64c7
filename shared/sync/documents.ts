import {
  ENTITIES,
  problem,
  problemsOf,
  type EntityName,
  type EntityTypes,
  type Photo,
  type Problem,
} from '../domain';
import { base64Fault, base64ToBytes, bytesToBase64 } from '../formats/base64';
import { isLineObservation } from '../fieldwork/lines';

/**
 * How an audit's records travel through CouchDB: one document per record, its id derived from
 * the record's own (`<entity>:<uuid>`), the record whole under `record`. A photo's bytes go as
 * the document's attachment. docs/sync.md, "What is synced".
 */

/**
 * The entities that replicate, in the order a batch is applied: what is referred to first.
 * Derived data (scores, snapshots, evidence revisions) is no entity and never replicates; a
 * visit's line observations are derived by each replica from the visit (see `replicates`).
 * A new entity that replicates is one more line here.
 */
export const SYNCED_ENTITIES = [
  'audits',
  'stages',
  'channels',
  'touchpoints',
  'promises',
  'photos',
  'visits',
  'observations',
  'actions',
  'surveys',
  'surveyImports',
] as const satisfies readonly EntityName[];
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];
export type SyncedRecord = EntityTypes[SyncedEntity];

/** The format of the documents this build writes; a document of a later one is set aside. */
export const DOC_SCHEMA = 1;

/** The attachment a photo's bytes travel in. */
export const PHOTO_ATTACHMENT = 'image';

/** A record as a CouchDB document (without `_rev`, which the replica adds). */
export interface RecordDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _attachments?: Record<string, { content_type: string; data?: string; stub?: boolean }>;
  schema: number;
  type: SyncedEntity;
  auditId: string;
  record: Record<string, unknown>;
}

const ID_SHAPE = /^([a-z]+):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Whether an entity name is one that replicates. */
export function isSyncedEntity(name: string): name is SyncedEntity {
  return (SYNCED_ENTITIES as readonly string[]).includes(name);
}

/** A record's document id: its entity and its own id. */
export function docId(entity: SyncedEntity, id: string): string {
  return `${entity}:${id}`;
}

/** The entity and record id a document id names, or null when it names no record. */
export function parseDocId(id: string): { entity: SyncedEntity; id: string } | null {
  const m = ID_SHAPE.exec(id);
  if (!m || !isSyncedEntity(m[1]!)) return null;
  return { entity: m[1], id: m[2]! };
}

/** The audit a record belongs to (an audit is its own). */
export function auditIdOf(entity: SyncedEntity, record: SyncedRecord): string {
  return entity === 'audits' ? record.id : (record as { auditId: string }).auditId;
}

/**
 * Whether a record travels at all: a visit line's observation does not — its visit does, and
 * every replica derives the line's evidence from it (shared/fieldwork/lines.ts), so the two can
 * never disagree. A field copy's audit (a pack opened on a manager's laptop) stays local too.
 */
export function replicates(entity: SyncedEntity, record: SyncedRecord): boolean {
  if (entity === 'observations') return !isLineObservation(record as EntityTypes['observations']);
  return true;
}

/** A record as its document. */
export function toDoc(entity: SyncedEntity, record: SyncedRecord): RecordDoc {
  const base = { _id: docId(entity, record.id), schema: DOC_SCHEMA, type: entity };
  if (entity === 'photos') {
    const { data, ...rest } = record as Photo;
    return {
      ...base,
      auditId: rest.auditId,
      record: { ...rest },
      _attachments: { [PHOTO_ATTACHMENT]: { content_type: rest.type, data: bytesToBase64(data) } },
    };
  }
  return { ...base, auditId: auditIdOf(entity, record), record: { ...record } };
}

/** What a document read back is: a record, or why it is set aside. */
export type DocReading =
  { ok: true; entity: SyncedEntity; record: SyncedRecord } | { ok: false; problems: Problem[] };

const refused = (
  path: string,
  key: Parameters<typeof problem>[1],
  values?: Parameters<typeof problem>[2],
): DocReading => ({ ok: false, problems: [problem(path, key, values)] });

/**
 * Reads a document from the team database as a record of the audit expected, by the same
 * schemas as every other write (shared/domain ENTITIES): a document that is no record of this
 * audit, of a later format, malformed or hostile is refused with its problems, never half-read.
 */
export function fromDoc(doc: unknown, auditId: string): DocReading {
  if (!doc || typeof doc !== 'object') return refused('', 'errors.field.object');
  const d = doc as Partial<RecordDoc> & Record<string, unknown>;
  const named = typeof d._id === 'string' ? parseDocId(d._id) : null;
  if (!named) return refused('_id', 'errors.sync.docId');
  if (d.schema !== DOC_SCHEMA) return refused('schema', 'errors.sync.docSchema');
  if (d.type !== named.entity) return refused('type', 'errors.sync.docType');
  if (!d.record || typeof d.record !== 'object' || Array.isArray(d.record))
    return refused('record', 'errors.field.object');
  let input: Record<string, unknown> = d.record as Record<string, unknown>;
  if (named.entity === 'photos') {
    const attachment = d._attachments?.[PHOTO_ATTACHMENT];
    if (!attachment || typeof attachment.data !== 'string' || base64Fault(attachment.data))
      return refused(`_attachments.${PHOTO_ATTACHMENT}`, 'errors.sync.docAttachment');
    input = { ...input, data: base64ToBytes(attachment.data) };
  }
  const schema = ENTITIES[named.entity].schema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, input) };
  const record = parsed.data as SyncedRecord;
  if (record.id !== named.id) return refused('record.id', 'errors.sync.docIdMismatch');
  if (auditIdOf(named.entity, record) !== auditId || d.auditId !== auditId)
    return refused('auditId', 'errors.sync.docOtherAudit');
  if (!replicates(named.entity, record)) return refused('record', 'errors.sync.docDerived');
  return { ok: true, entity: named.entity, record };
}
