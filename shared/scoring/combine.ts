import type { EvidenceMean, GroupScore } from './types';

/** What combining needs of each promise: its weight, belief and evidence means. */
export interface Combinable {
  importance: number;
  /** 0–100, or null. */
  belief: number | null;
  overall: EvidenceMean;
  customerVoice: EvidenceMean;
  operational: EvidenceMean;
}

/**
 * Combines promises into one group score: importance-weighted means over the promises that
 * have evidence, with coverage counting those that have none (the information gaps).
 */
export function combine(members: readonly Combinable[]): GroupScore {
  let observed = 0;
  let evidence = 0;
  let weight = 0;
  let sum = 0;
  let cvWeight = 0;
  let cvSum = 0;
  let opWeight = 0;
  let opSum = 0;
  let pairWeight = 0;
  let beliefSum = 0;
  let pairAlignmentSum = 0;
  for (const m of members) {
    const a = m.overall.alignment;
    if (a === null) continue;
    observed++;
    evidence += m.overall.count;
    weight += m.importance;
    sum += m.importance * a;
    if (m.customerVoice.alignment !== null) {
      cvWeight += m.importance;
      cvSum += m.importance * m.customerVoice.alignment;
    }
    if (m.operational.alignment !== null) {
      opWeight += m.importance;
      opSum += m.importance * m.operational.alignment;
    }
    if (m.belief !== null) {
      pairWeight += m.importance;
      beliefSum += m.importance * m.belief;
      pairAlignmentSum += m.importance * a;
    }
  }
  const belief = pairWeight > 0 ? beliefSum / pairWeight : null;
  return {
    score: weight > 0 ? sum / weight : null,
    promises: members.length,
    observed,
    coverage: members.length > 0 ? observed / members.length : 0,
    evidence,
    customerVoice: cvWeight > 0 ? cvSum / cvWeight : null,
    operational: opWeight > 0 ? opSum / opWeight : null,
    belief,
    gap: belief === null ? null : belief - pairAlignmentSum / pairWeight,
  };
}
