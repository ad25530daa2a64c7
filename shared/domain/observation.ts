import { z } from 'zod';
import { auditRecordFields, IdSchema, IsoDateSchema, RubricScoreSchema, textSchema } from './common';
import { ObservationMethodSchema } from './observation-method';
import { zodMessage } from './zod-issues';

/** Whether a check produced evidence; "not applicable" and "could not check" are excluded from scores. */
export const OBSERVATION_OUTCOMES = ['scored', 'not-applicable', 'could-not-check'] as const;
export const ObservationOutcomeSchema = z.enum(OBSERVATION_OUTCOMES, {
  error: zodMessage('errors.field.oneOf'),
});
export type ObservationOutcome = z.infer<typeof ObservationOutcomeSchema>;

/** The wave (audit round) an observation belongs to: 1 for the first round. */
export const WaveSchema = z
  .number({ error: zodMessage('errors.field.number') })
  .int({ error: zodMessage('errors.field.wholeNumber') })
  .min(1, { error: zodMessage('errors.field.orMore') })
  .max(1000, { error: zodMessage('errors.field.atMost') });

/** The longest external key an observation keeps. */
export const EXTERNAL_KEY_LENGTH = 300;
/** An external key: text of at most 300 characters, not blank, no control characters. */
export const ExternalKeySchema = textSchema(EXTERNAL_KEY_LENGTH, { required: true });

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
      .number({ error: zodMessage('errors.field.number') })
      .refine(Number.isFinite, { error: zodMessage('errors.field.finite') })
      .nullable(),
    verbatim: textSchema(20000),
    note: textSchema(20000),
    photoIds: z.array(IdSchema).max(50, { error: zodMessage('errors.field.maxPhotos') }),
    /**
     * Where the evidence came from outside Touchstone, when a file said so: a survey answer's
     * `<survey id>:<submission id>/<question name>` (shared/survey/). An import leaves out the
     * submissions whose keys the audit already holds, so a file read twice adds nothing.
     */
    externalKey: ExternalKeySchema.nullable(),
  })
  .superRefine((o, ctx) => {
    if (o.outcome === 'scored' && o.score === null && o.measured === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: zodMessage('errors.rule.scoreOrMeasured'),
      });
    }
  });
export type Observation = z.infer<typeof ObservationSchema>;
