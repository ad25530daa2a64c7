import type { Audit } from '../../../../../shared/domain';

/** STUB — to be replaced: writes the audit's touchpoints or promises as CSV through the desktop API. */
export async function exportRegisterCsv(
  _audit: Audit,
  _kind: 'touchpoints' | 'promises',
): Promise<void> {}
