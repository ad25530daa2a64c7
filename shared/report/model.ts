import type {
  Action,
  AuditBundle,
  BrandPromise,
  Channel,
  JourneyStage,
  Observation,
  ObservationMethod,
  Photo,
  Touchpoint,
} from '../domain';
import { OBSERVATION_METHODS } from '../domain';
import { orderJourney } from '../register/register-order';
import {
  leftOutReason,
  readTarget,
  scoreAudit,
  type AuditScores,
  type TargetReading,
} from '../scoring';

/** What the document reads, indexed once: the bundle in register order, and its scores. */
export interface ReportModel {
  bundle: AuditBundle;
  /** The one scoring of the audit every figure in the document comes from. */
  scores: AuditScores;
  stages: JourneyStage[];
  channels: Channel[];
  /** Touchpoints in register order: by stage, then channel, then name. */
  touchpoints: Touchpoint[];
  touchpointsByStage: Map<string, Touchpoint[]>;
  promisesByTouchpoint: Map<string, BrandPromise[]>;
  /** "P1", "P2"… in register order, so a promise is named the same way everywhere. */
  refs: Map<string, string>;
  promises: Map<string, BrandPromise>;
  touchpointById: Map<string, Touchpoint>;
  stageById: Map<string, JourneyStage>;
  channelById: Map<string, Channel>;
  /** Each touchpoint's latest verbatims and photos, newest first, as many as the findings show. */
  evidenceByTouchpoint: Map<string, TouchpointEvidence>;
  photos: Map<string, Photo>;
  /** Observations recorded per method (whatever their outcome), in the methods' order. */
  recordedByMethod: Map<ObservationMethod, number>;
  /** Observations per method that count toward the scores (counting.ts), in the methods' order. */
  countedByMethod: Map<ObservationMethod, number>;
  /** What the measurements of each promise with a target say against it (shared/scoring/targets.ts). */
  targets: Map<string, TargetReading>;
  /** Each wave's first and last day of evidence, in wave order. */
  waveDays: Map<number, { first: string; last: string; recorded: number }>;
  /** Actions in the plan's order: gap severity first, then priority. */
  actions: Action[];
}

/** What the findings quote and show of a touchpoint's evidence. */
export interface TouchpointEvidence {
  verbatims: Observation[];
  photos: { observation: Observation; photo: Photo }[];
}

/** How many verbatims and photos the findings show per touchpoint. */
export const VERBATIMS_PER_TOUCHPOINT = 3;
export const PHOTOS_PER_TOUCHPOINT = 4;

/** Puts an item into a short list kept newest first and at most `k` long; ties keep the earlier. */
function keepLatest<T>(list: T[], item: T, day: (t: T) => string, k: number): void {
  const d = day(item);
  if (list.length === k && day(list[k - 1]!) >= d) return;
  let i = list.length;
  while (i > 0 && day(list[i - 1]!) < d) i--;
  list.splice(i, 0, item);
  if (list.length > k) list.pop();
}

const PRIORITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/**
 * Indexes an audit for the document and scores it with shared/scoring, once. One pass over the
 * evidence keeps only what the document shows of it: linear in the records, bar sorting the
 * register.
 */
export function buildReportModel(bundle: AuditBundle, options: { photos: boolean }): ReportModel {
  const scores = scoreAudit(bundle);
  const { stages, channels, touchpoints } = orderJourney(bundle);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const touchpointById = new Map(touchpoints.map((t) => [t.id, t]));
  const touchpointsByStage = new Map<string, Touchpoint[]>(stages.map((s) => [s.id, []]));
  for (const t of touchpoints) touchpointsByStage.get(t.stageId)?.push(t);

  const promisesByTouchpoint = new Map<string, BrandPromise[]>(touchpoints.map((t) => [t.id, []]));
  for (const p of bundle.promises) promisesByTouchpoint.get(p.touchpointId)?.push(p);
  const refs = new Map<string, string>();
  for (const t of touchpoints) {
    for (const p of promisesByTouchpoint.get(t.id) ?? []) refs.set(p.id, `P${refs.size + 1}`);
  }
  const promises = new Map(bundle.promises.map((p) => [p.id, p]));

  const photos = new Map(bundle.photos.map((p) => [p.id, p]));
  const evidenceByTouchpoint = new Map<string, TouchpointEvidence>(
    touchpoints.map((t) => [t.id, { verbatims: [], photos: [] }]),
  );
  const recordedByMethod = new Map<ObservationMethod, number>(
    OBSERVATION_METHODS.map((m) => [m, 0]),
  );
  const countedByMethod = new Map<ObservationMethod, number>(
    OBSERVATION_METHODS.map((m) => [m, 0]),
  );
  const settings = bundle.audit.scoring;
  const measuredByPromise = new Map<string, Observation[]>(
    bundle.promises.flatMap((p) => (p.target ? [[p.id, []]] : [])),
  );
  const waveDays = new Map<number, { first: string; last: string; recorded: number }>();
  const observationDay = (o: Observation) => o.date;
  const photoDay = (p: { observation: Observation }) => p.observation.date;
  for (const o of bundle.observations) {
    // Most observations have neither verbatim nor photo to show: their promise is not looked up.
    const verbatim = o.verbatim.trim() !== '';
    const promise =
      verbatim || (options.photos && o.photoIds.length > 0) ? promises.get(o.promiseId) : undefined;
    const evidence = promise && evidenceByTouchpoint.get(promise.touchpointId);
    if (evidence) {
      if (verbatim) {
        keepLatest(evidence.verbatims, o, observationDay, VERBATIMS_PER_TOUCHPOINT);
      }
      if (options.photos) {
        for (const id of o.photoIds) {
          const photo = photos.get(id);
          if (!photo || evidence.photos.some((p) => p.photo.id === id)) continue;
          keepLatest(evidence.photos, { observation: o, photo }, photoDay, PHOTOS_PER_TOUCHPOINT);
        }
      }
    }
    if (o.measured !== null) measuredByPromise.get(o.promiseId)?.push(o);
    recordedByMethod.set(o.method, (recordedByMethod.get(o.method) ?? 0) + 1);
    // Only a measured value is scored against its promise's target: the rest need no look-up.
    const target = o.score === null ? (promises.get(o.promiseId)?.target ?? null) : null;
    if (leftOutReason(o, settings, target) === null)
      countedByMethod.set(o.method, (countedByMethod.get(o.method) ?? 0) + 1);
    const wave = waveDays.get(o.wave);
    if (!wave) waveDays.set(o.wave, { first: o.date, last: o.date, recorded: 1 });
    else {
      if (o.date < wave.first) wave.first = o.date;
      if (o.date > wave.last) wave.last = o.date;
      wave.recorded += 1;
    }
  }
  const sortedWaves = new Map([...waveDays.entries()].sort((a, b) => a[0] - b[0]));
  const targets = new Map(
    [...measuredByPromise].map(([id, measured]) => [
      id,
      readTarget(measured, promises.get(id)!.target!, settings),
    ]),
  );

  const severityOf = (a: Action): number => {
    if (a.promiseId) return scores.promises.get(a.promiseId)?.severity ?? -1;
    // A touchpoint's action ranks with the most severe gap among its promises.
    let worst = -1;
    for (const p of promisesByTouchpoint.get(a.touchpointId ?? '') ?? []) {
      worst = Math.max(worst, scores.promises.get(p.id)?.severity ?? -1);
    }
    return worst;
  };
  const severity = new Map(bundle.actions.map((a) => [a.id, severityOf(a)]));
  const actions = [...bundle.actions].sort(
    (a, b) =>
      severity.get(b.id)! - severity.get(a.id)! ||
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      a.title.localeCompare(b.title),
  );

  return {
    bundle,
    scores,
    stages,
    channels,
    touchpoints,
    touchpointsByStage,
    promisesByTouchpoint,
    refs,
    promises,
    touchpointById,
    stageById,
    channelById,
    evidenceByTouchpoint,
    photos,
    recordedByMethod,
    countedByMethod,
    targets,
    waveDays: sortedWaves,
    actions,
  };
}
