import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { CliIo } from './io';

/** The command line's access to files and the terminal, in Node. */
export const nodeIo: CliIo = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: async (path, data) => {
    // Beside the target, so the rename stays on one file system and is atomic.
    const temporary = `${path}.${randomUUID().slice(0, 8)}.tmp`;
    try {
      await writeFile(temporary, data);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  },
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
  clock: () => new Date(),
  env: process.env,
};
