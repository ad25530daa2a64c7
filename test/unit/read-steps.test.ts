import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemsOf, ValidationError } from '../../shared/domain';
import { AuditFileSchema, parseAuditFile } from '../../shared/formats/audit-file';
import { FieldResultsSchema } from '../../shared/fieldwork/pack-file';
import { touchstoneFileSteps } from '../../shared/formats/touchstone-file';
import { parseInSteps, runSteps, type ReadProgress } from '../../shared/formats/steps';
import { hostileFile } from '../support/hostile';
import { validAuditFile, validFieldResults } from '../support/valid-files';
import { smallBundle } from '../support/small-bundle';

/**
 * Reading in steps (shared/formats/steps.ts) gives exactly what reading at once gives — the
 * same records, or the same problems in the same order — while it reports how far it is
 * between slices of records, which is what lets the app draw progress and hear a Cancel.
 */

/** What a parse gives: its data, or the problems it refused with. */
function outcome(parse: () => unknown) {
  try {
    return { data: parse() };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { problems: error.problems, message: error.message };
  }
}

/** The JSON of a file as the readers see it, or null when it is not JSON at all. */
function json(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

describe('checking records a slice at a time', () => {
  it('gives what checking the whole file at once gives, for hostile audit files (300 cases)', () => {
    fc.assert(
      fc.property(hostileFile(validAuditFile()), fc.integer({ min: 1, max: 7 }), (file, chunk) => {
        const raw = json(file.bytes);
        const whole = AuditFileSchema.safeParse(raw);
        const sliced = outcome(() =>
          runSteps(parseInSteps(AuditFileSchema, raw, 'auditFile', { chunk })),
        );
        if (whole.success) expect(sliced, file.how).toEqual({ data: whole.data });
        else expect(sliced.problems, file.how).toEqual(problemsOf(whole.error, raw));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('says the first twenty problems of many, in order, however they fall across slices', () => {
    const bundle = smallBundle();
    const file = JSON.parse(validAuditFile(bundle)) as Record<string, unknown[]>;
    const observations = Array.from({ length: 40 }, (_, i) => ({
      ...(file.observations![0] as object),
      id: `not-an-id-${i}`,
      score: i % 2 === 0 ? 9 : 'x',
    }));
    const raw = { ...file, observations, generator: 7 };
    const whole = AuditFileSchema.safeParse(raw);
    expect(whole.success).toBe(false);
    const expected = problemsOf(whole.error!, raw);
    expect(expected).toHaveLength(20);
    for (const chunk of [1, 3, 16, 4000])
      expect(
        outcome(() => runSteps(parseInSteps(AuditFileSchema, raw, 'auditFile', { chunk })))
          .problems,
        `slices of ${chunk}`,
      ).toEqual(expected);
  });

  it('reads results files the same way', () => {
    const text = validFieldResults(smallBundle());
    const raw = JSON.parse(text) as unknown;
    expect(runSteps(parseInSteps(FieldResultsSchema, raw, 'fieldResults', { chunk: 1 }))).toEqual(
      FieldResultsSchema.parse(raw),
    );
  });
});

describe('the progress of a read', () => {
  it('says it reads, then counts every record checked up to all of them', () => {
    const bundle = smallBundle();
    const text = validAuditFile(bundle);
    const seen: ReadProgress[] = [];
    const steps = touchstoneFileSteps(new TextEncoder().encode(text));
    let next = steps.next();
    while (!next.done) {
      seen.push(next.value);
      next = steps.next();
    }
    expect(next.value).toEqual({ kind: 'audit', bundle: parseAuditFile(text) });
    expect(seen[0]).toEqual({ step: 'read' });
    const checks = seen.filter((p) => p.step === 'check');
    const records =
      bundle.stages.length +
      bundle.channels.length +
      bundle.touchpoints.length +
      bundle.promises.length +
      bundle.observations.length +
      bundle.visits.length +
      bundle.actions.length +
      bundle.photos.length;
    expect(checks[0]).toEqual({ step: 'check', done: 0, total: records });
    expect(checks.at(-1)).toEqual({ step: 'check', done: records, total: records });
    const counts = checks.map((p) => p.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});
