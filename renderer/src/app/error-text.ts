import type { TFunction } from 'i18next';
import type { Problem } from '../../../shared/domain';
import {
  lineProblemText,
  localizedErrorText,
  problemText,
  reasonText,
} from '../../../shared/i18n/error-text';
import { storeWatch } from '../db/durability';

// Every refusal and failure in the interface language. Errors built in shared/ and the store
// carry a catalogue key and values (shared/domain/errors.ts); their `.message` is English and
// is shown only for failures nothing in Touchstone describes (a browser's own error).

export { lineProblemText, problemText, reasonText };

/**
 * Any failure in the interface language: a refusal with what was refused and each problem,
 * a failure the catalogue names, a full disk (however the browser said it: see
 * StoreWatch.isStorageFull), or else the error's own message.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (storeWatch.isStorageFull(error)) return t('safety.storageFull');
  const text = localizedErrorText(error, t);
  if (text !== null) return text;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Problems by the form field each belongs to, for a dialog that shows each beside its own
 * labelled field: only the reason, since the label says which field it is.
 */
export function fieldErrors(
  problems: readonly Problem[],
  t: TFunction,
  fieldOf: (path: string) => string = (path) => path,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const field = fieldOf(p.path);
    out[field] ??= reasonText(p, t);
  }
  return out;
}
