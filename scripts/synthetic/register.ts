// The register of a synthetic audit: journey stages, channels, touchpoints with their
// departments, and promises (some with measurable targets) with the team's belief.
import type {
  BrandPromise,
  Channel,
  JourneyStage,
  PromiseTarget,
  Touchpoint,
} from '../../shared/domain';
import type { Random } from './random';
import { CHANNELS, MOMENTS, PROMISES, QUALIFIERS, STAGES } from './vocabulary';

/** Makes the fields every record of the audit carries, with a fresh id. */
export type RecordMaker = (at: string) => {
  id: string;
  auditId: string;
  createdAt: string;
  version: number;
  updatedAt: string;
};

/** What the evidence generator needs to know of a promise beyond the record. */
export interface PromiseTruth {
  promise: BrandPromise;
  channel: string;
  touchpoint: Touchpoint;
  /** How well the promise is really kept, on the 0–4 rubric, in wave 1. */
  reality: number;
  /** How much better (or worse) it gets each wave. */
  trend: number;
  /** Decimals its measured values are given to (when it has a target). */
  decimals: number;
  /** Never observed: an information gap. */
  unobserved: boolean;
}

export interface SyntheticRegister {
  stages: JourneyStage[];
  channels: Channel[];
  touchpoints: Touchpoint[];
  promises: BrandPromise[];
  truths: PromiseTruth[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const setupAt = (day: number, i: number) =>
  `2026-01-${String(day).padStart(2, '0')}T${String(9 + (Math.floor(i / 60) % 9)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`;

/** Builds a register of `touchpointCount` touchpoints holding `promiseCount` promises. */
export function buildRegister(
  random: Random,
  record: RecordMaker,
  touchpointCount: number,
  promiseCount: number,
): SyntheticRegister {
  const stages = STAGES.map(([name, description], order) => ({
    ...record(setupAt(2, order)),
    name,
    description,
    order,
  }));
  const channels = CHANNELS.map(([name, description], order) => ({
    ...record(setupAt(2, 20 + order)),
    name,
    description,
    order,
  }));

  // Touchpoints walk the journey stage by stage, each moment in a channel it is not in yet.
  const touchpoints: Touchpoint[] = [];
  const stageOf = new Map<string, number>();
  const channelOf = new Map<string, number>();
  const names = new Set<string>();
  for (let i = 0; i < touchpointCount; i++) {
    const stage = i % stages.length;
    const moments = MOMENTS[stage]!;
    const round = Math.floor(i / stages.length);
    const [moment, department] = moments[round % moments.length]!;
    let channel = (round + stage) % channels.length;
    let name = `${moment} – ${CHANNELS[channel]![0]}`;
    for (let tries = 0; names.has(name) && tries < channels.length; tries++) {
      channel = (channel + 1) % channels.length;
      name = `${moment} – ${CHANNELS[channel]![0]}`;
    }
    if (names.has(name)) name = `${name} ${round + 1}`;
    names.add(name);
    const tp: Touchpoint = {
      ...record(setupAt(5, i)),
      stageId: stages[stage]!.id,
      channelId: channels[channel]!.id,
      name,
      department,
      description: `${moment} for customers using the ${CHANNELS[channel]![0].toLowerCase()} channel.`,
    };
    touchpoints.push(tp);
    stageOf.set(tp.id, stage);
    channelOf.set(tp.id, channel);
  }

  const promises: BrandPromise[] = [];
  const truths: PromiseTruth[] = [];
  for (let i = 0; i < promiseCount; i++) {
    const touchpoint = touchpoints[i % touchpoints.length]!;
    const templates = PROMISES[stageOf.get(touchpoint.id)!]!;
    const nth = Math.floor(i / touchpoints.length);
    const template = templates[(nth + i) % templates.length]!;
    const shape = template.target;
    const threshold = shape ? random.pick(shape.thresholds) : 0;
    let statement = template.text.replace('{n}', String(threshold));
    // A touchpoint holding the same template twice makes each one specific.
    const repeat = Math.floor(nth / templates.length);
    if (repeat > 0) statement = `${statement} ${QUALIFIERS[(repeat - 1) % QUALIFIERS.length]}`;
    if (repeat > QUALIFIERS.length) statement = `${statement} (${repeat})`;
    const target: PromiseTarget | null = shape
      ? { metric: shape.metric, unit: shape.unit, direction: shape.direction, threshold }
      : null;
    const reality = 0.6 + random.next() * 3.1;
    const belief = random.chance(0.08)
      ? null
      : clamp(Math.round(reality + 0.9 + random.gauss() * 0.6), 0, 4);
    const promise: BrandPromise = {
      ...record(setupAt(12, i % 480)),
      touchpointId: touchpoint.id,
      statement,
      source: { kind: template.source, text: '' },
      customerWording: '',
      kind: template.kind,
      importance: clamp(Math.round(3 + random.gauss() * 1.1 + (target ? 0.5 : 0)), 1, 5),
      target,
      belief: belief as BrandPromise['belief'],
    };
    promises.push(promise);
    truths.push({
      promise,
      channel: CHANNELS[channelOf.get(touchpoint.id)!]![0],
      touchpoint,
      reality,
      trend: 0.12 + random.gauss() * 0.12,
      decimals: shape?.decimals ?? 0,
      unobserved: random.chance(0.04),
    });
  }
  return { stages, channels, touchpoints, promises, truths };
}
