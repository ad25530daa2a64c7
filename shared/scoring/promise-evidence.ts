import { scoreMeasured } from '../fieldwork/measure';
import {
  CUSTOMER_VOICE_METHODS,
  OBSERVATION_METHODS,
  type PromiseTarget,
  type ScoringSettings,
} from '../domain';
import { noneLeftOut, type LeftOutCounts } from './counting';
import type { EvidenceStore } from './evidence-store';
import { recencyWeight, rubricToPoints } from './evidence';
import type { EvidenceMean } from './types';

/**
 * Weighted sums of evidence on two sides: [weight, weight × points, count] for customer
 * voice, then the same for operational. The overall sums are the two sides added.
 */
export type SideSums = [number, number, number, number, number, number];

/** One promise's evidence, summed: overall, per wave, and what was left out. */
export interface PromiseEvidence {
  overall: SideSums;
  waves: Map<number, SideSums>;
  /** Observations left out, by reason (counting.ts). */
  leftOut: LeftOutCounts;
  /** The day number of the latest evidence that counts; -Infinity for none. */
  lastDay: number;
}

/** The evidence of a promise that has none. */
export const NO_EVIDENCE: PromiseEvidence = {
  overall: [0, 0, 0, 0, 0, 0],
  waves: new Map(),
  leftOut: noneLeftOut(),
  lastDay: -Infinity,
};

/** The smallest recency weight: evidence older than about 1,000 half-lives weighs this much. */
const MIN_RECENCY = 1e-300;
/** Ages up to this many days are looked up in a table; older ones are computed. */
const TABLE_DAYS = 100_000;
const VOICE = new Set<string>(CUSTOMER_VOICE_METHODS);

/** The mean of summed evidence: one side (0 customer voice, 1 operational) or both. */
export function meanOf(s: SideSums | undefined, side?: 0 | 1): EvidenceMean {
  if (!s) return { alignment: null, count: 0 };
  const a = side === 1 ? 3 : 0;
  const both = side === undefined;
  const count = s[a + 2]! + (both ? s[5] : 0);
  if (count === 0) return { alignment: null, count: 0 };
  const raw = (s[a + 1]! + (both ? s[4] : 0)) / (s[a]! + (both ? s[3] : 0));
  // Rounded to 1e-9 so that sums taken in another order (74.99999999999999 against
  // 75.00000000000001) give the same number, and so the same side of "kept".
  return { alignment: Math.round(raw * 1e9) / 1e9, count };
}

/**
 * Sums promises' evidence under one audit's scoring settings. Recency is counted back from
 * the promise's own latest evidence (in a wave, its latest in that wave): a mean is a ratio
 * of weights, so this gives the same alignment as any other reference day, and it lets one
 * promise be rescored without the rest.
 */
export class EvidenceSummer {
  private readonly weight: Float64Array;
  private readonly side: Uint8Array;
  private readonly halfLife: number;
  private table = new Float64Array(0);
  // Scratch, reused from promise to promise.
  private counted = new Int32Array(64);
  private points = new Float64Array(64);
  /** The latest day of each wave of the promise at hand, by wave number. */
  private waveLast: Float64Array = new Float64Array(1001).fill(-Infinity);
  private readonly waveSums: (SideSums | undefined)[] = [];
  private readonly wavesSeen: number[] = [];

  constructor(settings: ScoringSettings) {
    this.weight = Float64Array.from(OBSERVATION_METHODS, (m) => settings.methodWeights[m]);
    this.side = Uint8Array.from(OBSERVATION_METHODS, (m) => (VOICE.has(m) ? 0 : 1));
    this.halfLife = settings.recencyHalfLifeDays;
  }

  /** The summed evidence of the observations in `slots`, for a promise with this target. */
  sum(
    store: EvidenceStore,
    slots: readonly number[],
    target: PromiseTarget | null,
  ): PromiseEvidence {
    if (slots.length > this.counted.length) {
      this.counted = new Int32Array(slots.length * 2);
      this.points = new Float64Array(slots.length * 2);
    }
    const { counted, points, waveSums, wavesSeen, weight } = this;
    let waveLast: Float64Array = this.waveLast;
    const leftOut = noneLeftOut();
    let kept = 0;
    let lastDay = -Infinity;
    for (const slot of slots) {
      // The reasons of counting.ts's leftOutReason, in its order.
      const outcome = store.outcome[slot]!;
      if (outcome !== 0) {
        if (outcome === 1) leftOut.notApplicable++;
        else leftOut.couldNotCheck++;
        continue;
      }
      if (!(weight[store.method[slot]!]! > 0)) {
        leftOut.zeroWeight++;
        continue;
      }
      let rubric: number = store.rubric[slot]!;
      if (rubric < 0 && target) {
        const measured = store.measured[slot]!;
        if (measured === measured) rubric = scoreMeasured(measured, target);
      }
      if (rubric < 0) {
        leftOut.unscorable++;
        continue;
      }
      const day = store.day[slot]!;
      if (day > lastDay) lastDay = day;
      const wave = store.wave[slot]!;
      if (wave >= waveLast.length) waveLast = this.growWaves(wave);
      const before = waveLast[wave]!;
      if (before === -Infinity) wavesSeen.push(wave);
      if (day > before) waveLast[wave] = day;
      counted[kept] = slot;
      points[kept] = rubricToPoints(rubric);
      kept++;
    }
    const overall: SideSums = [0, 0, 0, 0, 0, 0];
    const waves = new Map<number, SideSums>();
    for (const wave of wavesSeen) {
      const sums: SideSums = [0, 0, 0, 0, 0, 0];
      waves.set(wave, sums);
      waveSums[wave] = sums;
    }
    for (let k = 0; k < kept; k++) {
      const slot = counted[k]!;
      const method = store.method[slot]!;
      const at = this.side[method]! * 3;
      const mw = weight[method]!;
      const day = store.day[slot]!;
      const wave = store.wave[slot]!;
      const pts = points[k]!;
      add(overall, at, mw * this.recency(lastDay - day), pts);
      add(waveSums[wave]!, at, mw * this.recency(waveLast[wave]! - day), pts);
    }
    for (const wave of wavesSeen) {
      waveLast[wave] = -Infinity;
      waveSums[wave] = undefined;
    }
    wavesSeen.length = 0;
    return { overall, waves, leftOut, lastDay };
  }

  private growWaves(wave: number): Float64Array {
    const next = new Float64Array(wave * 2).fill(-Infinity);
    next.set(this.waveLast);
    this.waveLast = next;
    return next;
  }

  /** The recency weight of evidence `age` days older than the reference day. */
  private recency(age: number): number {
    if (age < this.table.length) return this.table[age]!;
    if (age >= TABLE_DAYS) return Math.max(MIN_RECENCY, recencyWeight(age, this.halfLife));
    const size = Math.min(TABLE_DAYS, Math.max(age + 1, this.table.length * 2, 512));
    const table = new Float64Array(size);
    table.set(this.table);
    for (let a = this.table.length; a < size; a++)
      table[a] = Math.max(MIN_RECENCY, recencyWeight(a, this.halfLife));
    this.table = table;
    return table[age]!;
  }
}

function add(s: SideSums, at: number, weight: number, points: number) {
  s[at]! += weight;
  s[at + 1]! += weight * points;
  s[at + 2]!++;
}
