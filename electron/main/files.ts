import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalizedError } from '../../shared/domain/errors';
import { fileReadError, fileReadFailure } from '../../shared/formats/touchstone-file';

/** A path outside the folder it had to stay in. */
export class PathOutsideError extends LocalizedError {
  override readonly name = 'PathOutsideError';
  constructor(name: string) {
    super('errors.desktop.outsideFolder', { name });
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
export class FileTooLargeError extends LocalizedError {
  override readonly name = 'FileTooLargeError';
  constructor(name: string, size: number, max: number) {
    super('errors.desktop.tooLarge', {
      name,
      size: Math.ceil(size / 1048576),
      max: Math.floor(max / 1048576),
    });
  }
}

/**
 * Reads a whole file, refusing it before reading when it is larger than `max` bytes. A file
 * that cannot be read is said in the words the command line uses too (fileReadFailure).
 */
export async function readFileCapped(filePath: string, max: number): Promise<Uint8Array> {
  const name = path.basename(filePath);
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw fileReadError(name, { key: 'errors.file.why.notAFile' });
    if (info.size > max) throw new FileTooLargeError(name, info.size, max);
    const buffer = await readFile(filePath);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw fileReadFailure(error, name);
  }
}
