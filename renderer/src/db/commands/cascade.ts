import type { ChildEntityName } from '../../../../shared/domain';

/**
 * What goes with a deleted record: each child collection and the index that points up to it,
 * and what happens to the children. `delete` takes them with it; `detach` keeps them and clears
 * the reference (a visit's evidence stays the audit's evidence when the visit is deleted: its
 * observations lose their visit and stand on their own).
 */
export interface Dependent {
  entity: ChildEntityName;
  index: string;
  rule: 'delete' | 'detach';
}

/** The deletion rules, by the entity deleted: the one place they are decided. */
export const DEPENDENTS: Readonly<Record<ChildEntityName, readonly Dependent[]>> = {
  stages: [{ entity: 'touchpoints', index: 'stageId', rule: 'delete' }],
  channels: [{ entity: 'touchpoints', index: 'channelId', rule: 'delete' }],
  touchpoints: [
    { entity: 'promises', index: 'touchpointId', rule: 'delete' },
    { entity: 'actions', index: 'touchpointId', rule: 'delete' },
  ],
  promises: [
    { entity: 'observations', index: 'promiseId', rule: 'delete' },
    { entity: 'actions', index: 'promiseId', rule: 'delete' },
  ],
  visits: [{ entity: 'observations', index: 'visitId', rule: 'detach' }],
  observations: [],
  actions: [],
  photos: [],
};
