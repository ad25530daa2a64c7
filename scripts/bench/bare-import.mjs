// Runs in the benchmark's Chromium page, bundled by esbuild and injected (plain JavaScript:
// it imports the renderer's schema, which the Node-side TypeScript project does not hold).
// The bare baseline of an import: the same records written by one Dexie transaction of
// bulkAdds into a database of the app's own schema, with no reading, checks or copies timed.
import Dexie from 'dexie';
import { CHILD_ENTITIES } from '../../shared/domain';
import { parseAuditFile } from '../../shared/formats/audit-file';
import { TouchstoneDb } from '../../renderer/src/db/schema';

/** @param {File} file @returns {Promise<number>} the milliseconds of the write */
window.benchBareImport = async (file) => {
  const bundle = parseAuditFile(await file.text());
  const name = `bench-bare-${Date.now()}`;
  const db = new TouchstoneDb(name);
  await db.open();
  const start = performance.now();
  await db.transaction('rw', [db.audits, ...CHILD_ENTITIES.map((n) => db.table(n))], async () => {
    await db.audits.add(bundle.audit);
    for (const entity of CHILD_ENTITIES) await db.table(entity).bulkAdd(bundle[entity]);
  });
  const ms = performance.now() - start;
  db.close();
  await Dexie.delete(name);
  return ms;
};
