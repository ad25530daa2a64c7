import type { BrandPromise, ScoringSettings, Touchpoint } from '../domain';
import type { LeftOutCounts } from './counting';
import type { ScoringObservation } from './evidence-store';

/** What scoring reads of an audit: its settings and records (an AuditBundle will do). */
export interface ScoringInput {
  audit: { scoring: ScoringSettings };
  touchpoints: readonly Pick<Touchpoint, 'id' | 'stageId' | 'channelId'>[];
  promises: readonly Pick<
    BrandPromise,
    'id' | 'touchpointId' | 'importance' | 'belief' | 'target'
  >[];
  observations: readonly ScoringObservation[];
}

/** How much evidence stands behind a score: one visit is never shown as a fact. */
export const EVIDENCE_STRENGTHS = ['none', 'thin', 'adequate', 'strong'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

/** A weighted mean of evidence on the 0–100 scale, with how many observations made it. */
export interface EvidenceMean {
  /** 0–100, or null when there is no such evidence. */
  alignment: number | null;
  /** Observations that counted (scored, with a weight above 0). */
  count: number;
}

/** How well reality keeps one promise, and how far the team's belief is from it. */
export interface PromiseScore extends EvidenceMean {
  promiseId: string;
  /** Observations of the promise left out of its score, by reason (counting.ts). */
  leftOut: LeftOutCounts;
  strength: EvidenceStrength;
  /** Survey, interview, review and complaint evidence only. */
  customerVoice: EvidenceMean;
  /** Field check, mystery shop and usage-data evidence only. */
  operational: EvidenceMean;
  /** The team's belief on the 0–100 scale (rubric × 25), or null when not given. */
  belief: number | null;
  /** belief − alignment: positive when the team thinks better of the promise than the evidence. */
  gap: number | null;
  /** importance × (100 − alignment): the plan's default order; null when not yet observed. */
  severity: number | null;
  importance: number;
  /** The latest day of the evidence that counted (YYYY-MM-DD). */
  lastDate: string | null;
}

/** Scores of a set of promises combined: a touchpoint, a stage, a channel or the audit. */
export interface GroupScore {
  /** Importance-weighted mean alignment of the promises that have evidence; null if none has. */
  score: number | null;
  /** Promises in the group. */
  promises: number;
  /** Promises with evidence. */
  observed: number;
  /** observed ÷ promises (0–1); 0 for an empty group. The information gaps are 1 − coverage. */
  coverage: number;
  /** Observations that counted, over all its promises. */
  evidence: number;
  /** Importance-weighted mean of customer-voice alignment over promises that have such evidence. */
  customerVoice: number | null;
  /** Importance-weighted mean of operational alignment over promises that have such evidence. */
  operational: number | null;
  /** Importance-weighted mean belief over the promises that have both a belief and evidence. */
  belief: number | null;
  /**
   * belief − the importance-weighted mean alignment of those same promises: like is compared
   * with like, so a promise nobody has observed does not widen the gap.
   */
  gap: number | null;
}

/** "The team believes N% of promises are kept; the evidence shows M%." */
export interface PerceptionHeadline {
  /** Promises with both a belief and evidence: the base of both shares. */
  base: number;
  /** Share (0–100) of them the team believes kept (belief at "kept" or above). */
  believedKept: number | null;
  /** Share (0–100) of them whose evidence shows kept (alignment at 75 or above). */
  evidenceKept: number | null;
}

/** Scores of one wave (audit round), from its own evidence only. */
export interface WaveScore {
  wave: number;
  audit: GroupScore;
  stages: Map<string, GroupScore>;
  touchpoints: Map<string, GroupScore>;
  channels: Map<string, GroupScore>;
  promises: Map<string, EvidenceMean>;
}

/** Everything the scoring method says about one audit. */
export interface AuditScores {
  /** The latest day of evidence in the audit; recency is counted back from it. */
  asOf: string | null;
  promises: Map<string, PromiseScore>;
  touchpoints: Map<string, GroupScore>;
  stages: Map<string, GroupScore>;
  channels: Map<string, GroupScore>;
  /** Stage × channel cells, keyed `${stageId}|${channelId}`. */
  cells: Map<string, GroupScore>;
  audit: GroupScore;
  /** The audit's observations left out of every score, by reason; `audit.evidence` counts the rest. */
  leftOut: LeftOutCounts;
  headline: PerceptionHeadline;
  /** One entry per wave that has evidence, in wave order. */
  waves: WaveScore[];
}
