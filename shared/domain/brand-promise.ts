import { z } from 'zod';
import { auditRecordFields, IdSchema, RubricScoreSchema, textSchema } from './common';
import { zodMessage } from './zod-issues';

/** The kinds of place a promise is made in; a source's own words say more. */
export const PROMISE_SOURCE_KINDS = [
  'advertising',
  'website',
  'contract',
  'staff-script',
  'brand-guideline',
  'price-list',
  'other',
] as const;
export const PromiseSourceKindSchema = z.enum(PROMISE_SOURCE_KINDS, {
  error: zodMessage('errors.field.oneOf'),
});
export type PromiseSourceKind = z.infer<typeof PromiseSourceKindSchema>;

/**
 * Where a promise is made: a kind from the list, or null when nobody has said, and the
 * source's own words ("Slogan 'No queues'", "Catalogue, page 4"), empty when the kind says it all.
 */
export const PromiseSourceSchema = z.object({
  kind: PromiseSourceKindSchema.nullable(),
  text: textSchema(500),
});
export type PromiseSource = z.infer<typeof PromiseSourceSchema>;

/** A source nobody has named yet. */
export const NO_SOURCE: PromiseSource = { kind: null, text: '' };

export const PROMISE_KINDS = ['functional', 'emotional'] as const;
export const PromiseKindSchema = z.enum(PROMISE_KINDS, {
  error: zodMessage('errors.field.either'),
});
export type PromiseKind = z.infer<typeof PromiseKindSchema>;

/** Which side of the threshold keeps the promise: "wait ≤ 120 s" is at-most. */
export const TARGET_DIRECTIONS = ['at-most', 'at-least'] as const;
export const TargetDirectionSchema = z.enum(TARGET_DIRECTIONS, {
  error: zodMessage('errors.field.either'),
});
export type TargetDirection = z.infer<typeof TargetDirectionSchema>;

/** A measurable form of a promise: metric, unit, direction and threshold. */
export const PromiseTargetSchema = z.object({
  metric: textSchema(200, { required: true }),
  unit: textSchema(40),
  direction: TargetDirectionSchema,
  threshold: z
    .number({ error: zodMessage('errors.field.number') })
    .refine(Number.isFinite, { error: zodMessage('errors.field.finite') }),
});
export type PromiseTarget = z.infer<typeof PromiseTargetSchema>;

/** What the brand says or implies at a touchpoint, and how well the team believes it is kept. */
export const BrandPromiseSchema = z.object({
  ...auditRecordFields,
  touchpointId: IdSchema,
  statement: textSchema(10000, { required: true }),
  source: PromiseSourceSchema,
  /**
   * How a customer would be asked about the promise, in the audit's language ("Did you wait
   * less than 5 minutes at the till?"); empty means the statement is asked as it is.
   */
  customerWording: textSchema(2000),
  kind: PromiseKindSchema,
  importance: z
    .number({ error: zodMessage('errors.field.number') })
    .int({ error: zodMessage('errors.field.wholeNumber') })
    .min(1, { error: zodMessage('errors.field.between', { minimum: 1, maximum: 5 }) })
    .max(5, { error: zodMessage('errors.field.between', { minimum: 1, maximum: 5 }) }),
  target: PromiseTargetSchema.nullable(),
  /** The team's own belief on the evidence rubric; null until the team has said. */
  belief: RubricScoreSchema.nullable(),
});
export type BrandPromise = z.infer<typeof BrandPromiseSchema>;
