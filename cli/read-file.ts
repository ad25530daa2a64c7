import type { TFunction } from 'i18next';
import { ValidationError, type AuditBundle } from '../shared/domain';
import {
  fileReadFailure,
  readTouchstoneFile as readTouchstoneBytes,
  type TouchstoneFile,
} from '../shared/formats/touchstone-file';
import { localizedErrorText, problemText } from '../shared/i18n/error-text';
import { CliError, EXIT, type CliIo } from './io';

export type { TouchstoneFile };

const KIND_OF_SUBJECT = {
  'errors.subject.auditFile': 'audit',
  'errors.subject.fieldPack': 'field-pack',
  'errors.subject.fieldResults': 'field-results',
} as const;

/**
 * Reads an audit file, a field pack or a results file with the app's own reader
 * (shared/formats/touchstone-file.ts), so it is checked as the app checks it on import and
 * refused in the same words; throws a CliError listing each problem in the reader's language.
 */
export async function readTouchstoneFile(
  io: CliIo,
  path: string,
  t: TFunction,
): Promise<TouchstoneFile> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const failure = fileReadFailure(error, path);
    throw new CliError(localizedErrorText(failure, t) ?? failure.message, EXIT.input);
  }
  try {
    return readTouchstoneBytes(bytes);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const details = error.problems.map((p) => problemText(p, t));
    const kind = KIND_OF_SUBJECT[error.subject.key as keyof typeof KIND_OF_SUBJECT];
    if (!kind) {
      // Not one of ours, or not even text: say so, and why, unless that is all there is to say.
      const why = error.problems.some((p) => p.key === 'errors.file.notTouchstoneFile')
        ? []
        : details;
      throw new CliError(t('report.cli.unknownKind', { path }), EXIT.input, why);
    }
    throw new CliError(
      t('report.cli.invalid', { path, kind: t(`report.cli.kind.${kind}`) }),
      EXIT.input,
      details,
    );
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
