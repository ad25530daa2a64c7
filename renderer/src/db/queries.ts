import { useLiveQuery } from 'dexie-react-hooks';
import type { ChildEntityName, EntityTypes } from '../../../shared/domain';
import { db } from './db';

export interface AuditSummary {
  audit: EntityTypes['audits'];
  promises: number;
  observations: number;
}

/** All audits, most recently changed first, with their promise and evidence counts. */
export function useAuditSummaries(): AuditSummary[] | undefined {
  return useLiveQuery(async () => {
    const audits = await db.audits.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      audits.map(async (audit) => ({
        audit,
        promises: await db.promises.where('auditId').equals(audit.id).count(),
        observations: await db.observations.where('auditId').equals(audit.id).count(),
      })),
    );
  }, []);
}

/** One audit, or null when there is none with that id (undefined while loading). */
export function useAudit(id: string | null): EntityTypes['audits'] | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.audits.get(id)) ?? null) : null), [id]);
}

/** Every record of one kind in an audit. */
export function useAuditRecords<K extends ChildEntityName>(
  auditId: string,
  entity: K,
): EntityTypes[K][] | undefined {
  return useLiveQuery(
    () => db.table<EntityTypes[K], string>(entity).where('auditId').equals(auditId).toArray(),
    [auditId, entity],
  );
}

/** How many promises and observations an audit has: what a screen needs to say what is missing. */
export function useAuditCounts(
  auditId: string,
): { promises: number; observations: number } | undefined {
  return useLiveQuery(
    async () => ({
      promises: await db.promises.where('auditId').equals(auditId).count(),
      observations: await db.observations.where('auditId').equals(auditId).count(),
    }),
    [auditId],
  );
}
