import {
  problem,
  ValidationError,
  type ErrorKey,
  type ErrorValues,
  type SubjectName,
} from '../domain/errors';

/** Steps that lift a file from version N (the key) to N + 1. */
export type Upgrades = Readonly<
  Record<number, (file: Record<string, unknown>) => Record<string, unknown>>
>;

interface VersionedFormat {
  subject: SubjectName;
  format: string;
  currentVersion: number;
  upgrades: Upgrades;
  /** What the file should be, for the message when it is something else ("is not …"). */
  notThis: ErrorKey;
  /** Checks the file as written, before any upgrade changes it (a checksum over its text). */
  verify?: (file: Record<string, unknown>) => void;
}

/** Deeper than any Touchstone file nests (an audit file reaches 5 levels). */
export const MAX_JSON_DEPTH = 64;

/** How deeply a parsed JSON value nests, counted without recursion (a hostile file may nest 100,000 deep). */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Parses the JSON of a versioned file, checks its format marker and version, and upgrades
 * it step by step to the current version. The shape is then checked by the caller's schema.
 */
export function readVersionedJson(text: string, f: VersionedFormat): Record<string, unknown> {
  const fail = (key: ErrorKey, values?: ErrorValues) =>
    new ValidationError(f.subject, [problem('', key, values)]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw fail('errors.file.notJson', { detail: (error as Error).message });
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== f.format
  ) {
    throw fail(f.notThis);
  }
  // Checked before anything walks the tree recursively (checksums, schemas, copies).
  if (jsonDepth(raw, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw fail('errors.file.tooDeep', { depth: MAX_JSON_DEPTH });
  let file = raw as Record<string, unknown>;
  f.verify?.(file);
  let version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw fail('errors.file.noVersion');
  }
  if (version > f.currentVersion) {
    throw fail('errors.file.newerVersion', { version, current: f.currentVersion });
  }
  while (version < f.currentVersion) {
    const step = f.upgrades[version];
    if (!step) throw fail('errors.file.cannotUpgrade', { version });
    file = { ...step(file), version: version + 1 };
    version += 1;
  }
  return file;
}
