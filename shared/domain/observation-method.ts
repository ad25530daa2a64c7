import { z } from 'zod';
import { zodMessage } from './zod-issues';

/** How a piece of evidence was gathered. */
export const OBSERVATION_METHODS = [
  'field-check',
  'mystery-shop',
  'survey',
  'interview',
  'review',
  'complaint',
  'usage-data',
] as const;
export const ObservationMethodSchema = z.enum(OBSERVATION_METHODS, {
  error: zodMessage('errors.field.oneOf'),
});
export type ObservationMethod = z.infer<typeof ObservationMethodSchema>;

/** Methods that carry the customer's own voice; the rest are operational evidence. */
export const CUSTOMER_VOICE_METHODS: readonly ObservationMethod[] = [
  'survey',
  'interview',
  'review',
  'complaint',
];
