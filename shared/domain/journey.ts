import { z } from 'zod';
import { auditRecordFields, textSchema } from './common';
import { zodMessage } from './zod-issues';

const order = z
  .number({ error: zodMessage('errors.field.number') })
  .int({ error: zodMessage('errors.field.wholeNumber') })
  .min(0, { error: zodMessage('errors.field.orMore') });

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
