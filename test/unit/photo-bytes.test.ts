import { fromByteArray } from 'base64-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PHOTO_TYPES,
  PhotoSchema,
  photoBytesProblem,
  photoTypeOfBytes,
  ValidationError,
} from '../../shared/domain';
import { parseAuditFile, serializeAuditFile } from '../../shared/formats/audit-file';
import { base64Fault, base64ToBytes, bytesToBase64 } from '../../shared/formats/base64';
import { parseFieldResults } from '../../shared/fieldwork/pack-file';
import { PNG_PIXEL_BASE64, pngPixel, SIGNATURE } from '../support/photo-bytes';
import { smallBundle } from '../support/small-bundle';
import { reseal, validAuditFile, validFieldResults } from '../support/valid-files';

/** An audit file (or results file) whose first photo's base64 is `dataBase64`. */
function withPhoto(text: string, photo: { dataBase64?: string; type?: string }, sealed = false) {
  const file = JSON.parse(text) as { photos: Record<string, unknown>[] };
  Object.assign(file.photos[0]!, photo);
  return sealed ? reseal(JSON.stringify(file)) : JSON.stringify(file);
}

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('strict base64', () => {
  it('reads back exactly what was written, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(base64Fault(text)).toBeNull();
        expect([...base64ToBytes(text)]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses any character outside the alphabet, saying which and where', () => {
    expect(base64Fault('!!!not base64$$$')).toEqual({
      kind: 'character',
      character: '!',
      position: 1,
    });
    expect(base64Fault('QUJD\nREVG')).toEqual({ kind: 'character', character: '\n', position: 5 });
    expect(base64Fault('QU-D')).toMatchObject({ character: '-' }); // base64url is not base64
    expect(base64Fault('QU😀D')).toEqual({ kind: 'character', character: '😀', position: 3 });
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 3, maxLength: 60 }),
        fc.nat(),
        fc
          .string({ minLength: 1, maxLength: 1, unit: 'grapheme' })
          .filter((c) => !/^[A-Za-z0-9+/=]$/.test(c)),
        (bytes, at, bad) => {
          const text = fromByteArray(bytes);
          const i = at % text.length;
          const broken = text.slice(0, i) + bad + text.slice(i + 1);
          expect(base64Fault(broken)?.kind).toBe('character');
          expect(() => base64ToBytes(broken)).toThrow();
        },
      ),
    );
  });

  it('refuses wrong padding: a length that is no multiple of four, "=" inside, or stray bits', () => {
    for (const text of ['QUJ', 'QUJDR', 'QQ=', 'QQ===', 'Q===', '=QQQ', 'QQ==QUJD', 'QR==', 'QUJ='])
      expect(base64Fault(text), text).toEqual({ kind: 'padding' });
    for (const text of ['', 'QQ==', 'QUI=', 'QUJD']) expect(base64Fault(text), text).toBeNull();
  });
});

describe('the image check', () => {
  it('knows each type by its signature', () => {
    for (const type of PHOTO_TYPES)
      expect(photoTypeOfBytes(new Uint8Array([...SIGNATURE[type], 1, 2, 3])), type).toBe(type);
    expect(photoTypeOfBytes(pngPixel())).toBe('image/png');
    expect(photoTypeOfBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]))).toBeNull();
    expect(photoTypeOfBytes(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(photoTypeOfBytes(new Uint8Array([]))).toBeNull();
  });

  it('accepts only bytes of the declared type, for any bytes after the signature', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PHOTO_TYPES),
        fc.constantFrom(...PHOTO_TYPES),
        fc.uint8Array({ maxLength: 50 }),
        (actual, declared, tail) => {
          const data = new Uint8Array([...SIGNATURE[actual], ...tail]);
          const problem = photoBytesProblem({ name: 'p', type: declared, data });
          expect(problem === null).toBe(actual === declared);
        },
      ),
    );
  });

  it('says what is wrong, naming the photo, in a file and for a file offered by hand', () => {
    const jpeg = new Uint8Array([...SIGNATURE['image/jpeg'], 0]);
    expect(photoBytesProblem({ name: 'till.png', type: 'image/png', data: jpeg })?.message).toBe(
      'is not a PNG image: photo “till.png” is a JPEG image',
    );
    expect(
      photoBytesProblem({ name: 'till.png', type: 'image/png', data: jpeg }, 'file')?.message,
    ).toBe('“till.png” is a JPEG image, not the PNG image its name says.');
    const text = new TextEncoder().encode('hello');
    expect(
      photoBytesProblem({ name: 'notes.gif', type: 'image/gif', data: text }, 'file')?.message,
    ).toBe('“notes.gif” is not a JPEG, PNG, WebP or GIF image.');
  });

  it('is part of the photo record’s schema, so every way in applies it', () => {
    const photo = smallBundle().photos[0]!;
    expect(PhotoSchema.safeParse(photo).success).toBe(true);
    const result = PhotoSchema.safeParse({ ...photo, data: new Uint8Array([1, 2, 3]) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['data']);
  });
});

describe('photos in files', () => {
  it('an audit file whose photo base64 holds characters outside the alphabet is refused, naming the photo', () => {
    const text = withPhoto(validAuditFile(), { dataBase64: '!!!not base64$$$' });
    expect(refusal(() => parseAuditFile(text))).toBe(
      'Audit file: photos[0].dataBase64 is not base64: photo “till.png” holds “!” at character 1',
    );
    const spaced = withPhoto(validAuditFile(), {
      dataBase64: `${PNG_PIXEL_BASE64.slice(0, 8)} ${PNG_PIXEL_BASE64.slice(8)}`,
    });
    expect(refusal(() => parseAuditFile(spaced))).toContain('holds “U+0020” at character 9');
  });

  it('an audit file whose photo base64 is wrongly padded is refused', () => {
    const text = withPhoto(validAuditFile(), { dataBase64: `${PNG_PIXEL_BASE64}=` });
    expect(refusal(() => parseAuditFile(text))).toContain(
      'photos[0].dataBase64 is not base64: photo “till.png” does not end as base64 does',
    );
  });

  it('an audit file whose photo is no image, or another type than it says, is refused', () => {
    const noImage = withPhoto(validAuditFile(), {
      dataBase64: bytesToBase64(new TextEncoder().encode('MZ\u0090 not a photo')),
    });
    expect(refusal(() => parseAuditFile(noImage))).toBe(
      'Audit file: photos[0].data is not a PNG image: the bytes of photo “till.png” are no image',
    );
    const gifAsJpeg = withPhoto(validAuditFile(), {
      type: 'image/jpeg',
      dataBase64: bytesToBase64(new Uint8Array([...SIGNATURE['image/gif'], 0, 0])),
    });
    expect(refusal(() => parseAuditFile(gifAsJpeg))).toContain(
      'photos[0].data is not a JPEG image: photo “till.png” is a GIF image',
    );
  });

  it('a results file is held to the same rules', () => {
    const text = withPhoto(validFieldResults(), { dataBase64: '!!!not base64$$$' }, true);
    expect(refusal(() => parseFieldResults(text))).toContain(
      'photos[0].dataBase64 is not base64: photo “till.png” holds “!”',
    );
    const noImage = withPhoto(validFieldResults(), { dataBase64: 'AAAA' }, true);
    expect(refusal(() => parseFieldResults(noImage))).toContain(
      'photos[0].data is not a PNG image',
    );
  });

  it('a photo of a file comes back as the very bytes written (any bytes of any type)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PHOTO_TYPES),
        fc.uint8Array({ maxLength: 100 }),
        (type, tail) => {
          const bundle = smallBundle();
          const data = new Uint8Array([...SIGNATURE[type], ...tail]);
          bundle.photos[0] = { ...bundle.photos[0]!, type, data };
          const back = parseAuditFile(serializeAuditFile(bundle, 'test', new Date(0)));
          expect([...back.photos[0]!.data]).toEqual([...data]);
        },
      ),
      { numRuns: 50 },
    );
  });
});
