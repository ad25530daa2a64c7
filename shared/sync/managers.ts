import { z } from 'zod';
import type { BrandPromise, Observation, Touchpoint, Visit } from '../domain';
import { foldKey } from '../register/csv-fields';
import { DATABASE_NAME, managerDatabasePrefix, USER_NAME } from './connection';
import { docId, type SyncedEntity, type SyncedRecord } from './documents';

/**
 * Field managers see only their work: each has a database of their own on the server, which
 * only they and the consultants may open (its security object), fed and read by the
 * consultants' apps. What goes in is what a field pack holds — their visits, the promises on
 * them with the team's belief taken out, and the touchpoints, stages and channels those
 * promises sit under; what comes back is their visits, their own observations and photos.
 */

/** The document the team database holds that lists its managers (written by `sync setup`). */
export const TEAM_DOC_ID = 'touchstone:team';

export const TeamDocSchema = z.object({
  _id: z.literal(TEAM_DOC_ID),
  managers: z
    .array(
      z.object({
        user: z.string().regex(USER_NAME),
        observer: z.string().min(1).max(200),
        database: z.string().regex(DATABASE_NAME),
      }),
    )
    .max(1000),
});
export type TeamDoc = z.infer<typeof TeamDocSchema>;
export type TeamManager = TeamDoc['managers'][number];

/** The database of one manager: the team's name, two hyphens, the user. */
export function managerDatabase(teamDatabase: string, user: string): string {
  return `${managerDatabasePrefix(teamDatabase)}${user.replace(/[^a-z0-9_-]/g, '-')}`;
}

/** Whether a visit or observation is the manager's, by its observer (as field packs decide). */
export function isManagers(observer: string, manager: string): boolean {
  return foldKey(observer) === foldKey(manager) && foldKey(manager) !== '';
}

/** What an audit holds that a manager's view is drawn from. */
export interface TeamRecords {
  audit: SyncedRecord;
  stages: readonly SyncedRecord[];
  channels: readonly SyncedRecord[];
  touchpoints: readonly Touchpoint[];
  promises: readonly BrandPromise[];
  visits: readonly Visit[];
}

/**
 * The document ids a manager's database receives: the audit, the manager's visits, the
 * promises on their checklists, and those promises' touchpoints, stages and channels. Never
 * another manager's visit, any other evidence, or an action.
 */
export function managerDocIds(records: TeamRecords, manager: string): string[] {
  const visits = records.visits.filter((v) => isManagers(v.observer, manager));
  const promiseIds = new Set(visits.flatMap((v) => v.checklist.map((i) => i.promiseId)));
  const promises = records.promises.filter((p) => promiseIds.has(p.id));
  const touchpointIds = new Set(promises.map((p) => p.touchpointId));
  const touchpoints = records.touchpoints.filter((t) => touchpointIds.has(t.id));
  const stageIds = new Set(touchpoints.map((t) => t.stageId));
  const channelIds = new Set(touchpoints.map((t) => t.channelId));
  const photoIds = new Set(visits.flatMap((v) => v.checklist.flatMap((i) => i.photoIds)));
  return [
    docId('audits', records.audit.id),
    ...[...stageIds].map((id) => docId('stages', id)),
    ...[...channelIds].map((id) => docId('channels', id)),
    ...touchpoints.map((t) => docId('touchpoints', t.id)),
    ...promises.map((p) => docId('promises', p.id)),
    ...[...photoIds].map((id) => docId('photos', id)),
    ...visits.map((v) => docId('visits', v.id)),
  ];
}

/**
 * A record as a manager's database holds it: a promise without the team's belief; everything
 * else as it is.
 */
export function forManager<R extends SyncedRecord>(entity: SyncedEntity, record: R): R {
  if (entity === 'promises') return { ...record, belief: null };
  return record;
}

/**
 * Whether a record read from a manager's database may enter the team's audit: only what a
 * manager makes in the field — their visits, their own observations, photos.
 */
export function acceptedFromManager(
  entity: SyncedEntity,
  record: SyncedRecord,
  manager: string,
): boolean {
  if (entity === 'visits') return isManagers((record as Visit).observer, manager);
  if (entity === 'observations') return isManagers((record as Observation).observer, manager);
  return entity === 'photos';
}
