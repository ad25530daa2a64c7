import { ValidationError } from '../domain/errors';

/** Steps that lift a file from version N (the key) to N + 1. */
export type Upgrades = Readonly<
  Record<number, (file: Record<string, unknown>) => Record<string, unknown>>
>;

interface VersionedFormat {
  subject: string;
  format: string;
  currentVersion: number;
  upgrades: Upgrades;
  /** What the file should be, for the message when it is something else. */
  what: string;
}

/**
 * Parses the JSON of a versioned file, checks its format marker and version, and upgrades
 * it step by step to the current version. The shape is then checked by the caller's schema.
 */
export function readVersionedJson(text: string, f: VersionedFormat): Record<string, unknown> {
  const fail = (message: string) => new ValidationError(f.subject, [{ path: '', message }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw fail(`is not valid JSON (${(error as Error).message})`);
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== f.format
  ) {
    throw fail(`is not ${f.what}`);
  }
  let file = raw as Record<string, unknown>;
  let version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw fail('has no valid format version');
  }
  if (version > f.currentVersion) {
    throw fail(
      `was written by a newer version of Touchstone (format version ${version}; this version reads up to ${f.currentVersion})`,
    );
  }
  while (version < f.currentVersion) {
    const step = f.upgrades[version];
    if (!step) throw fail(`has format version ${version}, which this version cannot upgrade`);
    file = { ...step(file), version: version + 1 };
    version += 1;
  }
  return file;
}
