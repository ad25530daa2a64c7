import type { Audit, Language } from '../../../shared/domain';
import { parseAuditFile } from '../../../shared/formats/audit-file';
import { localizeSample } from '../../../shared/i18n/sample/localize';
import { importAuditBundle } from './commands/audits';
import { auditTables } from './commands/records';
import type { TouchstoneDb } from './schema';

export const SAMPLE_SEEDED_KEY = 'sampleAuditSeeded';

/**
 * On the very first start, loads the sample audit through the same validated import that
 * people's audit files go through. Once only: deleting the sample does not bring it back.
 * It comes in the interface language of that first start, its report language set to match.
 */
export async function ensureSampleAudit(
  db: TouchstoneDb,
  loadText: () => Promise<string>,
  language: Language = 'en',
): Promise<Audit | null> {
  if (await db.meta.get(SAMPLE_SEEDED_KEY)) return null;
  const bundle = localizeSample(parseAuditFile(await loadText()), language);
  return db.transaction('rw', [...auditTables(db), db.meta], async () => {
    // Another window may have seeded it meanwhile.
    if (await db.meta.get(SAMPLE_SEEDED_KEY)) return null;
    const { audit } = await importAuditBundle(db, bundle);
    await db.meta.put({ key: SAMPLE_SEEDED_KEY, value: audit.id });
    return audit;
  });
}
