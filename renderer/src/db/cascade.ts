import type { ChildEntityName } from '../../../shared/domain';

/** Which records go with a deleted one: the child collection and the index that points up. */
export const DEPENDENTS: Readonly<
  Record<ChildEntityName, readonly { entity: ChildEntityName; index: string }[]>
> = {
  stages: [{ entity: 'touchpoints', index: 'stageId' }],
  channels: [{ entity: 'touchpoints', index: 'channelId' }],
  touchpoints: [
    { entity: 'promises', index: 'touchpointId' },
    { entity: 'actions', index: 'touchpointId' },
  ],
  promises: [
    { entity: 'observations', index: 'promiseId' },
    { entity: 'actions', index: 'promiseId' },
  ],
  visits: [{ entity: 'observations', index: 'visitId' }],
  observations: [],
  actions: [],
  photos: [],
};
