import { z } from 'zod';
import { checkSurveyRules, surveyFields } from '../survey/definition';
import { auditRecordFields, IdSchema, IsoDateSchema, textSchema } from './common';
import { ExternalKeySchema, WaveSchema } from './observation';
import { zodMessage } from './zod-issues';

/**
 * A survey saved with its audit (docs/surveys.md): what it asks, on which scale, of which
 * touchpoints, stage or channel, in which language. Its `version`, raised by every write, is
 * the XLSForm's version, so a tool can tell the forms Touchstone wrote apart.
 */
export const SurveySchema = z
  .object({ ...auditRecordFields, ...surveyFields })
  .superRefine(checkSurveyRules);
export type Survey = z.infer<typeof SurveySchema>;

/** The survey tools whose response exports Touchstone recognises, by their metadata columns. */
export const RESPONSE_TOOLS = ['kobo', 'odk', 'limesurvey', 'other'] as const;
export const ResponseToolSchema = z.enum(RESPONSE_TOOLS, {
  error: zodMessage('errors.field.oneOf'),
});
export type ResponseTool = z.infer<typeof ResponseToolSchema>;

const count = () =>
  z
    .number({ error: zodMessage('errors.field.number') })
    .int({ error: zodMessage('errors.field.wholeNumber') })
    .min(0, { error: zodMessage('errors.field.orMore') })
    .max(Number.MAX_SAFE_INTEGER, { error: zodMessage('errors.field.atMost') });

/**
 * An open answer from a submission that rated no promise: the customer said something, but
 * about no promise in particular. Kept on its import, keyed like the answers
 * (`<survey id>:<submission id>/improve`), so that reading the file again adds nothing.
 */
export const SurveyVerbatimSchema = z.object({
  externalKey: ExternalKeySchema.nullable(),
  date: IsoDateSchema,
  wave: WaveSchema,
  text: textSchema(20000, { required: true }),
});
export type SurveyVerbatim = z.infer<typeof SurveyVerbatimSchema>;

/** What a survey's NPS answers of one import came to: promoters 9–10, detractors 0–6. */
export const NpsCountsSchema = z.object({
  answers: count(),
  promoters: count(),
  passives: count(),
  detractors: count(),
});
export type NpsCounts = z.infer<typeof NpsCountsSchema>;

/**
 * One response export read into the audit: the survey it answered (null once that survey is
 * deleted), the tool that wrote it (for the document's scope and method), the file's name, how
 * many new submissions it brought, their NPS answers, and the open answers that rated no
 * promise. The answers themselves are observations of their promises.
 */
export const SurveyImportSchema = z.object({
  ...auditRecordFields,
  surveyId: IdSchema.nullable(),
  tool: ResponseToolSchema,
  fileName: textSchema(260),
  submissions: count(),
  nps: NpsCountsSchema.nullable(),
  verbatims: z
    .array(SurveyVerbatimSchema)
    .max(100000, { error: zodMessage('errors.field.maxItems') }),
});
export type SurveyImport = z.infer<typeof SurveyImportSchema>;
