import { z } from 'zod';
import { auditRecordFields, IdSchema, textSchema } from './common';

/** A moment where the customer meets the brand, at one stage and in one channel. */
export const TouchpointSchema = z.object({
  ...auditRecordFields,
  stageId: IdSchema,
  channelId: IdSchema,
  name: textSchema(200, { required: true }),
  department: textSchema(200),
  description: textSchema(4000),
});
export type Touchpoint = z.infer<typeof TouchpointSchema>;
