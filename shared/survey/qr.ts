import { encode as encodePng } from 'fast-png';
import { encode as encodeQr } from 'uqr';

/** How a QR code is drawn: pixels per module, and the quiet zone around it in modules. */
export interface QrPngOptions {
  scale?: number;
  border?: number;
}

/**
 * A QR code of text as a black-on-white PNG, made here and now: no service is called. Error
 * correction M (15%) survives a scuffed or creased card; the quiet zone of four modules is what
 * the standard asks for, so phones find the code on a busy counter.
 */
export function qrPng(text: string, { scale = 8, border = 4 }: QrPngOptions = {}): Uint8Array {
  const { data, size } = encodeQr(text, { ecc: 'M', border });
  const width = size * scale;
  const pixels = new Uint8Array(width * width);
  for (let y = 0; y < width; y++) {
    const row = data[Math.floor(y / scale)]!;
    for (let x = 0; x < width; x++) pixels[y * width + x] = row[Math.floor(x / scale)] ? 0 : 255;
  }
  return encodePng({ width, height: width, data: pixels, channels: 1, depth: 8 });
}
