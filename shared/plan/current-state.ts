import type { BrandPromise, Observation, ObservationMethod, ScoringSettings } from '../domain';
import { evidenceScore } from '../fieldwork/measure';
import { evidenceStrength, type AuditScores, type EvidenceStrength } from '../scoring';

/** What an action closes: one promise, or a whole touchpoint. */
export type ActionLink =
  { promiseId: string; touchpointId: null } | { promiseId: null; touchpointId: string };

/** A customer's or an observer's words that show the gap. */
export interface KeyVerbatim {
  text: string;
  /** The rubric score (0–4) of that evidence. */
  score: number;
  date: string;
  method: ObservationMethod;
}

/** Where a promise or a touchpoint stands today, from the evidence: an action's current state. */
export interface EvidenceSummary {
  /** Alignment (promise) or score (touchpoint) on 0–100; null when not yet observed. */
  score: number | null;
  /** Observations that count. */
  count: number;
  strength: EvidenceStrength;
  customerVoice: number | null;
  operational: number | null;
  /** A touchpoint's share (0–1) of promises with evidence; 1 for an observed promise. */
  coverage: number;
  verbatims: KeyVerbatim[];
}

/** How many verbatims an action's current state quotes, and how long each may be. */
export const KEY_VERBATIMS = 3;
const VERBATIM_LENGTH = 240;

/**
 * The current state of a promise or a touchpoint, read from the audit's scores (never
 * recomputed) with its key verbatims: the scored evidence with words, worst first, then the
 * most recent.
 */
export function summarizeEvidence(
  link: ActionLink,
  scores: AuditScores,
  promises: readonly Pick<BrandPromise, 'id' | 'touchpointId' | 'target'>[],
  observations: readonly Pick<
    Observation,
    'promiseId' | 'outcome' | 'score' | 'measured' | 'verbatim' | 'date' | 'method'
  >[],
  settings: Pick<ScoringSettings, 'strengthThresholds'>,
): EvidenceSummary {
  const own = promises.filter((p) =>
    link.promiseId !== null ? p.id === link.promiseId : p.touchpointId === link.touchpointId,
  );
  const targetOf = new Map(own.map((p) => [p.id, p.target]));
  const verbatims: KeyVerbatim[] = [];
  for (const o of observations) {
    if (!targetOf.has(o.promiseId) || o.outcome !== 'scored' || !o.verbatim.trim()) continue;
    const score = evidenceScore(o, targetOf.get(o.promiseId) ?? null);
    if (score === null) continue;
    verbatims.push({ text: clip(o.verbatim.trim()), score, date: o.date, method: o.method });
  }
  verbatims.sort((a, b) => a.score - b.score || b.date.localeCompare(a.date));
  const unique = verbatims.filter((v, i) => verbatims.findIndex((w) => w.text === v.text) === i);

  if (link.promiseId !== null) {
    const s = scores.promises.get(link.promiseId);
    return {
      score: s?.alignment ?? null,
      count: s?.count ?? 0,
      strength: s?.strength ?? 'none',
      customerVoice: s?.customerVoice.alignment ?? null,
      operational: s?.operational.alignment ?? null,
      coverage: s && s.alignment !== null ? 1 : 0,
      verbatims: unique.slice(0, KEY_VERBATIMS),
    };
  }
  const g = scores.touchpoints.get(link.touchpointId);
  return {
    score: g?.score ?? null,
    count: g?.evidence ?? 0,
    strength: evidenceStrength(g?.evidence ?? 0, settings.strengthThresholds),
    customerVoice: g?.customerVoice ?? null,
    operational: g?.operational ?? null,
    coverage: g?.coverage ?? 0,
    verbatims: unique.slice(0, KEY_VERBATIMS),
  };
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= VERBATIM_LENGTH ? flat : `${flat.slice(0, VERBATIM_LENGTH - 1).trimEnd()}…`;
}
