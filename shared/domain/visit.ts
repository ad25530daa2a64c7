import { z } from 'zod';
import { auditRecordFields, IdSchema, IsoDateSchema, RubricScoreSchema, textSchema } from './common';
import { WaveSchema } from './observation';
import { zodMessage } from './zod-issues';

export const VISIT_KINDS = ['field-check', 'mystery-shop'] as const;
export const VisitKindSchema = z.enum(VISIT_KINDS, {
  error: zodMessage('errors.field.either'),
});
export type VisitKind = z.infer<typeof VisitKindSchema>;

export const VISIT_STATUSES = ['planned', 'in-progress', 'completed'] as const;
export const VisitStatusSchema = z.enum(VISIT_STATUSES, {
  error: zodMessage('errors.field.oneOf'),
});
export type VisitStatus = z.infer<typeof VisitStatusSchema>;

export const CHECK_STATES = ['pending', 'scored', 'not-applicable', 'could-not-check'] as const;
export const CheckStateSchema = z.enum(CHECK_STATES, {
  error: zodMessage('errors.field.oneOf'),
});
export type CheckState = z.infer<typeof CheckStateSchema>;

/** One line of a visit's checklist: a promise to check and what was found. */
export const ChecklistItemSchema = z.object({
  promiseId: IdSchema,
  state: CheckStateSchema,
  score: RubricScoreSchema.nullable(),
  measured: z
    .number({ error: zodMessage('errors.field.number') })
    .refine(Number.isFinite, { error: zodMessage('errors.field.finite') })
    .nullable(),
  note: textSchema(20000),
  /** What was said or seen, in the words heard: the line's evidence carries it as its verbatim. */
  verbatim: textSchema(20000),
  photoIds: z.array(IdSchema).max(50, { error: zodMessage('errors.field.maxPhotos') }),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** A field check or mystery shop at one location; completing it yields observations. */
export const VisitSchema = z.object({
  ...auditRecordFields,
  kind: VisitKindSchema,
  location: textSchema(200, { required: true }),
  date: IsoDateSchema,
  observer: textSchema(200),
  scenario: textSchema(4000),
  wave: WaveSchema,
  status: VisitStatusSchema,
  checklist: z.array(ChecklistItemSchema).max(2000),
});
export type Visit = z.infer<typeof VisitSchema>;
