// Synthetic audits for benchmarks and tests, seeded and deterministic: the same size and
// seed give the same audit, record for record, in Node or a browser. Pure TypeScript, no
// Node APIs, so the benchmark, the tests and a command line can all import it.
import { DEFAULT_SCORING_SETTINGS, type AuditBundle } from '../../shared/domain';
import { buildSampleAudit, SAMPLE_SEED } from '../sample-audit/build';
import { buildEvidence, type EvidenceSpec } from './evidence';
import { buildActions } from './plan';
import { Random } from './random';
import { buildRegister, type RecordMaker } from './register';
import { BRAND } from './vocabulary';

export type SyntheticSize = 'small' | 'large' | 'sample';

/** How big each synthetic audit is. */
export interface SizeSpec extends EvidenceSpec {
  touchpoints: number;
  promises: number;
  actions: number;
}

/** The generated sizes (the sample audit is the one the app ships, built by its own script). */
export const SIZES: Record<Exclude<SyntheticSize, 'sample'>, SizeSpec> = {
  small: {
    touchpoints: 10,
    promises: 40,
    observations: 500,
    actions: 12,
    visits: 8,
    stores: 12,
    checklist: [3, 6],
  },
  large: {
    touchpoints: 100,
    promises: 2_000,
    observations: 200_000,
    actions: 500,
    visits: 1_500,
    stores: 500,
    checklist: [8, 20],
  },
};

const TEAM = ['Eleanor Marsh', 'Tom Okafor', 'Priya Nair', 'Hannah Clarke'];
const OWNERS = [
  'Head of retail operations',
  'Head of e-commerce',
  'Customer service director',
  'Logistics manager',
  'CRM lead',
  'Finance controller',
  'Field services manager',
];

/**
 * A whole audit of the given size, valid against the domain's schemas and integrity
 * checks. 'sample' is the shipped sample audit (resources/sample-audit.json).
 */
export function generateAudit(size: SyntheticSize, seed?: number): AuditBundle {
  if (size === 'sample') return buildSampleAudit(seed ?? SAMPLE_SEED);
  const s = seed ?? 1;
  return generateAuditOf(SIZES[size], s, `Synthetic audit, ${size} (seed ${s})`);
}

/** A synthetic audit of any size (a benchmark's baseline, a test's edge case). */
export function generateAuditOf(spec: SizeSpec, seed: number, name: string): AuditBundle {
  const s = seed;
  // Ids draw from their own stream, so changing the content does not change every id.
  const ids = new Random(s ^ 0x5eed1d5);
  const random = new Random(s);
  const auditId = ids.uuid();
  const record: RecordMaker = (at) => ({
    id: ids.uuid(),
    auditId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });

  const register = buildRegister(random, record, spec.touchpoints, spec.promises);
  const { visits, observations } = buildEvidence(random, record, register.truths, TEAM, spec);
  const actions = buildActions(random, record, register.truths, OWNERS, spec.actions);
  return {
    audit: {
      id: auditId,
      version: 1,
      createdAt: '2025-12-15T09:00:00.000Z',
      updatedAt: '2026-12-31T17:00:00.000Z',
      name,
      brand: BRAND,
      scope: `Every promise ${BRAND} makes in its stores, online, in its app, on the phone, by email, on social media and through its partners, across four waves of 2026.`,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      team: [...TEAM],
      language: 'en',
      status: 'in-field',
      confidentiality: 'Synthetic data for benchmarks and tests',
      scoring: structuredClone(DEFAULT_SCORING_SETTINGS),
    },
    stages: register.stages,
    channels: register.channels,
    touchpoints: register.touchpoints,
    promises: register.promises,
    observations,
    visits,
    actions,
    photos: [],
    surveys: [],
    surveyImports: [],
  };
}
