import Dexie, { type Table } from 'dexie';
import { DEFAULT_SCORING_SETTINGS, type EntityTypes } from '../../../shared/domain';
import type { SyncedEntity, SyncedRecord } from '../../../shared/sync/documents';
import { evidenceRevisionsMiddleware, type EvidenceRevision } from './evidence-revisions';
import type { ScoreSnapshot } from './score-snapshots';
import { upgradeToSurveys } from './upgrade-surveys';
import { upgradeToVersions } from './upgrade-versions';
import type { SyncConnection } from '../../../shared/sync/connection';
import type { ErrorText } from '../../../shared/domain';
import { syncOutboxMiddleware } from './sync-outbox';

/** A small key–value table for app-wide flags (such as "the sample audit was loaded once"). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The store's layouts, one per version. Versions are only ever added, never edited: a
 * person's database is upgraded from whatever version it was written with.
 */
export const SCHEMA_V1 = {
  audits: 'id, updatedAt',
  stages: 'id, auditId',
  channels: 'id, auditId',
  touchpoints: 'id, auditId, stageId, channelId',
  promises: 'id, auditId, touchpointId',
  observations: 'id, auditId, promiseId, date',
  visits: 'id, auditId, date',
  actions: 'id, auditId, promiseId',
  meta: 'key',
} as const;

/** Version 2: photos get their own table; observations and actions get the indexes the screens query by. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  observations: 'id, auditId, promiseId, visitId, date, [auditId+date], [auditId+wave]',
  actions: 'id, auditId, promiseId, touchpointId, status, dueDate',
  photos: 'id, auditId',
} as const;

/** Version 3: what field results merged into each record (see db/field-packs.ts). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  fieldSync: 'id, auditId, [auditId+conflicted]',
} as const;

/**
 * What the consultant's store remembers of a record that field results have touched: where
 * its current version came from, the versions from other origins kept beside it, and the
 * newest version seen from each origin (shared/fieldwork/merge.ts).
 */
export interface FieldSyncEntry {
  /** `${table}:${recordId}` */
  id: string;
  auditId: string;
  /** Field results merge visits and observations; the team database every synced entity. */
  table: SyncedEntity;
  recordId: string;
  origin: string;
  /** The record's version here when `origin` was set; a later write makes the hub its origin. */
  originVersion: number;
  others: Record<string, SyncedRecord>;
  /** The highest version seen from each origin. */
  seen: Record<string, number>;
  /** 1 while a version beside the current one says something else, for review. */
  conflicted: 0 | 1;
}

/**
 * Version 4: evidence revisions (db/evidence-revisions.ts) and the score snapshot drawn from
 * them (db/score-snapshots.ts), so that a large audit's scores show before its evidence is read.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  evidenceRevisions: 'auditId',
  scoreSnapshots: 'auditId',
} as const;

/**
 * Version 5: records carry an integer version (shared/domain/common.ts) and a visit's checked
 * line its one observation with a stable id (shared/fieldwork/lines.ts); the same indexes.
 */
export const SCHEMA_V5 = SCHEMA_V4;

/**
 * Version 6: surveys and the survey answers imported get tables of their own; an observation's
 * external key is indexed per audit, so an import finds the submissions it already holds
 * without reading the audit's evidence. Promises' sources become a kind and words, with a
 * customer wording (see db/upgrade-surveys.ts).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  observations:
    'id, auditId, promiseId, visitId, date, [auditId+date], [auditId+wave], [auditId+externalKey]',
  surveys: 'id, auditId',
  surveyImports: 'id, auditId, surveyId',
} as const;

/**
 * Version 7: team sync (renderer/src/sync/). The connections of audits to team databases (never
 * a password), the records written locally that wait to go to the replica (db/sync-outbox.ts),
 * and the documents from the server set aside. New tables only, so this version stands on its
 * own beside version 6 (surveys): Dexie keeps the tables a version does not name.
 */
export const SCHEMA_V7 = {
  syncConnections: 'id, auditId',
  syncOutbox: 'key, auditId',
  syncIssues: 'id, connectionId',
  syncRevs: 'key',
} as const;

/** The revision of its document a record here was last in step with: `${entity}:${id}`. */
export interface SyncRev {
  key: string;
  rev: string;
}

/** A record written locally that the replica has not taken yet: `${entity}:${id}`. */
export interface SyncOutboxEntry {
  key: string;
  auditId: string;
  entity: SyncedEntity;
  recordId: string;
}

/** A document from the team database that did not enter the store, and why. */
export interface SyncIssue {
  /** `${connectionId}|${docId}` */
  id: string;
  connectionId: string;
  docId: string;
  rev: string;
  problems: ErrorText[];
  /** A record it refers to has not arrived (yet): tried again when more arrive. */
  waiting: boolean;
}

export const DB_VERSION = 7;
export const DEFAULT_DB_NAME = 'touchstone';

/** The renderer's database: one table per entity of the domain, plus `meta`. */
export class TouchstoneDb extends Dexie {
  audits!: Table<EntityTypes['audits'], string>;
  stages!: Table<EntityTypes['stages'], string>;
  channels!: Table<EntityTypes['channels'], string>;
  touchpoints!: Table<EntityTypes['touchpoints'], string>;
  promises!: Table<EntityTypes['promises'], string>;
  observations!: Table<EntityTypes['observations'], string>;
  visits!: Table<EntityTypes['visits'], string>;
  actions!: Table<EntityTypes['actions'], string>;
  photos!: Table<EntityTypes['photos'], string>;
  surveys!: Table<EntityTypes['surveys'], string>;
  surveyImports!: Table<EntityTypes['surveyImports'], string>;
  meta!: Table<MetaEntry, string>;
  fieldSync!: Table<FieldSyncEntry, string>;
  evidenceRevisions!: Table<EvidenceRevision, string>;
  scoreSnapshots!: Table<ScoreSnapshot, string>;
  syncConnections!: Table<SyncConnection, string>;
  syncOutbox!: Table<SyncOutboxEntry, string>;
  syncIssues!: Table<SyncIssue, string>;
  syncRevs!: Table<SyncRev, string>;

  constructor(name: string = DEFAULT_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // Version 1 audits had no scoring settings or confidentiality label.
        await tx
          .table('audits')
          .toCollection()
          .modify((audit: Record<string, unknown>) => {
            audit.scoring ??= structuredClone(DEFAULT_SCORING_SETTINGS);
            audit.confidentiality ??= '';
          });
        // Version 1 observations were always scored and had no photos.
        await tx
          .table('observations')
          .toCollection()
          .modify((o: Record<string, unknown>) => {
            o.outcome ??= 'scored';
            o.photoIds ??= [];
            o.visitId ??= null;
          });
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToVersions);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToSurveys);
    this.version(7).stores(SCHEMA_V7);
    this.use(evidenceRevisionsMiddleware);
    this.use(syncOutboxMiddleware);
  }
}
