import type { ChildEntityName } from '../../../../shared/domain';

/**
 * What goes with a deleted record: each child collection and the index that points up to it,
 * and what happens to the children. `delete` takes them with it; `detach` keeps them and clears
 * the reference (a visit's evidence stays the audit's evidence when the visit is deleted: its
 * observations lose their visit and stand on their own).
 */
export type Dependent =
  | { entity: ChildEntityName; index: string; rule: 'delete' | 'detach' }
  /**
   * The surveys that name the deleted records change with them (shared/survey/prune.ts): a
   * deleted promise's question leaves its survey, a deleted touchpoint its target; a survey
   * left with nothing to ask, or without its target, is deleted.
   */
  | { entity: 'surveys'; rule: 'prune' };

/**
 * The deletion rules, by the entity deleted: the one place they are decided. A survey deleted
 * keeps its imported answers, which are the audit's evidence: the imports lose their survey.
 */
export const DEPENDENTS: Readonly<Record<ChildEntityName, readonly Dependent[]>> = {
  stages: [
    { entity: 'touchpoints', index: 'stageId', rule: 'delete' },
    { entity: 'surveys', rule: 'prune' },
  ],
  channels: [
    { entity: 'touchpoints', index: 'channelId', rule: 'delete' },
    { entity: 'surveys', rule: 'prune' },
  ],
  touchpoints: [
    { entity: 'promises', index: 'touchpointId', rule: 'delete' },
    { entity: 'actions', index: 'touchpointId', rule: 'delete' },
    { entity: 'surveys', rule: 'prune' },
  ],
  promises: [
    { entity: 'observations', index: 'promiseId', rule: 'delete' },
    { entity: 'actions', index: 'promiseId', rule: 'delete' },
    { entity: 'surveys', rule: 'prune' },
  ],
  visits: [{ entity: 'observations', index: 'visitId', rule: 'detach' }],
  observations: [],
  actions: [],
  photos: [],
  surveys: [{ entity: 'surveyImports', index: 'surveyId', rule: 'detach' }],
  surveyImports: [],
};
