import { z } from 'zod';
import { auditRecordFields, IdSchema, IsoDateSchema, textSchema } from './common';
import { zodMessage } from './zod-issues';

export const ACTION_STATUSES = ['proposed', 'committed', 'in-progress', 'done', 'verified'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES, {
  error: zodMessage('errors.field.oneOf'),
});
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

export const ACTION_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const ActionPrioritySchema = z.enum(ACTION_PRIORITIES, {
  error: zodMessage('errors.field.oneOf'),
});

export const ACTION_EFFORTS = ['small', 'medium', 'large'] as const;
export const ActionEffortSchema = z.enum(ACTION_EFFORTS, {
  error: zodMessage('errors.field.oneOf'),
});

const between0and100 = zodMessage('errors.field.between', { minimum: 0, maximum: 100 });
const score100 = z
  .number({ error: zodMessage('errors.field.number') })
  .min(0, { error: between0and100 })
  .max(100, { error: between0and100 });

/** A line of the plan: from where a promise stands today to where it must be. */
export const ActionSchema = z
  .object({
    ...auditRecordFields,
    /** The gap it closes: a promise, or a whole touchpoint. Exactly one is set. */
    promiseId: IdSchema.nullable(),
    touchpointId: IdSchema.nullable(),
    title: textSchema(300, { required: true }),
    currentState: z.object({
      description: textSchema(10000),
      score: score100.nullable(),
    }),
    futureState: z.object({
      description: textSchema(10000),
      targetScore: score100.nullable(),
      targetDate: z.union([IsoDateSchema, z.null()]),
    }),
    cause: textSchema(10000),
    remedy: textSchema(10000),
    prevention: textSchema(10000),
    owner: textSchema(200),
    dueDate: z.union([IsoDateSchema, z.null()]),
    priority: ActionPrioritySchema,
    effort: ActionEffortSchema,
    status: ActionStatusSchema,
    /** The day it was marked done: evidence after it can verify it. */
    doneAt: z.union([IsoDateSchema, z.null()]),
  })
  .superRefine((a, ctx) => {
    if ((a.promiseId === null) === (a.touchpointId === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['promiseId'],
        message: zodMessage('errors.rule.promiseOrTouchpoint'),
      });
    }
    // "A reason is not an excuse": past proposed, an action needs a remedy, an owner and a date.
    if (a.status !== 'proposed') {
      const required = (field: 'remedy' | 'owner' | 'dueDate') =>
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: zodMessage('errors.rule.requiredOnceCommitted'),
        });
      if (!a.remedy.trim()) required('remedy');
      if (!a.owner.trim()) required('owner');
      if (a.dueDate === null) required('dueDate');
    }
  });
export type Action = z.infer<typeof ActionSchema>;
