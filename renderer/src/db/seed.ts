import type { Audit } from '../../../shared/domain';
import { parseAuditFile } from '../../../shared/formats/audit-file';
import { importAuditBundle } from './audits';
import { auditTables } from './records';
import type { TouchstoneDb } from './schema';

export const SAMPLE_SEEDED_KEY = 'sampleAuditSeeded';

/**
 * On the very first start, loads the sample audit through the same validated import that
 * people's audit files go through. Once only: deleting the sample does not bring it back.
 */
export async function ensureSampleAudit(
  db: TouchstoneDb,
  loadText: () => Promise<string>,
): Promise<Audit | null> {
  if (await db.meta.get(SAMPLE_SEEDED_KEY)) return null;
  const bundle = parseAuditFile(await loadText());
  return db.transaction('rw', [...auditTables(db), db.meta], async () => {
    // Another window may have seeded it meanwhile.
    if (await db.meta.get(SAMPLE_SEEDED_KEY)) return null;
    const { audit } = await importAuditBundle(db, bundle);
    await db.meta.put({ key: SAMPLE_SEEDED_KEY, value: audit.id });
    return audit;
  });
}
