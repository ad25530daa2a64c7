import { fromByteArray, toByteArray } from 'base64-js';

/** Bytes as base64 text, for JSON files. */
export function bytesToBase64(bytes: Uint8Array): string {
  return fromByteArray(bytes);
}

/** Base64 text back to bytes; throws on text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  return toByteArray(text);
}
