import type { CliIo } from '../../cli/io';
import { testClock } from '../support/clock';

/** An in-memory machine: files by path, and what was printed. */
export function memoryIo(files: Record<string, string | Uint8Array> = {}) {
  const written = new Map<string, Uint8Array>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile: async (path, data) => {
      if (path.startsWith('/read-only/')) throw new Error('EACCES: permission denied');
      written.set(path, data);
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    locale: 'en_GB.UTF-8',
    clock: testClock,
  };
  return { io, written, out: () => out.join('\n'), err: () => err.join('\n') };
}
