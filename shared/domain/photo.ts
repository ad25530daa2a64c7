import { z } from 'zod';
import { auditRecordFields, textSchema } from './common';
import { zodMessage } from './zod-issues';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
/** The largest photo the store keeps; larger ones are refused with a message. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

/** A photo attached to evidence; its bytes live in the store, referenced by id. */
export const PhotoSchema = z
  .object({
    ...auditRecordFields,
    name: textSchema(260),
    type: z.enum(PHOTO_TYPES, { error: zodMessage('errors.field.oneOf') }),
    data: z.instanceof(Uint8Array, { error: zodMessage('errors.field.binary') }),
  })
  .refine((p) => p.data.byteLength <= MAX_PHOTO_BYTES, {
    error: zodMessage('errors.field.photoSize', { size: MAX_PHOTO_BYTES / (1024 * 1024) }),
    path: ['data'],
  });
export type Photo = z.infer<typeof PhotoSchema>;
