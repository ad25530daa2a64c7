import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BrandPromiseSchema,
  ChannelSchema,
  JourneyStageSchema,
  ObservationSchema,
  TouchpointSchema,
} from '../../shared/domain';
import { planSurveyImport } from '../../shared/fieldwork/survey-import';
import { SURVEY_SCALES } from '../../shared/fieldwork/survey-scale';
import { decodeCsv, detectDelimiter, parseCsv } from '../../shared/formats/csv';
import { autoMapColumns, CSV_KINDS } from '../../shared/register/csv-fields';
import { planRegisterImport, type ImportResult } from '../../shared/register/csv-import';
import { hostileCsv, wellFormedRegisterCsv } from '../support/hostile-csv';
import { prototypesPolluted } from '../support/hostile';

/**
 * The CSV importers fuzzed with hostile files (support/hostile-csv.ts): a register CSV
 * (touchpoints or promises) and a survey CSV either plan records that the store's own
 * schemas accept, or refuse with problems that each name a line and say what is wrong —
 * never throwing. Applying what they plan is fuzzed at the store in test/dom/fuzz-importers.
 */

const ids = { auditId: crypto.randomUUID(), at: '2026-03-01T10:00:00.000Z' };
const record = <T extends object>(fields: T) => ({
  id: crypto.randomUUID(),
  auditId: ids.auditId,
  createdAt: ids.at,
  updatedAt: ids.at,
  version: 1,
  ...fields,
});

function read(bytes: Uint8Array) {
  const { text } = decodeCsv(bytes);
  return parseCsv(text, detectDelimiter(text));
}

function checkProblems(result: { ok: false; problems: { line: number; message: string }[] }) {
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(p.message.trim().length).toBeGreaterThan(0);
  }
}

/** Every record a register plan would write passes the store's schema. */
function checkPlan(result: ImportResult & { ok: true }) {
  const { plan } = result;
  for (const name of plan.stages)
    expect(
      JourneyStageSchema.safeParse(record({ name, description: '', order: 0 })).error,
    ).toBeUndefined();
  for (const name of plan.channels)
    expect(
      ChannelSchema.safeParse(record({ name, description: '', order: 0 })).error,
    ).toBeUndefined();
  const some = crypto.randomUUID();
  for (const t of plan.touchpoints)
    expect(
      TouchpointSchema.safeParse(
        record({
          stageId: some,
          channelId: some,
          name: t.name,
          department: t.department,
          description: t.description,
        }),
      ).error,
    ).toBeUndefined();
  for (const { touchpoint: _t, ...p } of plan.promises)
    expect(
      BrandPromiseSchema.safeParse(record({ ...p, touchpointId: some })).error,
    ).toBeUndefined();
}

describe('hostile register CSV files', () => {
  it('plan records the store accepts, or name each bad line (500 cases per kind)', () => {
    for (const kind of CSV_KINDS) {
      let planned = 0;
      fc.assert(
        fc.property(fc.oneof(hostileCsv, wellFormedRegisterCsv), (file) => {
          const table = read(file.bytes);
          const result = planRegisterImport(
            kind,
            { stages: [], channels: [], touchpoints: [], promises: [] },
            table,
            autoMapColumns(kind, table.header),
          );
          if (result.ok) {
            checkPlan(result);
            planned++;
          } else checkProblems(result);
          expect(prototypesPolluted()).toBe(false);
        }),
        { numRuns: 500 },
      );
      // The fuzz reaches the planning of records, not only the refusal of headers.
      expect(planned, kind).toBeGreaterThan(5);
    }
  }, 120_000);
});

describe('hostile survey CSV files', () => {
  it('plan observations the store accepts, or name each bad line (500 cases)', () => {
    let planned = 0;
    fc.assert(
      fc.property(
        hostileCsv,
        fc.array(fc.constantFrom(...SURVEY_SCALES), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: -1, max: 11 }),
        fc.integer({ min: -1, max: 11 }),
        (file, scales, dateColumn, commentColumn) => {
          const table = read(file.bytes);
          const columns = table.header
            .map((_, i) => i)
            .filter((i) => i !== dateColumn && i !== commentColumn);
          const result = planSurveyImport(table, {
            questions: columns.map((column) => ({
              column,
              promiseId: crypto.randomUUID(),
              scale: scales[column % 12]!,
            })),
            dateColumn: dateColumn < table.header.length ? dateColumn : -1,
            commentColumn: commentColumn < table.header.length ? commentColumn : -1,
            respondentColumn: -1,
            defaultDate: '2026-03-01',
            wave: 1,
          });
          if (!result.ok) return checkProblems(result);
          planned++;
          for (const o of result.observations)
            expect(
              ObservationSchema.safeParse(record({ ...o, visitId: null, photoIds: [] })).error,
            ).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
    expect(planned).toBeGreaterThan(5);
  }, 120_000);
});
