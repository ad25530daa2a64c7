import { TEST_NOW } from '../support/clock';
import { describe, expect, it } from 'vitest';
import { parseAuditFile, serializeAuditFile } from '../../shared/formats/audit-file';
import { importAuditBundle, readAuditBundle } from '../../renderer/src/db/commands/audits';
import { ensureSampleAudit } from '../../renderer/src/db/seed';
import { auditWithOneOfEach, freshDb } from './helpers';

async function snapshot(db: ReturnType<typeof freshDb>) {
  const tables = [
    'audits',
    'stages',
    'channels',
    'touchpoints',
    'promises',
    'observations',
    'visits',
    'actions',
    'photos',
  ] as const;
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db[t].toArray()])));
}

describe('importing a whole audit', () => {
  it('exports and imports an audit into another database with every record the same', async () => {
    const source = freshDb();
    const made = await auditWithOneOfEach(source);
    const text = serializeAuditFile(await readAuditBundle(source, made.audit.id), 'test', TEST_NOW);
    const target = freshDb();
    const { audit, copied } = await importAuditBundle(target, parseAuditFile(text));
    expect(copied).toBe(false);
    expect(audit.id).toBe(made.audit.id);
    expect(await readAuditBundle(target, audit.id)).toEqual(
      await readAuditBundle(source, made.audit.id),
    );
  });

  it('imports an audit that is already here as a copy with new ids, leaving the original alone', async () => {
    const db = freshDb();
    const made = await auditWithOneOfEach(db);
    const before = await readAuditBundle(db, made.audit.id);
    const { audit, copied } = await importAuditBundle(db, before);
    expect(copied).toBe(true);
    expect(audit.id).not.toBe(made.audit.id);
    expect(audit.name).toBe('Audit 2026 (copy)');
    const copy = await readAuditBundle(db, audit.id);
    expect(copy.promises).toHaveLength(1);
    expect(copy.observations[0]!.promiseId).toBe(copy.promises[0]!.id);
    expect(copy.observations[0]!.photoIds).toEqual([copy.photos[0]!.id]);
    expect(await readAuditBundle(db, made.audit.id)).toEqual(before);
  });

  it('applies whole or not at all: a failure half-way leaves the database as it was', async () => {
    const db = freshDb();
    const made = await auditWithOneOfEach(db);
    const bundle = await readAuditBundle(db, made.audit.id);
    const other = freshDb();
    await auditWithOneOfEach(other);
    const before = await snapshot(other);
    // The observations are written after the audit, stages, touchpoints and promises.
    const failWrite = () => {
      throw new Error('disk full');
    };
    other.observations.hook('creating', failWrite);
    await expect(importAuditBundle(other, bundle)).rejects.toThrow('disk full');
    other.observations.hook('creating').unsubscribe(failWrite);
    expect(await snapshot(other)).toEqual(before);
  });

  it('refuses a bundle whose references point outside it, writing nothing', async () => {
    const db = freshDb();
    const made = await auditWithOneOfEach(db);
    const bundle = await readAuditBundle(db, made.audit.id);
    const target = freshDb();
    await expect(importAuditBundle(target, { ...bundle, touchpoints: [] })).rejects.toThrow(
      /promises\[0\]\.touchpointId refers to touchpoint .* which is not in the audit/,
    );
    expect(await target.audits.count()).toBe(0);
  });
});

describe('the sample audit on first start', () => {
  it('is loaded once, through the audit-file import, and not again after it is deleted', async () => {
    const source = freshDb();
    const made = await auditWithOneOfEach(source);
    const text = serializeAuditFile(await readAuditBundle(source, made.audit.id), 'test', TEST_NOW);
    const db = freshDb();
    const first = await ensureSampleAudit(db, async () => text);
    expect(first?.name).toBe('Audit 2026');
    expect(await db.promises.count()).toBe(1);
    await db.audits.clear();
    expect(await ensureSampleAudit(db, async () => text)).toBeNull();
    expect(await db.audits.count()).toBe(0);
  });

  it('refuses a damaged sample file instead of loading half of it', async () => {
    const db = freshDb();
    await expect(
      ensureSampleAudit(db, async () => '{"format":"touchstone-audit","version":1}'),
    ).rejects.toThrow(/Audit file: exportedAt is missing/);
    expect(await db.audits.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });
});
