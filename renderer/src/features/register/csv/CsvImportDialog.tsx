import type { Audit } from '../../../../../shared/domain';

/** STUB — to be replaced: the CSV import dialog (file, preview, mapping, errors, apply). */
export function CsvImportDialog(_props: { audit: Audit; onClose: () => void }) {
  return null;
}
