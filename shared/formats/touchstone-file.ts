import type { AuditBundle } from '../domain/bundle';
import {
  LocalizedError,
  problem,
  ValidationError,
  type ErrorKey,
  type SubjectName,
} from '../domain/errors';
import {
  FIELD_PACK_FORMAT,
  FIELD_RESULTS_FORMAT,
  fieldPackSteps,
  fieldResultsSteps,
  fileKind,
  type FieldPack,
  type FieldResults,
} from '../fieldwork/pack-file';
import { AUDIT_FILE_FORMAT, auditFileSteps } from './audit-file';
import { runSteps, type Steps } from './steps';
import { isZip } from './zip';

// The one reader of Touchstone files, for the app and the command line alike: the bytes of a
// file become an audit, a field pack or a results file, or one ValidationError in the words
// of the errors catalogue. Reading the bytes from disk is the caller's (Node's or the
// browser's); why that failed is said here too, so both say it the same way.

/** A Touchstone file, read and checked whole. */
export type TouchstoneFile =
  | { kind: 'audit'; bundle: AuditBundle }
  | { kind: 'field-pack'; pack: FieldPack }
  | { kind: 'field-results'; results: FieldResults };
export type TouchstoneFileKind = TouchstoneFile['kind'];

/**
 * A file's bytes as UTF-8 text, refusing anything else with a message that says what it is
 * when that can be told (UTF-16 from Notepad, a ZIP such as a Word file).
 */
export function decodeFileText(data: Uint8Array, subject: SubjectName): string {
  const refuse = (key: ErrorKey) => new ValidationError(subject, [problem('', key)]);
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
    throw refuse('errors.file.utf16');
  if (isZip(data)) throw refuse('errors.file.zip');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw refuse('errors.file.notUtf8');
  }
}

const KINDS: Readonly<Record<string, TouchstoneFileKind>> = {
  [AUDIT_FILE_FORMAT]: 'audit',
  [FIELD_PACK_FORMAT]: 'field-pack',
  [FIELD_RESULTS_FORMAT]: 'field-results',
};

/**
 * Which kind of Touchstone file a text is: by the format marker near its start, as Touchstone
 * writes it, or else by the `format` field of the whole JSON (a file whose keys someone
 * reordered). Refuses text that is not JSON, or JSON that is no Touchstone file.
 */
function kindOf(text: string): TouchstoneFileKind {
  const marked = fileKind(text);
  if (marked) return marked;
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ValidationError('file', [
      problem('', 'errors.file.notJson', { detail: (error as Error).message }),
    ]);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  const kind = typeof format === 'string' ? KINDS[format] : undefined;
  if (!kind) throw new ValidationError('file', [problem('', 'errors.file.notTouchstoneFile')]);
  return kind;
}

/**
 * Reads the bytes of any Touchstone file whole, by its format marker: an audit file, a field
 * pack or a results file, each checked as its format says. Anything else throws a
 * ValidationError naming what is wrong; nothing is written anywhere.
 */
export function readTouchstoneFile(data: Uint8Array): TouchstoneFile {
  return runSteps(touchstoneFileSteps(data));
}

/** readTouchstoneFile in steps, reporting how far it is between them (shared/formats/steps.ts). */
export function* touchstoneFileSteps(data: Uint8Array): Steps<TouchstoneFile> {
  yield { step: 'read' };
  const text = decodeFileText(data, 'file');
  switch (kindOf(text)) {
    case 'field-pack':
      return { kind: 'field-pack', pack: yield* fieldPackSteps(text) };
    case 'field-results':
      return { kind: 'field-results', results: yield* fieldResultsSteps(text) };
    case 'audit':
      return { kind: 'audit', bundle: yield* auditFileSteps(text) };
  }
}

/** An audit file's bytes as a checked bundle (what a restore starts from). */
export function readAuditFileBytes(data: Uint8Array): AuditBundle {
  return runSteps(auditFileBytesSteps(data));
}

/** readAuditFileBytes in steps. */
export function* auditFileBytesSteps(data: Uint8Array): Steps<AuditBundle> {
  yield { step: 'read' };
  return yield* auditFileSteps(decodeFileText(data, 'auditFile'));
}

const WHY: Readonly<Record<string, ErrorKey>> = {
  ENOENT: 'errors.file.why.notFound',
  ENOTDIR: 'errors.file.why.notFound',
  EISDIR: 'errors.file.why.notAFile',
  EACCES: 'errors.file.why.permission',
  EPERM: 'errors.file.why.permission',
};

/** A file that could not be read, and why: a reason of the catalogue, or the system's own words. */
export function fileReadError(name: string, reason: { key: ErrorKey } | string): LocalizedError {
  return new LocalizedError('errors.file.cannotRead', { name, reason });
}

/**
 * Why reading a file from disk failed, in the catalogue's words: by the system's error code
 * (no such file, a folder, no permission), else its own message. An error that already
 * carries catalogue words is kept.
 */
export function fileReadFailure(error: unknown, name: string): LocalizedError {
  if (error instanceof LocalizedError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? WHY[code] : undefined;
  if (known) return fileReadError(name, { key: known });
  return fileReadError(name, error instanceof Error ? error.message : String(error));
}
