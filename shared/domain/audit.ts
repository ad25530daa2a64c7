import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
  recordFields,
  textSchema,
  VersionSchema,
} from './common';
import { zodMessage } from './zod-issues';
import { OBSERVATION_METHODS } from './observation-method';

export const AUDIT_STATUSES = ['draft', 'in-field', 'reporting', 'final'] as const;
export const AuditStatusSchema = z.enum(AUDIT_STATUSES, {
  error: zodMessage('errors.field.oneOf'),
});
export type AuditStatus = z.infer<typeof AuditStatusSchema>;

const weight = z
  .number()
  .min(0, { error: zodMessage('errors.field.atLeast') })
  .max(10, { error: zodMessage('errors.field.atMost') });

/** Parameters of the scoring method; each audit carries its own, defaults below. */
export const ScoringSettingsSchema = z.object({
  /** Evidence counts at which a promise's evidence becomes thin, adequate and strong. */
  strengthThresholds: z
    .object({
      thin: z.number().int().min(1),
      adequate: z.number().int().min(1),
      strong: z.number().int().min(1),
    })
    .refine((t) => t.thin <= t.adequate && t.adequate <= t.strong, {
      error: zodMessage('errors.rule.thresholdsRise'),
      // A threshold that is wrong by itself is one error, not a second about the order.
      when: ({ issues }) => issues.length === 0,
    }),
  /** After this many days an observation weighs half as much as a fresh one. */
  recencyHalfLifeDays: z.number().min(1).max(3650),
  /**
   * The audit's own names for the rubric's five steps (0 broken … 4 exceeded); an empty
   * name, or no list, keeps the app's wording in the reader's language.
   */
  rubricLabels: z
    .array(textSchema(60))
    .length(5, { error: zodMessage('errors.rule.fiveSteps') })
    .optional(),
  /** How much each method's observations weigh against the others. */
  methodWeights: z.object(
    Object.fromEntries(OBSERVATION_METHODS.map((m) => [m, weight])) as Record<
      (typeof OBSERVATION_METHODS)[number],
      typeof weight
    >,
  ),
});
export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;

/** The scoring parameters a new audit starts with. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = {
  strengthThresholds: { thin: 1, adequate: 3, strong: 8 },
  recencyHalfLifeDays: 180,
  methodWeights: {
    'field-check': 1,
    'mystery-shop': 1,
    survey: 1,
    interview: 1,
    review: 1,
    complaint: 1,
    'usage-data': 1,
  },
};

/**
 * Marks an audit opened from a field pack on a manager's machine: which pack, whose audit it
 * came from, and how its records map back to the consultant's (see docs/field-packs.md).
 */
export const FieldPackRefSchema = z.object({
  packId: IdSchema,
  hubAuditId: IdSchema,
  manager: textSchema(200, { required: true }),
  /** Local record id → the consultant's id, for each record that came in the pack. */
  ids: z.record(IdSchema, IdSchema),
  /** The consultant's version of each visit in the pack (its base), by the consultant's visit id. */
  bases: z.record(IdSchema, VersionSchema),
});
export type FieldPackRef = z.infer<typeof FieldPackRefSchema>;

/** One engagement: a brand's promises audited over a period by a team. */
export const AuditSchema = z
  .object({
    ...recordFields,
    name: textSchema(200, { required: true }),
    brand: textSchema(200, { required: true }),
    scope: textSchema(4000),
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    team: z.array(textSchema(200, { required: true })).max(100),
    language: LanguageSchema,
    status: AuditStatusSchema,
    confidentiality: textSchema(200),
    scoring: ScoringSettingsSchema,
    /** Present only on a manager's copy opened from a field pack. */
    fieldPack: FieldPackRefSchema.optional(),
  })
  .refine((a) => a.periodStart <= a.periodEnd, {
    error: zodMessage('errors.rule.periodEnd'),
    path: ['periodEnd'],
    // Only two real days have an order: an impossible month is one error, not a second one
    // about the period's order.
    when: ({ value, issues }) =>
      typeof value === 'object' &&
      value !== null &&
      !issues.some((i) => i.path?.[0] === 'periodStart' || i.path?.[0] === 'periodEnd'),
  });
export type Audit = z.infer<typeof AuditSchema>;
