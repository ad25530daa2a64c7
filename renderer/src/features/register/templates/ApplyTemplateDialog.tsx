import type { Audit } from '../../../../../shared/domain';

/** STUB — to be replaced: choose an industry template and a language, preview, apply. */
export function ApplyTemplateDialog(_props: { audit: Audit; onClose: () => void }) {
  return null;
}
