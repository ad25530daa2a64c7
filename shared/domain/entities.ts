import type { z } from 'zod';
import { ActionSchema, type Action } from './action';
import { AuditSchema, type Audit } from './audit';
import { BrandPromiseSchema, type BrandPromise } from './brand-promise';
import { ChannelSchema, JourneyStageSchema, type Channel, type JourneyStage } from './journey';
import { ObservationSchema, type Observation } from './observation';
import { PhotoSchema, type Photo } from './photo';
import { SurveyImportSchema, SurveySchema, type Survey, type SurveyImport } from './survey';
import { TouchpointSchema, type Touchpoint } from './touchpoint';
import { VisitSchema, type Visit } from './visit';

/** The record types by the name of the collection that holds them. */
export interface EntityTypes {
  audits: Audit;
  stages: JourneyStage;
  channels: Channel;
  touchpoints: Touchpoint;
  promises: BrandPromise;
  observations: Observation;
  visits: Visit;
  actions: Action;
  photos: Photo;
  surveys: Survey;
  surveyImports: SurveyImport;
}
export type EntityName = keyof EntityTypes;
/** The collections that belong to one audit (all but the audit itself). */
export type ChildEntityName = Exclude<EntityName, 'audits'>;

/** A reference from one record to another, by id. */
export interface Reference {
  field: string;
  entity: ChildEntityName;
  id: string;
}

interface EntityInfo<K extends EntityName> {
  schema: z.ZodType<EntityTypes[K]>;
  /** The records this one points to, which must exist in the same audit. */
  references: (record: EntityTypes[K]) => Reference[];
}

const none = () => [];

/**
 * Every entity of the domain: its schema and what it refers to. Messages name it by its
 * collection (`errors.subject.<name>` in the catalogue).
 */
export const ENTITIES: { [K in EntityName]: EntityInfo<K> } = {
  audits: { schema: AuditSchema, references: none },
  stages: { schema: JourneyStageSchema, references: none },
  channels: { schema: ChannelSchema, references: none },
  touchpoints: {
    schema: TouchpointSchema,
    references: (t) => [
      { field: 'stageId', entity: 'stages', id: t.stageId },
      { field: 'channelId', entity: 'channels', id: t.channelId },
    ],
  },
  promises: {
    schema: BrandPromiseSchema,
    references: (p) => [{ field: 'touchpointId', entity: 'touchpoints', id: p.touchpointId }],
  },
  observations: {
    schema: ObservationSchema,
    references: (o) => [
      { field: 'promiseId', entity: 'promises', id: o.promiseId },
      ...(o.visitId ? [{ field: 'visitId', entity: 'visits' as const, id: o.visitId }] : []),
      ...o.photoIds.map((id, i) => ({ field: `photoIds[${i}]`, entity: 'photos' as const, id })),
    ],
  },
  visits: {
    schema: VisitSchema,
    references: (v) =>
      v.checklist.flatMap((item, i) => [
        { field: `checklist[${i}].promiseId`, entity: 'promises' as const, id: item.promiseId },
        ...item.photoIds.map((id, j) => ({ field: `checklist[${i}].photoIds[${j}]`, entity: 'photos' as const, id })),
      ]),
  },
  actions: {
    schema: ActionSchema,
    references: (a) => [
      ...(a.promiseId ? [{ field: 'promiseId', entity: 'promises' as const, id: a.promiseId }] : []),
      ...(a.touchpointId ? [{ field: 'touchpointId', entity: 'touchpoints' as const, id: a.touchpointId }] : []),
    ],
  },
  photos: { schema: PhotoSchema, references: none },
  surveys: {
    schema: SurveySchema,
    references: (s) => [
      ...(s.target.kind === 'touchpoints'
        ? s.target.ids.map((id, i) => ({
            field: `target.ids[${i}]`,
            entity: 'touchpoints' as const,
            id,
          }))
        : s.target.kind === 'stage'
          ? [{ field: 'target.id', entity: 'stages' as const, id: s.target.id }]
          : s.target.kind === 'channel'
            ? [{ field: 'target.id', entity: 'channels' as const, id: s.target.id }]
            : []),
      ...s.questions.map((q, i) => ({
        field: `questions[${i}].promiseId`,
        entity: 'promises' as const,
        id: q.promiseId,
      })),
    ],
  },
  surveyImports: {
    schema: SurveyImportSchema,
    references: (r) =>
      r.surveyId ? [{ field: 'surveyId', entity: 'surveys' as const, id: r.surveyId }] : [],
  },
};

/** The child collections in the order a whole audit is written: referenced records first. */
export const CHILD_ENTITIES: readonly ChildEntityName[] = [
  'stages',
  'channels',
  'touchpoints',
  'promises',
  'photos',
  'visits',
  'observations',
  'actions',
  'surveys',
  'surveyImports',
];
