import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { BrandPromise, Channel, JourneyStage, Touchpoint } from '../../../shared/domain';
import { orderRegister } from '../../../shared/register/register-order';
import { db } from './db';

export interface RegisterData {
  stages: JourneyStage[];
  channels: Channel[];
  touchpoints: Touchpoint[];
  promises: BrandPromise[];
  stageById: Map<string, JourneyStage>;
  channelById: Map<string, Channel>;
  touchpointById: Map<string, Touchpoint>;
}

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
    const ordered = orderRegister(raw);
    return {
      ...ordered,
      stageById: new Map(ordered.stages.map((s) => [s.id, s])),
      channelById: new Map(ordered.channels.map((c) => [c.id, c])),
      touchpointById: new Map(ordered.touchpoints.map((t) => [t.id, t])),
    };
  }, [raw]);
}

/** Next free position at the end of an ordered list. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.order + 1), 0);
}
