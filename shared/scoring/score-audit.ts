import { scoreMeasured } from '../fieldwork/measure';
import {
  CUSTOMER_VOICE_METHODS,
  type BrandPromise,
  type Observation,
  type ObservationMethod,
  type ScoringSettings,
  type Touchpoint,
} from '../domain';
import { combine, type Combinable } from './combine';
import { dayNumber, evidenceStrength, KEPT_BELIEF, KEPT_POINTS, rubricToPoints } from './evidence';
import type {
  AuditScores,
  EvidenceMean,
  GroupScore,
  PerceptionHeadline,
  PromiseScore,
  WaveScore,
} from './types';

/** What scoring reads of an audit: its settings and records (an AuditBundle will do). */
export interface ScoringInput {
  audit: { scoring: ScoringSettings };
  touchpoints: readonly Pick<Touchpoint, 'id' | 'stageId' | 'channelId'>[];
  promises: readonly Pick<
    BrandPromise,
    'id' | 'touchpointId' | 'importance' | 'belief' | 'target'
  >[];
  observations: readonly Pick<
    Observation,
    'promiseId' | 'method' | 'date' | 'wave' | 'outcome' | 'score' | 'measured'
  >[];
}

const VOICE = new Set<ObservationMethod>(CUSTOMER_VOICE_METHODS);
/** Waves up to this number are looked up in an array; beyond it, in a map. */
const DIRECT_WAVES = 1001;

/** The smallest recency weight: older evidence weighs this much, so no weight reaches 0. */
const MIN_RECENCY = 1e-300;

/**
 * Running sums of each promise's evidence, on two sides: customer voice (side 0) and
 * operational (side 1). The overall sums are the two sides added, so each observation is
 * added once.
 */
class Sums {
  readonly w: Float64Array;
  readonly ws: Float64Array;
  readonly n: Int32Array;
  constructor(size: number) {
    this.w = new Float64Array(size * 2);
    this.ws = new Float64Array(size * 2);
    this.n = new Int32Array(size * 2);
  }
  add(slot: number, weight: number, points: number) {
    this.w[slot]! += weight;
    this.ws[slot]! += weight * points;
    this.n[slot]!++;
  }
  /** The mean of promise `p`'s evidence: one side, or both when `side` is omitted. */
  mean(p: number, side?: 0 | 1): EvidenceMean {
    const a = p * 2 + (side ?? 0);
    const b = side === undefined ? a + 1 : -1;
    const count = this.n[a]! + (b < 0 ? 0 : this.n[b]!);
    if (count === 0) return { alignment: null, count: 0 };
    const raw = (this.ws[a]! + (b < 0 ? 0 : this.ws[b]!)) / (this.w[a]! + (b < 0 ? 0 : this.w[b]!));
    // Rounded to 1e-9 so that sums taken in another order (74.99999999999999 against
    // 75.00000000000001) give the same number, and so the same side of "kept".
    return { alignment: Math.round(raw * 1e9) / 1e9, count };
  }
}

/**
 * Scores an audit by the method of PRODUCT.md and the README: each promise's alignment is
 * the recency- and method-weighted mean of its scored evidence on 0–100; touchpoints,
 * stages, channels and the audit are importance-weighted means over the promises that have
 * evidence, with their coverage; the perception gap is belief − evidence; every wave is
 * also scored from its own evidence alone.
 */
export function scoreAudit(input: ScoringInput): AuditScores {
  const settings = input.audit.scoring;
  const halfLife = settings.recencyHalfLifeDays;
  const promises = input.promises;
  const size = promises.length;
  const indexOf = new Map<string, number>();
  promises.forEach((p, i) => indexOf.set(p.id, i));

  // Pass 1: which observations count, with their points, day, method weight and wave.
  const total = input.observations.length;
  const slot = new Int32Array(total);
  const points = new Float64Array(total);
  const day = new Int32Array(total);
  const methodWeight = new Float64Array(total);
  const waveSlot = new Int32Array(total);
  const excluded = new Int32Array(size);
  // The latest day number of each promise's evidence; -Infinity for none.
  const lastDay = new Float64Array(size).fill(-Infinity);
  const days = new Map<string, number>();
  const waveIndex = new Map<number, number>();
  const directWave = new Int32Array(DIRECT_WAVES).fill(-1);
  const waveMax: number[] = [];
  // Per method: its weight, and its side: 0 customer voice, 1 operational.
  const methods = {} as Record<ObservationMethod, { weight: number; side: 0 | 1 }>;
  for (const [m, weight] of Object.entries(settings.methodWeights) as [ObservationMethod, number][])
    methods[m] = { weight, side: VOICE.has(m) ? 0 : 1 };
  let kept = 0;
  let maxDay = -Infinity;
  let minDay = Infinity;
  for (const o of input.observations) {
    const p = indexOf.get(o.promiseId);
    if (p === undefined) continue;
    if (o.outcome !== 'scored') {
      excluded[p]!++;
      continue;
    }
    const promise = promises[p]!;
    const rubric =
      o.score !== null
        ? o.score
        : o.measured !== null && promise.target
          ? scoreMeasured(o.measured, promise.target)
          : null;
    const method = methods[o.method];
    const mw = method.weight;
    if (rubric === null || !(mw > 0)) {
      excluded[p]!++;
      continue;
    }
    let d = days.get(o.date);
    if (d === undefined) {
      d = dayNumber(o.date);
      days.set(o.date, d);
    }
    let w = o.wave < DIRECT_WAVES ? directWave[o.wave]! : (waveIndex.get(o.wave) ?? -1);
    if (w === -1) {
      w = waveMax.length;
      waveIndex.set(o.wave, w);
      if (o.wave < DIRECT_WAVES) directWave[o.wave] = w;
      waveMax.push(d);
    } else if (d > waveMax[w]!) waveMax[w] = d;
    if (d > maxDay) maxDay = d;
    if (d < minDay) minDay = d;
    if (d > lastDay[p]!) lastDay[p] = d;
    slot[kept] = p * 2 + method.side;
    points[kept] = rubricToPoints(rubric);
    day[kept] = d;
    methodWeight[kept] = mw;
    waveSlot[kept] = w;
    kept++;
  }

  // Pass 2: weighted sums, for the audit (recency from its latest day) and for each wave
  // (recency from the wave's own latest day). Recency weights are looked up by age.
  // A table by age in days, unless the evidence spans centuries (then computed each time).
  const span = kept > 0 ? maxDay - minDay + 1 : 0;
  const recencyOf = (age: number) => Math.max(MIN_RECENCY, Math.pow(0.5, age / halfLife));
  const table = span <= 100_000 ? new Float64Array(span) : null;
  if (table) for (let age = 0; age < span; age++) table[age] = recencyOf(age);
  const weightAt = table ? (age: number) => table[age]! : recencyOf;
  const all = new Sums(size);
  const perWave = waveMax.map(() => new Sums(size));
  for (let k = 0; k < kept; k++) {
    const s = slot[k]!;
    const mw = methodWeight[k]!;
    const pts = points[k]!;
    const d = day[k]!;
    all.add(s, mw * weightAt(maxDay - d), pts);
    const ws = waveSlot[k]!;
    perWave[ws]!.add(s, mw * weightAt(waveMax[ws]! - d), pts);
  }

  const thresholds = settings.strengthThresholds;
  const promiseScores = new Map<string, PromiseScore>();
  const combinable: Combinable[] = [];
  promises.forEach((p, i) => {
    const overall = all.mean(i);
    const customerVoice = all.mean(i, 0);
    const operational = all.mean(i, 1);
    const belief = p.belief === null ? null : rubricToPoints(p.belief);
    const a = overall.alignment;
    promiseScores.set(p.id, {
      promiseId: p.id,
      alignment: a,
      count: overall.count,
      excluded: excluded[i]!,
      strength: evidenceStrength(overall.count, thresholds),
      customerVoice,
      operational,
      belief,
      gap: belief !== null && a !== null ? belief - a : null,
      severity: a === null ? null : p.importance * (100 - a),
      importance: p.importance,
      lastDate: lastDay[i]! === -Infinity ? null : isoDay(lastDay[i]!),
    });
    combinable.push({ importance: p.importance, belief, overall, customerVoice, operational });
  });

  const groups = groupMembers(input);
  const combineAll = (members: readonly Combinable[]) => ({
    touchpoints: mapGroups(groups.touchpoints, members),
    stages: mapGroups(groups.stages, members),
    channels: mapGroups(groups.channels, members),
  });
  const main = combineAll(combinable);

  const waves: WaveScore[] = [...waveIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([wave, w]) => {
      const sums = perWave[w]!;
      const members: Combinable[] = promises.map((p, i) => ({
        importance: p.importance,
        belief: combinable[i]!.belief,
        overall: sums.mean(i),
        customerVoice: sums.mean(i, 0),
        operational: sums.mean(i, 1),
      }));
      const promisesOfWave = new Map<string, EvidenceMean>();
      promises.forEach((p, i) => promisesOfWave.set(p.id, members[i]!.overall));
      return { wave, audit: combine(members), ...combineAll(members), promises: promisesOfWave };
    });

  return {
    asOf: kept > 0 ? isoDay(maxDay) : null,
    promises: promiseScores,
    ...main,
    cells: mapGroups(groups.cells, combinable),
    audit: combine(combinable),
    headline: perceptionHeadline(promiseScores.values()),
    waves,
  };
}

/** The promise indexes of each touchpoint, stage, channel and stage × channel cell. */
function groupMembers(input: ScoringInput) {
  const touchpointById = new Map(input.touchpoints.map((t) => [t.id, t]));
  const touchpoints = new Map<string, number[]>();
  const stages = new Map<string, number[]>();
  const channels = new Map<string, number[]>();
  const cells = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (const t of input.touchpoints) {
    touchpoints.set(t.id, []);
    if (!stages.has(t.stageId)) stages.set(t.stageId, []);
    if (!channels.has(t.channelId)) channels.set(t.channelId, []);
  }
  input.promises.forEach((p, i) => {
    const t = touchpointById.get(p.touchpointId);
    if (!t) return;
    push(touchpoints, t.id, i);
    push(stages, t.stageId, i);
    push(channels, t.channelId, i);
    push(cells, `${t.stageId}|${t.channelId}`, i);
  });
  return { touchpoints, stages, channels, cells };
}

function mapGroups(
  groups: Map<string, number[]>,
  members: readonly Combinable[],
): Map<string, GroupScore> {
  const out = new Map<string, GroupScore>();
  for (const [key, indexes] of groups) out.set(key, combine(indexes.map((i) => members[i]!)));
  return out;
}

/**
 * The Bain-style headline over the promises that have both a belief and evidence: the
 * share the team believes kept (belief at "kept" or above) beside the share the evidence
 * shows kept (alignment of 75 or more).
 */
export function perceptionHeadline(scores: Iterable<PromiseScore>): PerceptionHeadline {
  let base = 0;
  let believed = 0;
  let shown = 0;
  for (const s of scores) {
    if (s.belief === null || s.alignment === null) continue;
    base++;
    if (s.belief >= rubricToPoints(KEPT_BELIEF)) believed++;
    if (s.alignment >= KEPT_POINTS) shown++;
  }
  return {
    base,
    believedKept: base > 0 ? (believed / base) * 100 : null,
    evidenceKept: base > 0 ? (shown / base) * 100 : null,
  };
}

function isoDay(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
