import type { BrandPromise, Channel, JourneyStage, Touchpoint } from '../domain';

/** An audit's register, any order. */
export interface RegisterRecords {
  stages: readonly JourneyStage[];
  channels: readonly Channel[];
  touchpoints: readonly Touchpoint[];
  promises: readonly BrandPromise[];
}

const byOrder = (a: { order: number; name: string }, b: { order: number; name: string }) =>
  a.order - b.order || a.name.localeCompare(b.name);

/**
 * The journey in the order every screen and the document show it: stages and channels in
 * their order, touchpoints by stage, channel and name.
 */
export function orderJourney(raw: Omit<RegisterRecords, 'promises'>): {
  stages: JourneyStage[];
  channels: Channel[];
  touchpoints: Touchpoint[];
} {
  const stages = [...raw.stages].sort(byOrder);
  const channels = [...raw.channels].sort(byOrder);
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const channelIndex = new Map(channels.map((c, i) => [c.id, i]));
  const touchpoints = [...raw.touchpoints].sort(
    (a, b) =>
      (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
      (channelIndex.get(a.channelId) ?? 0) - (channelIndex.get(b.channelId) ?? 0) ||
      a.name.localeCompare(b.name),
  );
  return { stages, channels, touchpoints };
}

/**
 * The register in the order every screen shows it and scoring reads it: the journey in its
 * order (orderJourney), promises as they were created.
 */
export function orderRegister(raw: RegisterRecords): {
  stages: JourneyStage[];
  channels: Channel[];
  touchpoints: Touchpoint[];
  promises: BrandPromise[];
} {
  const promises = [...raw.promises].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return { ...orderJourney(raw), promises };
}
