import type { ErrorKey, ErrorText, ErrorValues, Problem } from './errors';

/**
 * An error as plain data, to cross from a worker to the page (structured cloning keeps
 * neither the class nor its fields): the keys and values survive, so the page can still say
 * it in the interface language. `fromErrorData` (errors.ts) makes the error again.
 */
export type ErrorData =
  | { kind: 'validation'; subject: ErrorText; problems: Problem[]; message: string }
  | { kind: 'localized'; key: ErrorKey; values: ErrorValues; message: string }
  | { kind: 'other'; message: string };

/**
 * Any thrown value as data that can be posted to another thread. Errors are told by their
 * fields rather than their classes, so that a worker describing one does not load the
 * catalogue the classes write their English from.
 */
export function toErrorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { kind: 'other', message: String(error) };
  const { subject, problems, key, values } = error as Error & Partial<Record<string, unknown>>;
  if (error.name === 'ValidationError' && Array.isArray(problems) && subject)
    return {
      kind: 'validation',
      subject: subject as ErrorText,
      problems: [...(problems as Problem[])],
      message: error.message,
    };
  if (typeof key === 'string' && key.startsWith('errors.'))
    return {
      kind: 'localized',
      key: key as ErrorKey,
      values: (values ?? {}) as ErrorValues,
      message: error.message,
    };
  return { kind: 'other', message: error.message };
}

/** Where error data starts in a message that carries it. */
const CARRIED = ' ⟦touchstone-error⟧';

/**
 * A message that carries the error's data after its English text, for a channel that keeps
 * only an error's message (Electron's IPC): the page reads the data back with
 * `carriedErrorData` and says it in the interface language.
 */
export function carryingMessage(data: ErrorData): string {
  return `${data.message}${CARRIED}${JSON.stringify(data)}`;
}

/** The error data a message carries (see carryingMessage); null when it carries none. */
export function carriedErrorData(message: string): ErrorData | null {
  const at = message.indexOf(CARRIED);
  if (at < 0) return null;
  try {
    const data = JSON.parse(message.slice(at + CARRIED.length)) as ErrorData;
    return typeof data === 'object' && data !== null && typeof data.kind === 'string' ? data : null;
  } catch {
    return null;
  }
}
