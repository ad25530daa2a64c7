import { z } from 'zod';
import { auditRecordFields, IdSchema, RubricScoreSchema, textSchema } from './common';

export const PROMISE_SOURCES = [
  'advertising',
  'website',
  'contract',
  'staff-script',
  'brand-guideline',
  'price-list',
  'other',
] as const;
export const PromiseSourceSchema = z.enum(PROMISE_SOURCES, {
  error: `must be one of ${PROMISE_SOURCES.join(', ')}`,
});
export type PromiseSource = z.infer<typeof PromiseSourceSchema>;

export const PROMISE_KINDS = ['functional', 'emotional'] as const;
export const PromiseKindSchema = z.enum(PROMISE_KINDS, { error: 'must be functional or emotional' });
export type PromiseKind = z.infer<typeof PromiseKindSchema>;

/** Which side of the threshold keeps the promise: "wait ≤ 120 s" is at-most. */
export const TARGET_DIRECTIONS = ['at-most', 'at-least'] as const;
export const TargetDirectionSchema = z.enum(TARGET_DIRECTIONS, { error: 'must be at-most or at-least' });
export type TargetDirection = z.infer<typeof TargetDirectionSchema>;

/** A measurable form of a promise: metric, unit, direction and threshold. */
export const PromiseTargetSchema = z.object({
  metric: textSchema(200, { required: true }),
  unit: textSchema(40),
  direction: TargetDirectionSchema,
  threshold: z.number({ error: 'must be a number' }).refine(Number.isFinite, { error: 'must be a finite number' }),
});
export type PromiseTarget = z.infer<typeof PromiseTargetSchema>;

/** What the brand says or implies at a touchpoint, and how well the team believes it is kept. */
export const BrandPromiseSchema = z.object({
  ...auditRecordFields,
  touchpointId: IdSchema,
  statement: textSchema(10000, { required: true }),
  source: PromiseSourceSchema,
  kind: PromiseKindSchema,
  importance: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be between 1 and 5' })
    .max(5, { error: 'must be between 1 and 5' }),
  target: PromiseTargetSchema.nullable(),
  /** The team's own belief on the evidence rubric; null until the team has said. */
  belief: RubricScoreSchema.nullable(),
});
export type BrandPromise = z.infer<typeof BrandPromiseSchema>;
