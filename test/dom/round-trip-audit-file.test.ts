import { TEST_NOW } from '../support/clock';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditSchema, checkBundleIntegrity, ENTITIES, CHILD_ENTITIES } from '../../shared/domain';
import {
  AUDIT_FILE_UPGRADES,
  AUDIT_FILE_VERSION,
  parseAuditFile,
  serializeAuditFile,
} from '../../shared/formats/audit-file';
import { importAuditBundle, readAuditBundle } from '../../renderer/src/db/commands/audits';
import { takeInTouchstoneFile } from '../../renderer/src/db/file-import';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { arbitraryAudit, canonical } from '../support/arbitrary-audit';
import { freshDb } from './helpers';
import { pngPixel } from '../support/photo-bytes';

const opened: TouchstoneDb[] = [];
const db = () => {
  const made = freshDb();
  opened.push(made);
  return made;
};
afterEach(() => opened.splice(0).forEach((d) => d.close()));

/** The file a person saves: the text, as the bytes written to disk. */
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('audit files round-trip exactly', () => {
  it('the generator makes audits every schema accepts (100 cases)', () => {
    fc.assert(
      fc.property(arbitraryAudit(), (bundle) => {
        expect(AuditSchema.safeParse(bundle.audit).error).toBeUndefined();
        for (const name of CHILD_ENTITIES)
          for (const record of bundle[name])
            expect(ENTITIES[name].schema.safeParse(record).error).toBeUndefined();
        expect(checkBundleIntegrity(bundle)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('write then read gives back the same bundle, photo bytes included (300 cases)', () => {
    fc.assert(
      fc.property(arbitraryAudit(), (bundle) => {
        const text = serializeAuditFile(bundle, 'Touchstone test', TEST_NOW);
        const back = parseAuditFile(
          new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(text)),
        );
        expect(canonical(back)).toEqual(canonical(bundle));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('export from one store and import into another gives the same records (40 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryAudit(3), async (bundle) => {
        const source = db();
        await importAuditBundle(source, bundle);
        const exported = await readAuditBundle(source, bundle.audit.id);
        expect(canonical(exported)).toEqual(canonical(bundle));

        // The same path the Import button takes: bytes in, whole audit out.
        const target = db();
        const taken = await takeInTouchstoneFile(
          target,
          bytesOf(serializeAuditFile(exported, 'Touchstone test', TEST_NOW)),
        );
        expect(taken.kind).toBe('audit');
        if (taken.kind !== 'audit') return;
        expect(taken.result.copied).toBe(false);
        expect(canonical(await readAuditBundle(target, taken.result.audit.id))).toEqual(
          canonical(bundle),
        );
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('an import of an audit already here comes in as a copy with every reference rewired (25 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryAudit(3), async (bundle) => {
        const store = db();
        await importAuditBundle(store, bundle);
        const text = serializeAuditFile(
          await readAuditBundle(store, bundle.audit.id),
          'test',
          TEST_NOW,
        );
        const taken = await takeInTouchstoneFile(store, bytesOf(text));
        if (taken.kind !== 'audit') throw new Error('not an audit');
        expect(taken.result.copied).toBe(true);
        const copy = await readAuditBundle(store, taken.result.audit.id);
        expect(checkBundleIntegrity(copy)).toEqual([]);
        for (const name of CHILD_ENTITIES) expect(copy[name]).toHaveLength(bundle[name].length);
        // The original is untouched.
        expect(canonical(await readAuditBundle(store, bundle.audit.id))).toEqual(canonical(bundle));
        store.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('audit files of older format versions', () => {
  // Written by the first release (format version 1) and never regenerated: whatever the
  // format becomes, this file must still import, upgraded step by step. (Its photo's bytes were
  // replaced once by a real PNG, when a photo's bytes had to be an image of its type: they
  // were six bytes that were never an image. The format itself did not change.)
  const fixture = readFileSync(
    path.join(import.meta.dirname, '../fixtures/audit-file-v1.touchstone'),
  );

  it('have an upgrade step for every version before the current one', () => {
    for (let version = 1; version < AUDIT_FILE_VERSION; version++)
      expect(AUDIT_FILE_UPGRADES[version], `upgrade from ${version}`).toBeTypeOf('function');
    expect(JSON.parse(fixture.toString('utf8'))).toMatchObject({ version: 1 });
  });

  it('import whole: the version 1 fixture comes in with every record and its photo bytes', async () => {
    const store = db();
    const taken = await takeInTouchstoneFile(store, new Uint8Array(fixture));
    if (taken.kind !== 'audit') throw new Error('not an audit');
    const bundle = await readAuditBundle(store, taken.result.audit.id);
    expect(bundle.audit).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Audit',
      language: 'pl',
    });
    for (const name of CHILD_ENTITIES)
      expect(bundle[name], name).toHaveLength(name.startsWith('survey') ? 0 : 1);
    expect(bundle.promises[0]!.statement).toBe('No queue over 5 minutes & "always" <smiling>');
    expect(bundle.observations[0]!.verbatim).toBe('Kolejka była długa 😀');
    expect([...bundle.photos[0]!.data]).toEqual([...pngPixel()]);
  });
});

describe('audit files of format 2', () => {
  // Written by the build that wrote format 2, never regenerated.
  const fixture = readFileSync(
    path.join(import.meta.dirname, '../fixtures/audit-file-v2.touchstone'),
  );

  it('import with each source a kind and no words, no customer wording, no surveys', async () => {
    expect(JSON.parse(fixture.toString('utf8'))).toMatchObject({ version: 2 });
    const store = db();
    const taken = await takeInTouchstoneFile(store, new Uint8Array(fixture));
    if (taken.kind !== 'audit') throw new Error('not an audit');
    const bundle = await readAuditBundle(store, taken.result.audit.id);
    const byId = new Map(bundle.promises.map((p) => [p.id, p]));
    expect(byId.get('00000000-0000-4000-8000-000000002005')).toMatchObject({
      source: { kind: 'advertising', text: '' },
      customerWording: '',
    });
    expect(byId.get('00000000-0000-4000-8000-000000002006')!.source).toEqual({
      kind: 'other',
      text: '',
    });
    expect(byId.get('00000000-0000-4000-8000-000000002007')!.source).toEqual({
      kind: 'price-list',
      text: '',
    });
    expect(bundle.observations).toHaveLength(2);
    expect(bundle.observations.every((o) => o.externalKey === null)).toBe(true);
    expect(bundle.surveys).toEqual([]);
    expect(bundle.surveyImports).toEqual([]);
    // Written again, it is a file of today's format that reads back the same.
    const again = parseAuditFile(serializeAuditFile(bundle, 'Touchstone test', TEST_NOW));
    expect(canonical(again)).toEqual(canonical(bundle));
  });
});
