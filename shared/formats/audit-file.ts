import { z } from 'zod';
import {
  ActionSchema,
  AuditSchema,
  BrandPromiseSchema,
  ChannelSchema,
  JourneyStageSchema,
  ObservationSchema,
  PhotoSchema,
  shownPhotoName,
  SurveyImportSchema,
  SurveySchema,
  TimestampSchema,
  TouchpointSchema,
  VisitSchema,
  zodMessage,
} from '../domain';
import { checkBundleIntegrity, type AuditBundle } from '../domain/bundle';
import { ValidationError } from '../domain/errors';
import { base64Fault, base64ToBytes, bytesToBase64 } from './base64';
import {
  auditWithVersion,
  eachOf,
  lineEvidence,
  withExternalKey,
  withLineVerbatims,
  withSourceAndWording,
  withVersions,
} from './record-upgrades';
import { parseInSteps, runSteps, type Steps } from './steps';
import { readVersionedJson, type Upgrades } from './versioned';

/** The marker every audit file carries in its `format` field. */
export const AUDIT_FILE_FORMAT = 'touchstone-audit';
/** The version this build writes; it reads this one and every older one. */
export const AUDIT_FILE_VERSION = 3;
/** The file extension audit files are saved with. */
export const AUDIT_FILE_EXTENSION = 'touchstone';

/** A character as a message shows it: itself when it can be seen, else its code point (U+0020). */
function visible(character: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)
    ? character
    : `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A photo in a file: the photo record with its bytes as base64, decoded strictly (a character
 * outside the alphabet or a wrong padding is refused, naming the photo, rather than read as
 * other bytes), then checked as a photo: its bytes an image of its declared type.
 */
export const PhotoFileEntrySchema = z
  .object({
    id: z.string(),
    auditId: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.unknown(),
    name: z.string(),
    type: z.string(),
    dataBase64: z
      .string({ error: zodMessage('errors.field.base64') })
      .max(16 * 1024 * 1024, { error: zodMessage('errors.field.tooLarge') }),
  })
  .transform((entry, ctx) => {
    const { dataBase64, ...rest } = entry;
    const fault = base64Fault(dataBase64);
    if (fault) {
      ctx.addIssue({
        code: 'custom',
        path: ['dataBase64'],
        message:
          fault.kind === 'character'
            ? zodMessage('errors.field.base64Character', {
                name: shownPhotoName(entry.name),
                character: visible(fault.character),
                position: fault.position,
              })
            : zodMessage('errors.field.base64Padding', { name: shownPhotoName(entry.name) }),
      });
      return z.NEVER;
    }
    return { ...rest, data: base64ToBytes(dataBase64) };
  })
  .pipe(PhotoSchema);

/**
 * The audit file as this build writes it (version 3): the audit and all its records, each with
 * its integer version, photos inline; a checked line of a visit and its one observation; a
 * promise's source as a kind and words, its customer wording; an observation's external key.
 */
export const AuditFileSchema = z.object({
  format: z.literal(AUDIT_FILE_FORMAT),
  version: z.literal(AUDIT_FILE_VERSION),
  exportedAt: TimestampSchema,
  generator: z.string().max(200),
  audit: AuditSchema,
  stages: z.array(JourneyStageSchema),
  channels: z.array(ChannelSchema),
  touchpoints: z.array(TouchpointSchema),
  promises: z.array(BrandPromiseSchema),
  observations: z.array(ObservationSchema),
  visits: z.array(VisitSchema),
  actions: z.array(ActionSchema),
  photos: z.array(PhotoFileEntrySchema),
  surveys: z.array(SurveySchema),
  surveyImports: z.array(SurveyImportSchema),
});

/** Steps that lift a file of version N to N + 1. */
export const AUDIT_FILE_UPGRADES: Upgrades = {
  // 1 → 2: records get their integer version; checklist lines a verbatim; a visit's checked
  // line its one observation, with a stable id (shared/formats/record-upgrades.ts).
  1: (file) => {
    const upgraded: Record<string, unknown> = { ...file, audit: auditWithVersion(file.audit) };
    for (const name of ['stages', 'channels', 'touchpoints', 'promises', 'actions', 'photos'])
      upgraded[name] = withVersions(file[name]);
    const visits = Array.isArray(file.visits) ? file.visits.map(withLineVerbatims) : [];
    const observations = Array.isArray(file.observations) ? file.observations : [];
    const lines = lineEvidence(visits, observations);
    upgraded.visits = withVersions(lines.visits);
    upgraded.observations = withVersions(lines.observations);
    if (!Array.isArray(file.visits)) upgraded.visits = file.visits;
    if (!Array.isArray(file.observations)) upgraded.observations = file.observations;
    return upgraded;
  },
  // 2 → 3: a promise's source is a kind and the source's own words, and a promise has a
  // customer wording; an observation an external key (shared/formats/record-upgrades.ts);
  // surveys and the survey answers imported are kept with the audit (none before).
  2: (file) => ({
    ...file,
    promises: eachOf(file.promises, withSourceAndWording),
    observations: eachOf(file.observations, withExternalKey),
    surveys: file.surveys ?? [],
    surveyImports: file.surveyImports ?? [],
  }),
};

/**
 * Reads an audit file: JSON, the right format, a version this build knows (older ones are
 * upgraded), every record valid and every reference inside the file. Throws a
 * ValidationError that names what is wrong.
 */
export function parseAuditFile(
  text: string,
  upgrades: Upgrades = AUDIT_FILE_UPGRADES,
): AuditBundle {
  return runSteps(auditFileSteps(text, upgrades));
}

/** parseAuditFile in steps, reporting how far it is between them (see shared/formats/steps.ts). */
export function* auditFileSteps(
  text: string,
  upgrades: Upgrades = AUDIT_FILE_UPGRADES,
): Steps<AuditBundle> {
  const subject = 'auditFile';
  yield { step: 'read' };
  const raw = readVersionedJson(text, {
    subject,
    format: AUDIT_FILE_FORMAT,
    currentVersion: AUDIT_FILE_VERSION,
    upgrades,
    notThis: 'errors.file.notAuditFile',
  });
  const parsed = yield* parseInSteps(AuditFileSchema, raw, subject);
  const { format: _f, version: _v, exportedAt: _e, generator: _g, ...bundle } = parsed;
  const problems = checkBundleIntegrity(bundle);
  if (problems.length > 0) throw new ValidationError(subject, problems);
  return bundle;
}

/** Writes a whole audit as an audit file of the current version. */
export function serializeAuditFile(
  bundle: AuditBundle,
  generator: string,
  /** The moment it is written (the caller's clock: shared/ reads none). */
  now: Date,
): string {
  const file = {
    format: AUDIT_FILE_FORMAT,
    version: AUDIT_FILE_VERSION,
    exportedAt: now.toISOString(),
    generator,
    ...bundle,
    photos: bundle.photos.map(({ data, ...rest }) => ({
      ...rest,
      dataBase64: bytesToBase64(data),
    })),
  };
  return JSON.stringify(file, null, 1);
}

/** A file name for an audit: its brand and name, with what file systems refuse taken out. */
export function auditFileName(
  bundle: Pick<AuditBundle, 'audit'>,
  extension = AUDIT_FILE_EXTENSION,
  suffix = '',
): string {
  const base = `${bundle.audit.brand} - ${bundle.audit.name}${suffix ? ` - ${suffix}` : ''}`
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'audit'}.${extension}`;
}
