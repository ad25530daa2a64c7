import { describe, expect, it } from 'vitest';
import {
  AuditSchema,
  bundleCounts,
  checkBundleIntegrity,
  CHILD_ENTITIES,
  ENTITIES,
  OBSERVATION_METHODS,
  type AuditBundle,
  type ChildEntityName,
} from '../../shared/domain';
import { generateAudit } from '../../scripts/synthetic/generate';

/** Problems the domain's schemas find in the given records, by collection and index. */
function schemaProblems(bundle: AuditBundle, pick: (n: number) => number[]): string[] {
  const problems: string[] = [];
  const audit = AuditSchema.safeParse(bundle.audit);
  if (!audit.success) problems.push(`audit: ${audit.error.message}`);
  for (const name of CHILD_ENTITIES) {
    const schema = ENTITIES[name].schema;
    for (const i of pick(bundle[name].length)) {
      const result = schema.safeParse(bundle[name][i]);
      if (!result.success) problems.push(`${name}[${i}]: ${result.error.message}`);
    }
  }
  return problems;
}
const every = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('synthetic audits', () => {
  const small = generateAudit('small', 7);

  it('are the same for the same seed and differ for another', () => {
    expect(generateAudit('small', 7)).toEqual(small);
    expect(generateAudit('small', 8).observations[0]).not.toEqual(small.observations[0]);
  });

  it('come at the small size fully valid and realistic', () => {
    const counts = bundleCounts(small);
    expect(counts.promises).toBe(40);
    expect(counts.observations).toBe(500);
    expect(schemaProblems(small, every)).toEqual([]);
    expect(checkBundleIntegrity(small)).toEqual([]);

    const obs = small.observations;
    expect(new Set(obs.map((o) => o.method))).toEqual(new Set(OBSERVATION_METHODS));
    expect([...new Set(obs.map((o) => o.wave))].sort()).toEqual([1, 2, 3, 4]);
    const months = new Set(obs.map((o) => o.date.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(11);
    expect(obs.some((o) => o.measured !== null)).toBe(true);
    expect(obs.some((o) => o.verbatim !== '')).toBe(true);
    expect(obs.some((o) => o.outcome === 'not-applicable')).toBe(true);
    expect(obs.some((o) => o.visitId !== null)).toBe(true);
    expect(small.promises.some((p) => p.target !== null)).toBe(true);
    expect(small.promises.some((p) => p.target === null)).toBe(true);
    expect(small.touchpoints.every((t) => t.department !== '')).toBe(true);
    expect(new Set(small.actions.map((a) => a.status)).size).toBeGreaterThanOrEqual(3);
  });

  it('come at the large size with the stated counts, valid records and sound references', () => {
    const large = generateAudit('large');
    const counts = bundleCounts(large);
    expect(counts.promises).toBe(2_000);
    expect(counts.observations).toBe(200_000);
    expect(counts.actions).toBe(500);
    expect(checkBundleIntegrity(large)).toEqual([]);
    // Every record of the small collections, and an even spread of 2,000 observations.
    const sample = (n: number) =>
      n <= 5_000 ? every(n) : Array.from({ length: 2_000 }, (_, i) => Math.floor((i * n) / 2_000));
    expect(schemaProblems(large, sample)).toEqual([]);
    expect(new Set(large.actions.map((a) => a.status)).size).toBe(5);
    expect(new Set(large.observations.map((o) => o.location)).size).toBeGreaterThan(400);
    // Generating 200,000 observations takes a few seconds; more on a busy machine.
  }, 120_000);

  it('include the shipped sample audit', () => {
    const sample = generateAudit('sample');
    expect(sample.audit.name).toBe('Brand promise audit 2026');
    expect(checkBundleIntegrity(sample)).toEqual([]);
    const counts: Record<ChildEntityName, number> = bundleCounts(sample);
    expect(counts.promises).toBeGreaterThanOrEqual(40);
  });
});
