import { TEST_NOW } from '../support/clock';
import fc from 'fast-check';
import type { DBCore, Middleware } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain';
import { planSurveyImport } from '../../shared/fieldwork/survey-import';
import { parseFieldResults } from '../../shared/fieldwork/pack-file';
import { decodeCsv, detectDelimiter, parseCsv } from '../../shared/formats/csv';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import { autoMapColumns } from '../../shared/register/csv-fields';
import { planRegisterImport } from '../../shared/register/csv-import';
import { readAuditBundle } from '../../renderer/src/db/commands/audits';
import { importFieldResults } from '../../renderer/src/db/commands/field-packs';
import { takeInTouchstoneFile } from '../../renderer/src/db/file-import';
import { auditTables, createRecord } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { applyImportPlan } from '../../renderer/src/db/commands/register';
import { hostileFile, prototypesPolluted, type HostileFile } from '../support/hostile';
import { hostileCsv, wellFormedRegisterCsv } from '../support/hostile-csv';
import { reseal, validFieldPack, validFieldResults } from '../support/valid-files';
import { auditWithOneOfEach, freshDb } from './helpers';

/**
 * Every importer fuzzed at the store, with fake-indexeddb: a hostile file is taken in whole
 * or refused with a clear error, and a refused file leaves every table exactly as it was
 * (all tables are read before and after). Then each importer is interrupted at a random
 * write — a crash, a full disk — and nothing of it may remain.
 */

/** Every table of the store, every record, in key order. */
async function snapshot(db: TouchstoneDb) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

/** Runs an import; on refusal checks it was a ValidationError and that nothing changed. */
async function refusedCleanly(
  db: TouchstoneDb,
  where: string,
  run: () => Promise<unknown>,
): Promise<boolean> {
  const before = await snapshot(db);
  try {
    await run();
    return false;
  } catch (error) {
    expect(error, `${where}: ${String(error)}`).toBeInstanceOf(ValidationError);
    expect((error as Error).message.length, where).toBeGreaterThan(10);
    expect(await snapshot(db), where).toEqual(before);
    return true;
  } finally {
    expect(prototypesPolluted(), where).toBe(false);
  }
}

const show = (file: HostileFile) => `${file.kind}: ${file.how}`;

let db: TouchstoneDb;
let hubAuditId: string;
let auditText: string;
let packText: string;
let resultsText: string;
let promiseIds: string[];

beforeAll(async () => {
  db = freshDb();
  const made = await auditWithOneOfEach(db);
  hubAuditId = made.audit.id;
  const bundle = await readAuditBundle(db, hubAuditId);
  auditText = serializeAuditFile(bundle, 'test', TEST_NOW);
  packText = validFieldPack(bundle);
  resultsText = validFieldResults(bundle);
  promiseIds = bundle.promises.map((p) => p.id);
});
afterAll(() => db.close());

describe('hostile files at the store', () => {
  it('audit files: imported whole or refused, the store untouched (150 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile(auditText), async (file) => {
        const refused = await refusedCleanly(db, show(file), () =>
          takeInTouchstoneFile(db, file.bytes),
        );
        const mustRefuse = ['truncated', 'deep-nesting', 'garbage', 'wrong-encoding'];
        if ([...mustRefuse, 'bad-base64', 'not-an-image'].includes(file.kind))
          expect(refused, show(file)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('field packs, re-signed: opened whole or refused, the store untouched (150 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile(packText, reseal), async (file) => {
        await refusedCleanly(db, show(file), () => takeInTouchstoneFile(db, file.bytes));
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('field results, re-signed: merged whole or refused, the store untouched (150 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile(resultsText, reseal), async (file) => {
        const refused = await refusedCleanly(db, show(file), async () => {
          const taken = await takeInTouchstoneFile(db, file.bytes);
          if (taken.kind === 'field-results') await importFieldResults(db, taken.results);
        });
        if (file.kind === 'bad-base64' || file.kind === 'not-an-image')
          expect(refused, show(file)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('register CSV files: applied whole or refused by line, the store untouched (150 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileCsv, wellFormedRegisterCsv), async (file) => {
        const before = await snapshot(db);
        const { text } = decodeCsv(file.bytes);
        const table = parseCsv(text, detectDelimiter(text));
        const existing = {
          stages: await db.stages.where('auditId').equals(hubAuditId).toArray(),
          channels: await db.channels.where('auditId').equals(hubAuditId).toArray(),
          touchpoints: await db.touchpoints.where('auditId').equals(hubAuditId).toArray(),
          promises: await db.promises.where('auditId').equals(hubAuditId).toArray(),
        };
        const plan = planRegisterImport(
          'promises',
          existing,
          table,
          autoMapColumns('promises', table.header),
        );
        if (!plan.ok) {
          expect(await snapshot(db)).toEqual(before);
          return;
        }
        // As the dialog applies it: one transaction, as one undoable step.
        await db.transaction('rw', auditTables(db), () =>
          applyImportPlan(db, hubAuditId, plan.plan),
        );
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('survey CSV files: applied whole or refused by line, the store untouched (150 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCsv, async (file) => {
        const before = await snapshot(db);
        const { text } = decodeCsv(file.bytes);
        const table = parseCsv(text, detectDelimiter(text));
        const plan = planSurveyImport(table, {
          questions: table.header.map((_, column) => ({
            column,
            promiseId: promiseIds[column % promiseIds.length]!,
            scale: (['nps', 'csat', 'rubric'] as const)[column % 3]!,
          })),
          dateColumn: -1,
          commentColumn: -1,
          respondentColumn: -1,
          defaultDate: '2026-03-01',
          wave: 1,
        });
        if (!plan.ok) {
          expect(await snapshot(db)).toEqual(before);
          return;
        }
        await db.transaction('rw', auditTables(db), async () => {
          for (const o of plan.observations)
            await createRecord(db, 'observations', {
              ...o,
              auditId: hubAuditId,
              visitId: null,
              photoIds: [],
            });
        });
      }),
      { numRuns: 150 },
    );
  }, 180_000);
});

/** A store whose n-th write fails, as a crash or a full disk would make it. */
function failingStore(): { db: TouchstoneDb; failAt: (n: number, name?: string) => void } {
  let budget = Infinity;
  let errorName = 'UnknownError';
  const store = freshDb();
  const breaker: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'Breaker',
    level: -20,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            --budget === 0
              ? Promise.reject(new DOMException('The write failed', errorName))
              : table.mutate(req),
        };
      },
    }),
  };
  store.use(breaker);
  return {
    db: store,
    failAt: (n, name = 'UnknownError') => {
      budget = n;
      errorName = name;
    },
  };
}

/** Counts the writes an import makes when nothing fails. */
async function writesOf(
  run: (db: TouchstoneDb) => Promise<unknown>,
  prepare: (db: TouchstoneDb) => Promise<void>,
) {
  let writes = 0;
  const store = freshDb();
  store.use({
    stack: 'dbcore',
    level: -20,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (req) => (writes++, table.mutate(req)) };
      },
    }),
  });
  await prepare(store);
  writes = 0;
  await run(store);
  store.close();
  return writes;
}

describe('an import interrupted at any write leaves nothing half-applied', () => {
  const importers: [string, (db: TouchstoneDb) => Promise<unknown>][] = [
    ['audit file', (d) => takeInTouchstoneFile(d, new TextEncoder().encode(auditText))],
    ['field pack', (d) => takeInTouchstoneFile(d, new TextEncoder().encode(packText))],
    [
      'field results',
      async (d) =>
        importFieldResults(
          d,
          parseFieldResults(
            validFieldResults(await readAuditBundle(d, (await d.audits.toArray())[0]!.id)),
          ),
        ),
    ],
  ];

  for (const [name, run] of importers) {
    it(`${name}: failing at each possible write changes nothing (every write, up to 30 cases)`, async () => {
      const prepare = async (d: TouchstoneDb) => {
        await auditWithOneOfEach(d);
      };
      const total = await writesOf(run, prepare);
      expect(total, 'writes the import makes').toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: total }),
          fc.constantFrom('UnknownError', 'QuotaExceededError', 'AbortError'),
          async (n, errorName) => {
            const { db: store, failAt } = failingStore();
            await prepare(store);
            const before = await snapshot(store);
            failAt(n, errorName);
            await expect(run(store)).rejects.toThrow();
            failAt(Infinity);
            expect(await snapshot(store), `failed at write ${n} of ${total}`).toEqual(before);
            store.close();
          },
        ),
        { numRuns: Math.min(30, total * 3) },
      );
    }, 120_000);
  }
});
