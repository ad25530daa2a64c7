import type { TFunction } from 'i18next';
import { carriedErrorData } from '../domain/error-data';
import {
  fromErrorData,
  LocalizedError,
  resolveValues,
  ValidationError,
  type ErrorText,
  type LineProblem,
  type Problem,
} from '../domain/errors';

// Refusals in a reader's language: the catalogue key and values an error carries, said by a
// translator of that language (the interface's i18next, or createTranslator for a report).

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A reason ("must be between 1 and 5") in the translator's language. */
export function reasonText(reason: ErrorText, t: TFunction): string {
  const translate = t as unknown as Translate;
  return translate(reason.key, resolveValues(reason.values, translate));
}

/** A problem at a field, with the field's path: "importance: …" in the translator's language. */
export function problemText(problem: Problem, t: TFunction): string {
  const message = reasonText(problem, t);
  return problem.path ? t('errors.at', { path: problem.path, message }) : message;
}

/** Every reason of a bad line of an imported file, in the translator's language. */
export function lineProblemText(problem: LineProblem, t: TFunction): string {
  return problem.reasons.map((r) => reasonText(r, t)).join('; ');
}

/**
 * A refusal (what was refused, then each problem) or a failure the catalogue names, in the
 * translator's language; null for any other error, which has only its own message.
 */
export function localizedErrorText(error: unknown, t: TFunction): string | null {
  // An error from the desktop app's main process arrives as a message carrying its data.
  const carried = error instanceof Error ? carriedErrorData(error.message) : null;
  if (carried)
    return carried.kind === 'other' ? null : localizedErrorText(fromErrorData(carried), t);
  if (error instanceof ValidationError)
    return t('errors.refused', {
      subject: reasonText(error.subject, t),
      problems: error.problems.map((p) => problemText(p, t)).join('; '),
    });
  if (error instanceof LocalizedError)
    return reasonText({ key: error.key, values: error.values, message: error.message }, t);
  return null;
}
