import { fromByteArray, toByteArray } from 'base64-js';
import { LocalizedError } from '../domain/errors';

/** Bytes as base64 text, for JSON files. */
export function bytesToBase64(bytes: Uint8Array): string {
  return fromByteArray(bytes);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const OUTSIDE = /[^A-Za-z0-9+/=]/u;
const SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Why a text is not base64: a character outside the alphabet (which, and where: 1 is the first), or its padding. */
export type Base64Fault =
  { kind: 'character'; character: string; position: number } | { kind: 'padding' };

/**
 * What keeps a text from being strict base64 (RFC 4648, §4), or null: only the 64 letters,
 * in groups of four, padded with at most two "=" at the very end, and no bits set after the
 * last byte. So one text decodes to one set of bytes, and writing them again gives it back.
 */
export function base64Fault(text: string): Base64Fault | null {
  const outside = OUTSIDE.exec(text);
  if (outside) {
    const position = [...text.slice(0, outside.index)].length + 1;
    return { kind: 'character', character: outside[0], position };
  }
  if (!SHAPE.test(text)) return { kind: 'padding' };
  // "QR==" decodes as "QQ==" does: the unused low bits of the last letter must be zero.
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (pad > 0) {
    const last = ALPHABET.indexOf(text[text.length - pad - 1]!);
    if ((last & (pad === 2 ? 0x0f : 0x03)) !== 0) return { kind: 'padding' };
  }
  return null;
}

/** Base64 text back to bytes, strictly (see base64Fault); throws on text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (base64Fault(text)) throw new LocalizedError('errors.field.notBase64');
  return toByteArray(text);
}
