import type { TFunction } from 'i18next';
import { describeProblem, ValidationError, type AuditBundle } from '../shared/domain';
import {
  parseFieldPack,
  parseFieldResults,
  fileKind,
  type FieldPack,
  type FieldResults,
} from '../shared/fieldwork/pack-file';
import { parseAuditFile } from '../shared/formats/audit-file';
import { CliError, EXIT, type CliIo } from './io';

/** A Touchstone file, read and checked whole. */
export type TouchstoneFile =
  | { kind: 'audit'; bundle: AuditBundle }
  | { kind: 'field-pack'; pack: FieldPack }
  | { kind: 'field-results'; results: FieldResults };

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'it is a folder';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.message;
}

/** Reads a file as UTF-8 text, or throws a CliError that says why it cannot. */
export async function readText(io: CliIo, path: string, t: TFunction): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliError(t('report.cli.cannotRead', { path, reason: reason(error) }), EXIT.input);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(t('report.cli.notText', { path }), EXIT.input);
  }
}

/**
 * Reads an audit file, a field pack or a results file by its format marker, checking it as the
 * app does on import; throws a CliError listing each problem.
 */
export async function readTouchstoneFile(
  io: CliIo,
  path: string,
  t: TFunction,
): Promise<TouchstoneFile> {
  const text = await readText(io, path, t);
  const kind = fileKind(text);
  try {
    switch (kind) {
      case 'field-pack':
        return { kind, pack: parseFieldPack(text) };
      case 'field-results':
        return { kind, results: parseFieldResults(text) };
      case 'audit':
        return { kind, bundle: parseAuditFile(text) };
      default:
        // Not marked as ours: the audit reader says whether it is JSON at all.
        parseAuditFile(text);
        throw new CliError(t('report.cli.unknownKind', { path }), EXIT.input);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof ValidationError) {
      const what = t(`report.cli.kind.${kind ?? 'audit'}`);
      if (kind === null) {
        // Say why only when it is not plain that the file is someone else's JSON.
        const why = error.problems
          .filter((p) => !p.message.startsWith('is not a Touchstone'))
          .map(describeProblem);
        throw new CliError(t('report.cli.unknownKind', { path }), EXIT.input, why);
      }
      throw new CliError(
        t('report.cli.invalid', { path, kind: what }),
        EXIT.input,
        error.problems.map(describeProblem),
      );
    }
    throw error;
  }
}

/** Reads an audit file; any other Touchstone file is refused, saying what it is. */
export async function readAudit(io: CliIo, path: string, t: TFunction): Promise<AuditBundle> {
  const file = await readTouchstoneFile(io, path, t);
  if (file.kind !== 'audit') {
    throw new CliError(
      t('report.cli.invalid', { path, kind: t('report.cli.kind.audit') }),
      EXIT.input,
      [t(`report.cli.kind.${file.kind}`)],
    );
  }
  return file.bundle;
}
