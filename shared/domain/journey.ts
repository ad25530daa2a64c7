import { z } from 'zod';
import { auditRecordFields, textSchema } from './common';

const order = z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' });

/** A step of the customer journey (discover, buy, use, get help, leave…), ordered per audit. */
export const JourneyStageSchema = z.object({
  ...auditRecordFields,
  name: textSchema(120, { required: true }),
  description: textSchema(2000),
  order,
});
export type JourneyStage = z.infer<typeof JourneyStageSchema>;

/** Where the customer meets the brand (store, website, app, phone…), ordered per audit. */
export const ChannelSchema = z.object({
  ...auditRecordFields,
  name: textSchema(120, { required: true }),
  description: textSchema(2000),
  order,
});
export type Channel = z.infer<typeof ChannelSchema>;
