import { base64ToBytes } from '../../shared/formats/base64';

/**
 * A whole PNG of one red pixel: photos must be images of their declared type (their bytes
 * start with its signature), so test photos are real ones.
 */
export const PNG_PIXEL_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';

/** A new copy of the one-pixel PNG's bytes. */
export function pngPixel(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(base64ToBytes(PNG_PIXEL_BASE64));
}

/** The first bytes of each photo type (WHATWG MIME Sniffing), for photos made up byte by byte. */
export const SIGNATURE = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/gif': [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  'image/webp': [0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50],
} as const;
