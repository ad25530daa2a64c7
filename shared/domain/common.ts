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

/** The fields every stored record carries. */
export const recordFields = {
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
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
export type Generated = 'id' | 'createdAt' | 'updatedAt';
