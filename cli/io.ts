import type { Clock } from '../shared/calendar';

/** What the command line needs of the machine, so its logic can be tested without spawning it. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the whole file or nothing (a temporary file renamed into place). */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  out(text: string): void;
  err(text: string): void;
  /** The locale the messages are written for, as LANG gives it ("ru_RU.UTF-8"). */
  locale?: string;
  /** The current moment: the report's date is its local calendar day. */
  clock: Clock;
  /** The environment (`sync setup` reads the server admin's name and password from it). */
  env?: Readonly<Record<string, string | undefined>>;
  /** How `sync setup` reaches the server (Node's fetch unless a test gives another). */
  fetch?: typeof fetch;
}

/** A failure the command line reports in its own words, with the exit code it ends with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Exit codes: 0 done, 1 the input was refused or could not be read or written, 2 the command was wrong. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;
