import { z } from 'zod';
import { auditRecordFields, IdSchema, IsoDateSchema, RubricScoreSchema, textSchema } from './common';
import { ObservationMethodSchema } from './observation-method';

/** Whether a check produced evidence; "not applicable" and "could not check" are excluded from scores. */
export const OBSERVATION_OUTCOMES = ['scored', 'not-applicable', 'could-not-check'] as const;
export const ObservationOutcomeSchema = z.enum(OBSERVATION_OUTCOMES, {
  error: `must be one of ${OBSERVATION_OUTCOMES.join(', ')}`,
});
export type ObservationOutcome = z.infer<typeof ObservationOutcomeSchema>;

/** The wave (audit round) an observation belongs to: 1 for the first round. */
export const WaveSchema = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' })
  .max(1000, { error: 'must be at most 1000' });

/** A piece of evidence about one promise. */
export const ObservationSchema = z
  .object({
    ...auditRecordFields,
    promiseId: IdSchema,
    visitId: IdSchema.nullable(),
    method: ObservationMethodSchema,
    date: IsoDateSchema,
    wave: WaveSchema,
    observer: textSchema(200),
    location: textSchema(200),
    outcome: ObservationOutcomeSchema,
    /** A rubric score given directly. */
    score: RubricScoreSchema.nullable(),
    /** A measured value, scored against the promise's target. */
    measured: z
      .number({ error: 'must be a number' })
      .refine(Number.isFinite, { error: 'must be a finite number' })
      .nullable(),
    verbatim: textSchema(20000),
    note: textSchema(20000),
    photoIds: z.array(IdSchema).max(50, { error: 'must hold at most 50 photos' }),
  })
  .superRefine((o, ctx) => {
    if (o.outcome === 'scored' && o.score === null && o.measured === null) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: 'is required: give a score or a measured value' });
    }
  });
export type Observation = z.infer<typeof ObservationSchema>;
