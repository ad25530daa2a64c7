import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A path outside the folder it had to stay in. */
export class PathOutsideError extends Error {
  constructor(name: string) {
    super(`“${name}” is not inside the allowed folder`);
    this.name = 'PathOutsideError';
  }
}

/** Resolves a name inside a root folder, refusing anything that would leave it. */
export function resolveInside(root: string, name: string): string {
  const base = path.resolve(root);
  const target = path.resolve(base, name);
  const relative = path.relative(base, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    throw new PathOutsideError(name);
  return target;
}

/**
 * Writes a file so that a failure leaves the previous version intact: the bytes go to a
 * temporary file beside it, are flushed to disk, and only then replace the old file.
 */
export async function atomicWrite(filePath: string, data: Uint8Array): Promise<void> {
  const temp = `${filePath}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file larger than the app will read. */
export class FileTooLargeError extends Error {
  constructor(name: string, size: number, max: number) {
    super(
      `“${name}” is ${Math.ceil(size / 1048576)} MB; the largest file Touchstone reads is ${Math.floor(max / 1048576)} MB`,
    );
    this.name = 'FileTooLargeError';
  }
}

/** Reads a whole file, refusing it before reading when it is larger than `max` bytes. */
export async function readFileCapped(filePath: string, max: number): Promise<Uint8Array> {
  const info = await stat(filePath);
  if (!info.isFile()) throw new Error(`“${path.basename(filePath)}” is not a file`);
  if (info.size > max) throw new FileTooLargeError(path.basename(filePath), info.size, max);
  const buffer = await readFile(filePath);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
