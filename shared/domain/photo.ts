import { z } from 'zod';
import { auditRecordFields, textSchema } from './common';
import { reason, type ErrorText } from './errors';
import { zodMessage } from './zod-issues';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The largest photo the store keeps; larger ones are refused with a message. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

/** How each type is named in messages: the formats' own names, the same in every language. */
export const PHOTO_TYPE_NAMES: Record<PhotoType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
};

// The signatures of WHATWG MIME Sniffing's image patterns (mimesniff.spec.whatwg.org, §6.1):
// the bytes every file of the type starts with; null stands for a byte that may be anything.
const SIGNATURES: readonly (readonly [PhotoType, readonly (number | null)[]])[] = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]], // GIF87a
  ['image/gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]], // GIF89a
  // RIFF, four bytes of length, WEBPVP
  [
    'image/webp',
    [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50],
  ],
];

/** The image type a photo's bytes are, by the signature they start with; null when they are none of the four. */
export function photoTypeOfBytes(bytes: Uint8Array): PhotoType | null {
  for (const [type, signature] of SIGNATURES)
    if (signature.length <= bytes.length && signature.every((b, i) => b === null || bytes[i] === b))
      return type;
  return null;
}

/** A photo's name as a message shows it: a hostile file's name of a megabyte is cut short. */
export function shownPhotoName(name: string): string {
  return name.length > 80 ? `${name.slice(0, 80)}…` : name;
}

/**
 * Why a photo's bytes are not an image of its declared type, naming the photo: no image at
 * all, or an image of another type; null when the bytes are what the type says. In the words
 * of a field of a file (`field`, after its path) or of a file offered as a photo (`file`).
 */
export function photoBytesProblem(
  photo: { name: string; type: PhotoType; data: Uint8Array },
  as: 'field' | 'file' = 'field',
): ErrorText | null {
  const actual = photoTypeOfBytes(photo.data);
  if (actual === photo.type) return null;
  const values = { name: shownPhotoName(photo.name), type: PHOTO_TYPE_NAMES[photo.type] };
  if (actual === null)
    return reason(as === 'field' ? 'errors.field.notImage' : 'errors.photo.type', values);
  const other = { ...values, actual: PHOTO_TYPE_NAMES[actual] };
  return reason(as === 'field' ? 'errors.field.otherImage' : 'errors.photo.otherImage', other);
}

/** A photo attached to evidence; its bytes live in the store, referenced by id. */
export const PhotoSchema = z
  .object({
    ...auditRecordFields,
    name: textSchema(260),
    type: z.enum(PHOTO_TYPES, { error: zodMessage('errors.field.oneOf') }),
    data: z.instanceof(Uint8Array, { error: zodMessage('errors.field.binary') }),
  })
  .superRefine((p, ctx) => {
    if (p.data.byteLength > MAX_PHOTO_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: zodMessage('errors.field.photoSize', { size: MAX_PHOTO_BYTES / (1024 * 1024) }),
      });
      return;
    }
    // What enters is what it claims: the bytes must be an image of the declared type, so a
    // file cannot smuggle other bytes in under a photo's name.
    const wrong = photoBytesProblem(p);
    if (wrong)
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: zodMessage(wrong.key, wrong.values as Record<string, string>),
      });
  });
export type Photo = z.infer<typeof PhotoSchema>;
