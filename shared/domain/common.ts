import { z } from 'zod';
import { zodMessage } from './zod-issues';

/** A record identifier: a UUID, as `crypto.randomUUID()` makes. */
export const IdSchema = z.uuid({ error: zodMessage('errors.field.uuid') });

/** A moment, as an ISO 8601 string with a time zone (what `Date#toISOString` writes). */
export const TimestampSchema = z.iso.datetime({
  offset: true,
  error: zodMessage('errors.field.dateTime'),
});

/** A calendar day, as YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date({ error: zodMessage('errors.field.date') });

/** Free text of bounded length; control characters other than tab and newline are refused. */
export function textSchema(max: number, { required = false }: { required?: boolean } = {}) {
  const base = z
    .string({ error: zodMessage('errors.field.text') })
    .max(max, { error: zodMessage('errors.field.maxLength') })
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
      error: zodMessage('errors.field.controlCharacters'),
    });
  return required
    ? base.refine((s) => s.trim().length > 0, { error: zodMessage('errors.field.required') })
    : base;
}

/**
 * A record's version: 1 when it is created, one more at every write of it (an edit, a merged
 * version, a version chosen in review, a restore over it). Undo and redo put a record back
 * exactly as it was, version included. Undo's "changed since" check and the field-results
 * merge compare versions, not timestamps, which two quick writes can share.
 */
export const VersionSchema = z
  .number({ error: zodMessage('errors.field.number') })
  .int({ error: zodMessage('errors.field.wholeNumber') })
  .min(1, { error: zodMessage('errors.field.orMore') })
  .max(Number.MAX_SAFE_INTEGER, { error: zodMessage('errors.field.atMost') });

/**
 * The version a record written before records had versions starts at: its last change in
 * milliseconds since 1970 (1 when that cannot be read). Such numbers grow with every change
 * the record had, so a file or a store upgraded from before versions, and the versions its
 * copies go on to write, keep their order.
 */
export function legacyVersion(updatedAt: unknown): number {
  const ms = typeof updatedAt === 'string' ? Date.parse(updatedAt) : NaN;
  return Number.isFinite(ms) && ms >= 1 ? ms : 1;
}

/** The fields every stored record carries. */
export const recordFields = {
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
};

/** The fields every record inside an audit carries. */
export const auditRecordFields = {
  ...recordFields,
  auditId: IdSchema,
};

/** Languages the app and the report speak. */
export const LANGUAGES = ['en', 'ru', 'pl'] as const;
export const LanguageSchema = z.enum(LANGUAGES, { error: zodMessage('errors.field.oneOf') });
export type Language = z.infer<typeof LanguageSchema>;

/** The rubric every score is expressed in: 0 broken, 1 poor, 2 partly kept, 3 kept, 4 exceeded. */
export const RUBRIC = [0, 1, 2, 3, 4] as const;
export const RubricScoreSchema = z
  .number({ error: zodMessage('errors.field.number') })
  .int({ error: zodMessage('errors.field.wholeNumber') })
  .min(0, { error: zodMessage('errors.field.between', { minimum: 0, maximum: 4 }) })
  .max(4, { error: zodMessage('errors.field.between', { minimum: 0, maximum: 4 }) });
export type RubricScore = z.infer<typeof RubricScoreSchema>;

/** Fields that the store fills in itself; commands take a record without them. */
export type Generated = 'id' | 'createdAt' | 'updatedAt' | 'version';
