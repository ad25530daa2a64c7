import {
  OBSERVATION_METHODS,
  OBSERVATION_OUTCOMES,
  type BrandPromise,
  type Observation,
  type ScoringSettings,
  type Touchpoint,
} from '../../../../shared/domain';
import type { ErrorData } from '../../../../shared/domain/error-data';
import { METHOD_INDEX, type AuditScores, type ScoringInput } from '../../../../shared/scoring';

/** What scoring reads of a touchpoint. */
export type ScoredTouchpoint = ScoringInput['touchpoints'][number];
/** What scoring reads of a promise. */
export type ScoredPromise = ScoringInput['promises'][number];
/** What scoring reads of an observation, with its id so that later changes can replace it. */
export type ScoredObservation = ScoringInput['observations'][number] & { id: string };

/**
 * Observations as columns: one array per field. Sent to the worker this way because copying
 * a few arrays between threads costs far less than copying 200,000 small objects.
 */
export interface ObservationColumns {
  id: string[];
  promiseId: string[];
  date: string[];
  method: Uint8Array;
  outcome: Uint8Array;
  wave: Uint16Array;
  /** The rubric score, or -1 for none. */
  score: Int8Array;
  /** The measured value, or NaN for none. */
  measured: Float64Array;
}

/** One change of the scoring input, from the screen to the worker. */
export interface ScoreRequest {
  version: number;
  settings?: ScoringSettings;
  touchpoints?: ScoredTouchpoint[];
  promises?: ScoredPromise[];
  /** Every observation: replaces what the worker holds. */
  reset?: ObservationColumns;
  /** Observations added or changed since the last request. */
  upsert?: ObservationColumns;
  /** Ids of observations deleted since the last request. */
  remove?: string[];
}

/** The worker's answer: the scores of the input as of `version`, or why it could not. */
export interface ScoreReply {
  version: number;
  scores?: AuditScores;
  /** Why it could not: keys and values, so the page can say it in its own language. */
  error?: ErrorData;
}

const OUTCOME_INDEX = new Map(OBSERVATION_OUTCOMES.map((o, i) => [o, i]));

/** Packs observations into columns, keeping only what scoring reads. */
export function packObservations(list: readonly Observation[]): ObservationColumns {
  const n = list.length;
  const columns: ObservationColumns = {
    id: new Array<string>(n),
    promiseId: new Array<string>(n),
    date: new Array<string>(n),
    method: new Uint8Array(n),
    outcome: new Uint8Array(n),
    wave: new Uint16Array(n),
    score: new Int8Array(n),
    measured: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const o = list[i]!;
    columns.id[i] = o.id;
    columns.promiseId[i] = o.promiseId;
    columns.date[i] = o.date;
    columns.method[i] = METHOD_INDEX.get(o.method) ?? 0;
    columns.outcome[i] = OUTCOME_INDEX.get(o.outcome) ?? 0;
    columns.wave[i] = o.wave;
    columns.score[i] = o.score ?? -1;
    columns.measured[i] = o.measured ?? NaN;
  }
  return columns;
}

/** The observations packed by packObservations, as scoring reads them. */
export function unpackObservations(columns: ObservationColumns): ScoredObservation[] {
  const n = columns.id.length;
  const out = new Array<ScoredObservation>(n);
  for (let i = 0; i < n; i++) {
    const score = columns.score[i]!;
    const measured = columns.measured[i]!;
    out[i] = {
      id: columns.id[i]!,
      promiseId: columns.promiseId[i]!,
      date: columns.date[i]!,
      method: OBSERVATION_METHODS[columns.method[i]!]!,
      outcome: OBSERVATION_OUTCOMES[columns.outcome[i]!]!,
      wave: columns.wave[i]!,
      score: score < 0 ? null : (score as 0 | 1 | 2 | 3 | 4),
      measured: Number.isNaN(measured) ? null : measured,
    };
  }
  return out;
}

/** The buffers of packed columns, handed over to the worker rather than copied. */
export function transferables(request: ScoreRequest): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const c of [request.reset, request.upsert]) {
    if (!c) continue;
    for (const a of [c.method, c.outcome, c.wave, c.score, c.measured])
      out.push(a.buffer as ArrayBuffer);
  }
  return out;
}

/** What scoring reads of the register's touchpoints. */
export function slimTouchpoints(list: readonly Touchpoint[]): ScoredTouchpoint[] {
  return list.map(({ id, stageId, channelId }) => ({ id, stageId, channelId }));
}

/** What scoring reads of the register's promises. */
export function slimPromises(list: readonly BrandPromise[]): ScoredPromise[] {
  return list.map(({ id, touchpointId, importance, belief, target }) => ({
    id,
    touchpointId,
    importance,
    belief,
    target,
  }));
}
