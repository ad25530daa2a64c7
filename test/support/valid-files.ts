import type { AuditBundle } from '../../shared/domain';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { hash128 } from '../../shared/formats/hash';
import {
  FIELD_PACK_FORMAT,
  FIELD_PACK_VERSION,
  FIELD_RESULTS_FORMAT,
  FIELD_RESULTS_VERSION,
  serializeFieldPack,
  serializeFieldResults,
  type FieldPack,
  type FieldResults,
} from '../../shared/fieldwork/pack-file';
import { smallBundle } from './small-bundle';

/** Valid files of each JSON format, built in memory from one small audit. */

export function validAuditFile(bundle: AuditBundle = smallBundle()): string {
  return serializeAuditFile(bundle, 'Touchstone test', new Date('2026-03-01T12:00:00Z'));
}

/** A field pack of the bundle's visit, for its observer. */
export function validFieldPack(bundle: AuditBundle = smallBundle()): string {
  const pack: FieldPack = {
    format: FIELD_PACK_FORMAT,
    version: FIELD_PACK_VERSION,
    packId: crypto.randomUUID(),
    createdAt: '2026-03-01T12:00:00.000Z',
    generator: 'Touchstone test',
    manager: 'Ola',
    audit: {
      id: bundle.audit.id,
      name: bundle.audit.name,
      brand: bundle.audit.brand,
      language: bundle.audit.language,
    },
    stages: bundle.stages.map(({ id, name }) => ({ id, name })),
    channels: bundle.channels.map(({ id, name }) => ({ id, name })),
    touchpoints: bundle.touchpoints.map(({ id, name, stageId, channelId }) => ({
      id,
      name,
      stageId,
      channelId,
    })),
    promises: bundle.promises.map(({ id, touchpointId, statement, source, importance, target }) => ({
      id,
      touchpointId,
      statement,
      source,
      importance,
      target,
    })),
    visits: bundle.visits.map((v) => ({ ...v, status: 'planned' as const })),
  };
  return serializeFieldPack(pack);
}

/** Results of the bundle's visit and observation, as a manager sends them back. */
export function validFieldResults(
  bundle: AuditBundle = smallBundle(),
  packId = crypto.randomUUID(),
): string {
  const results: FieldResults = {
    format: FIELD_RESULTS_FORMAT,
    version: FIELD_RESULTS_VERSION,
    packId,
    hubAuditId: bundle.audit.id,
    manager: 'Ola',
    exportedAt: '2026-03-02T12:00:00.000Z',
    generator: 'Touchstone test',
    visits: bundle.visits.map((record) => ({ base: record.version, record })),
    // A visit's checked lines travel in the visit; only evidence of its own goes as observations.
    observations: bundle.observations
      .filter((record) => record.visitId === null)
      .map((record) => ({ base: null, record })),
    photos: bundle.photos,
  };
  return serializeFieldResults(results);
}

/**
 * Signs a changed pack or results file again, as a hostile file would: the checksum only
 * tells damage from a sound file, it is no protection, so the checks behind it are fuzzed too.
 */
export function reseal(text: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return text;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return text;
  const { checksum: _old, ...body } = raw as Record<string, unknown>;
  return JSON.stringify({ ...body, checksum: hash128(JSON.stringify(body)) });
}
