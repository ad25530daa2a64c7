import { z } from 'zod';
import { IdSchema, LanguageSchema, textSchema } from '../domain/common';
import { zodMessage } from '../domain/zod-issues';

/** The scales a survey's promise questions are asked on: CSAT 1–5, or the audit's rubric 0–4. */
export const RATING_SCALES = ['csat', 'rubric'] as const;
export const RatingScaleSchema = z.enum(RATING_SCALES, {
  error: zodMessage('errors.field.either'),
});
export type RatingScale = z.infer<typeof RatingScaleSchema>;

/** The name of the survey's NPS question, in every export. */
export const NPS_QUESTION_NAME = 'nps';
/** The name of the survey's open question ("What did we not do that we promised?"). */
export const OPEN_QUESTION_NAME = 'improve';
/**
 * Names a promise question may not take: the survey's own questions, and the metadata fields
 * the XLSForm carries (a KoboToolbox or ODK export has columns by these names).
 */
export const RESERVED_QUESTION_NAMES: readonly string[] = [
  NPS_QUESTION_NAME,
  OPEN_QUESTION_NAME,
  'start',
  'end',
  'today',
  'intro',
];

/**
 * A question name that every tool takes as it is: a lower-case letter, then lower-case letters
 * and digits, at most 20 in all. XLSForm names allow more, LimeSurvey question codes allow
 * only letters and digits and start with a letter; this is what both accept.
 */
export const QUESTION_NAME = /^[a-z][a-z0-9]{0,19}$/;
export const QuestionNameSchema = z
  .string({ error: zodMessage('errors.field.text') })
  .regex(QUESTION_NAME, { error: zodMessage('errors.field.questionName') });

/** A web address for the QR card: empty until the team enters one, else http(s). */
export const SurveyAddressSchema = z
  .string({ error: zodMessage('errors.field.text') })
  .max(2000, { error: zodMessage('errors.field.maxLength') })
  .refine((s) => s === '' || isWebAddress(s), { error: zodMessage('errors.field.webAddress') });

/** Whether text is an absolute http or https address with a host. */
export function isWebAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  const m = /^https?:\/\/([^/?#@\s]+@)?([^/?#:\s]+)(:\d+)?([/?#].*)?$/i.exec(text);
  return m !== null && (m[2] ?? '').length > 0;
}

/** What a survey is for: the whole audit, some touchpoints, a journey stage or a channel. */
export const SurveyTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('audit') }),
  z.object({
    kind: z.literal('touchpoints'),
    ids: z
      .array(IdSchema)
      .min(1, { error: zodMessage('errors.field.minItems') })
      .max(1000),
  }),
  z.object({ kind: z.literal('stage'), id: IdSchema }),
  z.object({ kind: z.literal('channel'), id: IdSchema }),
]);
export type SurveyTarget = z.infer<typeof SurveyTargetSchema>;

/** One rating question: its stable name, the promise it asks about, and the words it asks in. */
export const SurveyQuestionSchema = z.object({
  name: QuestionNameSchema,
  promiseId: IdSchema,
  wording: textSchema(2000, { required: true }),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

/**
 * The fields of a survey, for a stored record to extend (with the audit's record fields)
 * without restating them. Texts are kept in the survey's own language, as the team edited them.
 */
export const surveyFields = {
  id: IdSchema,
  /** Raised by every change: it becomes the XLSForm's version, which the tools ask to change. */
  version: z
    .number({ error: zodMessage('errors.field.number') })
    .int({ error: zodMessage('errors.field.wholeNumber') })
    .min(1, { error: zodMessage('errors.field.orMore') }),
  title: textSchema(200, { required: true }),
  language: LanguageSchema,
  scale: RatingScaleSchema,
  nps: z.boolean({ error: zodMessage('errors.field.boolean') }),
  npsQuestion: textSchema(500),
  /** The invitation to criticise, asked in plain words at the end of every survey. */
  openQuestion: textSchema(500, { required: true }),
  /** The line printed on the cards and shown first in the survey. */
  invitation: textSchema(300, { required: true }),
  target: SurveyTargetSchema,
  questions: z
    .array(SurveyQuestionSchema)
    .min(1, { error: zodMessage('errors.field.minItems') })
    .max(200, { error: zodMessage('errors.field.maxItems') }),
  address: SurveyAddressSchema,
};

type SurveyShape = { [K in keyof typeof surveyFields]: z.infer<(typeof surveyFields)[K]> };

/** What a schema cannot see field by field: names and promises asked once each, NPS worded. */
export function checkSurveyRules(survey: SurveyShape, ctx: z.RefinementCtx): void {
  const names = new Set<string>();
  const promises = new Set<string>();
  survey.questions.forEach((q, i) => {
    if (RESERVED_QUESTION_NAMES.includes(q.name))
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'name'],
        message: zodMessage('errors.rule.reservedName', { name: q.name }),
      });
    if (names.has(q.name))
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'name'],
        message: zodMessage('errors.rule.nameUsedTwice', { name: q.name }),
      });
    if (promises.has(q.promiseId))
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'promiseId'],
        message: zodMessage('errors.rule.promiseAskedTwice', { id: q.promiseId }),
      });
    names.add(q.name);
    promises.add(q.promiseId);
  });
  if (survey.nps && survey.npsQuestion.trim() === '')
    ctx.addIssue({
      code: 'custom',
      path: ['npsQuestion'],
      message: zodMessage('errors.rule.npsQuestion'),
    });
}

/** A survey generated from an audit's promises: what every export and the cards are made from. */
export const SurveyDefinitionSchema = z.object(surveyFields).superRefine(checkSurveyRules);
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;

/**
 * The stable name of a promise's question: "p" and the first twelve hex digits of the promise's
 * id. The same promise gets the same name in every survey and every export, so answers find
 * their promise by column name alone.
 */
export function questionNameFor(promiseId: string): string {
  return `p${promiseId.replace(/-/g, '').slice(0, 12).toLowerCase()}`;
}
