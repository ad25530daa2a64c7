import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { BrandPromise, Channel, JourneyStage, Touchpoint } from '../../../../shared/domain';
import { db } from '../../db/db';

export interface RegisterData {
  stages: JourneyStage[];
  channels: Channel[];
  touchpoints: Touchpoint[];
  promises: BrandPromise[];
  stageById: Map<string, JourneyStage>;
  channelById: Map<string, Channel>;
  touchpointById: Map<string, Touchpoint>;
}

const byOrder = (a: { order: number; name: string }, b: { order: number; name: string }) =>
  a.order - b.order || a.name.localeCompare(b.name);

/** The audit's register, read in one live query: stages and channels in their order. */
export function useRegister(auditId: string): RegisterData | undefined {
  const raw = useLiveQuery(
    () =>
      db.transaction('r', [db.stages, db.channels, db.touchpoints, db.promises], async () => ({
        stages: await db.stages.where('auditId').equals(auditId).toArray(),
        channels: await db.channels.where('auditId').equals(auditId).toArray(),
        touchpoints: await db.touchpoints.where('auditId').equals(auditId).toArray(),
        promises: await db.promises.where('auditId').equals(auditId).toArray(),
      })),
    [auditId],
  );
  return useMemo(() => {
    if (!raw) return undefined;
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
    const promises = [...raw.promises].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
    return {
      stages,
      channels,
      touchpoints,
      promises,
      stageById: new Map(stages.map((s) => [s.id, s])),
      channelById: new Map(channels.map((c) => [c.id, c])),
      touchpointById: new Map(touchpoints.map((t) => [t.id, t])),
    };
  }, [raw]);
}

/** Next free position at the end of an ordered list. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.order + 1), 0);
}
