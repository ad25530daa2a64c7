import { describe, expect, it } from 'vitest';
import { importAuditBundle, readAuditBundle } from '../../renderer/src/db/commands/audits';
import { auditWithOneOfEach, freshDb } from './helpers';

describe('importing an audit whose record ids are already used', () => {
  it('comes in whole under new ids when only its records clash, leaving the other audit alone', async () => {
    const db = freshDb();
    const made = await auditWithOneOfEach(db);
    const original = await readAuditBundle(db, made.audit.id);
    // A hand-made file: a new audit id, but records copied from the audit already here.
    const handMade = {
      ...original,
      audit: { ...original.audit, id: crypto.randomUUID(), name: 'Hand-made' },
    };
    for (const name of ['stages', 'channels', 'touchpoints', 'promises', 'observations'] as const)
      handMade[name] = original[name].map((r) => ({ ...r, auditId: handMade.audit.id })) as never;
    handMade.visits = original.visits.map((r) => ({ ...r, auditId: handMade.audit.id }));
    handMade.actions = original.actions.map((r) => ({ ...r, auditId: handMade.audit.id }));
    handMade.photos = original.photos.map((r) => ({ ...r, auditId: handMade.audit.id }));

    const { audit, copied } = await importAuditBundle(db, handMade);
    expect(copied).toBe(false);
    expect(audit.name).toBe('Hand-made');
    const imported = await readAuditBundle(db, audit.id);
    expect(imported.observations).toHaveLength(1);
    expect(imported.observations[0]!.id).not.toBe(original.observations[0]!.id);
    expect(imported.observations[0]!.promiseId).toBe(imported.promises[0]!.id);
    expect(await readAuditBundle(db, made.audit.id)).toEqual(original);
    expect(await db.audits.count()).toBe(2);
  });
});
