import { nowIso } from '../../platform/clock';
import {
  ENTITIES,
  parseOrThrow,
  problem,
  ValidationError,
  type Audit,
  type Observation,
  type Visit,
} from '../../../../shared/domain';
import { foldKey } from '../../../../shared/register/csv-fields';
import { derivedId } from '../../../../shared/formats/hash';
import { conflictsOf, mergeVersion, sameContent } from '../../../../shared/fieldwork/merge';
import {
  FIELD_PACK_FORMAT,
  FIELD_PACK_VERSION,
  FIELD_RESULTS_FORMAT,
  FIELD_RESULTS_VERSION,
  type FieldPack,
  type FieldResults,
} from '../../../../shared/fieldwork/pack-file';
import { createAudit } from './audits';
import { auditTables, createRecord, putRecord } from './records';
import type { FieldSyncEntry, TouchstoneDb } from '../schema';
import type { Progress } from '../work';
import { lineDiff, syncLineEvidence } from './fieldwork';
import { lineObservations } from '../../../../shared/fieldwork/lines';
import { stateOf, syncKey } from './conflicts';

type Merged = Visit | Observation;

/** The people visits are assigned to (their observer), with how many open visits each has. */
export async function packCandidates(
  db: TouchstoneDb,
  auditId: string,
): Promise<{ manager: string; visits: number }[]> {
  const visits = await db.visits.where('auditId').equals(auditId).toArray();
  const counts = new Map<string, { manager: string; visits: number }>();
  for (const v of visits) {
    if (v.status === 'completed' || !v.observer.trim()) continue;
    const key = foldKey(v.observer);
    const entry = counts.get(key) ?? { manager: v.observer.trim(), visits: 0 };
    entry.visits++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.manager.localeCompare(b.manager));
}

/**
 * Builds a field pack for one manager: the visits assigned to them that are not completed,
 * and only the promises those visits check, with their touchpoints, stages and channels.
 */
export async function buildFieldPack(
  db: TouchstoneDb,
  auditId: string,
  manager: string,
  generator: string,
): Promise<FieldPack> {
  return db.transaction('r', auditTables(db), async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) throw new ValidationError('fieldPack', [problem('audit', 'errors.store.noAudit')]);
    const visits = (await db.visits.where('auditId').equals(auditId).toArray()).filter(
      (v) => v.status !== 'completed' && foldKey(v.observer) === foldKey(manager),
    );
    if (visits.length === 0)
      throw new ValidationError('fieldPack', [
        problem('', 'errors.store.noVisitsFor', { manager }),
      ]);
    const promiseIds = [...new Set(visits.flatMap((v) => v.checklist.map((i) => i.promiseId)))];
    const promises = (await db.promises.bulkGet(promiseIds)).filter((p) => p !== undefined);
    const touchpoints = (
      await db.touchpoints.bulkGet([...new Set(promises.map((p) => p.touchpointId))])
    ).filter((t) => t !== undefined);
    const stages = (
      await db.stages.bulkGet([...new Set(touchpoints.map((t) => t.stageId))])
    ).filter((s) => s !== undefined);
    const channels = (
      await db.channels.bulkGet([...new Set(touchpoints.map((t) => t.channelId))])
    ).filter((c) => c !== undefined);
    return {
      format: FIELD_PACK_FORMAT,
      version: FIELD_PACK_VERSION,
      packId: crypto.randomUUID(),
      createdAt: nowIso(),
      generator,
      manager: manager.trim(),
      audit: { id: audit.id, name: audit.name, brand: audit.brand, language: audit.language },
      stages: stages.map(({ id, name }) => ({ id, name })),
      channels: channels.map(({ id, name }) => ({ id, name })),
      touchpoints: touchpoints.map(({ id, name, stageId, channelId }) => ({
        id,
        name,
        stageId,
        channelId,
      })),
      promises: promises.map(({ id, touchpointId, statement, source, importance, target }) => ({
        id,
        touchpointId,
        statement,
        source,
        importance,
        target,
      })),
      visits: visits.sort((a, b) => a.date.localeCompare(b.date)),
    } as FieldPack;
  });
}

/**
 * Opens a field pack as an audit of its own on the manager's machine: every record gets a
 * local id (so a pack can even be opened beside the audit it came from), and the audit
 * remembers how they map back. Opening the same pack twice is refused.
 */
export async function openFieldPack(db: TouchstoneDb, pack: FieldPack): Promise<Audit> {
  return db.transaction('rw', auditTables(db), async () => {
    const open = (await db.audits.toArray()).find((a) => a.fieldPack?.packId === pack.packId);
    if (open)
      throw new ValidationError('fieldPack', [
        problem('', 'errors.store.packOpen', { name: open.name }),
      ]);
    const dates = pack.visits.map((v) => v.date).sort();
    const audit = await createAudit(db, {
      name: `${pack.audit.name} — ${pack.manager}`.slice(0, 200),
      brand: pack.audit.brand,
      periodStart: dates[0]!,
      periodEnd: dates.at(-1)!,
      language: pack.audit.language,
      status: 'in-field',
    });
    const ids: Record<string, string> = {};
    const local = new Map<string, string>();
    const remember = (hubId: string, localId: string) => {
      ids[localId] = hubId;
      local.set(hubId, localId);
    };
    for (const [i, s] of pack.stages.entries()) {
      const made = await createRecord(db, 'stages', {
        auditId: audit.id,
        name: s.name,
        description: '',
        order: i,
      });
      remember(s.id, made.id);
    }
    for (const [i, c] of pack.channels.entries()) {
      const made = await createRecord(db, 'channels', {
        auditId: audit.id,
        name: c.name,
        description: '',
        order: i,
      });
      remember(c.id, made.id);
    }
    for (const t of pack.touchpoints) {
      const made = await createRecord(db, 'touchpoints', {
        auditId: audit.id,
        stageId: local.get(t.stageId)!,
        channelId: local.get(t.channelId)!,
        name: t.name,
        department: '',
        description: '',
      });
      remember(t.id, made.id);
    }
    for (const p of pack.promises) {
      const made = await createRecord(db, 'promises', {
        auditId: audit.id,
        touchpointId: local.get(p.touchpointId)!,
        statement: p.statement,
        source: p.source,
        customerWording: '',
        kind: 'functional',
        importance: p.importance,
        target: p.target,
        belief: null,
      });
      remember(p.id, made.id);
    }
    const bases: Record<string, number> = {};
    for (const v of pack.visits) {
      const made = await createRecord(db, 'visits', {
        auditId: audit.id,
        kind: v.kind,
        location: v.location,
        date: v.date,
        observer: v.observer,
        scenario: v.scenario,
        wave: v.wave,
        status: v.status,
        // Photos stay with the consultant; the manager starts each line's photos afresh.
        checklist: v.checklist.map((item) => ({
          ...item,
          promiseId: local.get(item.promiseId)!,
          photoIds: [],
        })),
      });
      // A visit sent already completed brings its lines' evidence with it.
      await syncLineEvidence(db, made);
      remember(v.id, made.id);
      bases[v.id] = v.version;
    }
    const fieldPack = {
      packId: pack.packId,
      hubAuditId: pack.audit.id,
      manager: pack.manager,
      ids,
      bases,
    };
    const withPack = parseOrThrow(ENTITIES.audits.schema, { ...audit, fieldPack }, 'audits');
    await db.audits.put(withPack);
    return withPack;
  });
}

/**
 * The results of a pack audit, in the consultant's ids: its visits (each with the version it
 * started from), the observations completed visits made, and their photos. Records made in
 * the field get ids derived from the pack and their local id, the same at every export.
 */
export async function buildFieldResults(
  db: TouchstoneDb,
  auditId: string,
  generator: string,
): Promise<FieldResults> {
  return db.transaction('r', auditTables(db), async () => {
    const audit = await db.audits.get(auditId);
    const ref = audit?.fieldPack;
    if (!audit || !ref)
      throw new ValidationError('fieldResults', [problem('', 'errors.store.resultsNeedPack')]);
    const hub = (id: string) => ref.ids[id] ?? derivedId(ref.packId, id);
    const visits = await db.visits.where('auditId').equals(auditId).toArray();
    // A visit's checked lines travel in the visit, their evidence following from it; only the
    // evidence recorded on its own goes as observations.
    const observations = (await db.observations.where('auditId').equals(auditId).toArray()).filter(
      (o) => o.visitId === null,
    );
    const photoIds = new Set([
      ...visits.flatMap((v) => v.checklist.flatMap((i) => i.photoIds)),
      ...observations.flatMap((o) => o.photoIds),
    ]);
    const photos = (await db.photos.bulkGet([...photoIds])).filter((p) => p !== undefined);
    return {
      format: FIELD_RESULTS_FORMAT,
      version: FIELD_RESULTS_VERSION,
      packId: ref.packId,
      hubAuditId: ref.hubAuditId,
      manager: ref.manager,
      exportedAt: nowIso(),
      generator,
      // A visit as the pack brought it (never written here: version 1) carries no work of the
      // manager's; sent back, it would only stand against another manager's real work.
      visits: visits
        .filter((v) => v.version > 1 || ref.bases[hub(v.id)] === undefined)
        .map((v) => ({
          base: ref.bases[hub(v.id)] ?? null,
          record: {
            ...v,
            id: hub(v.id),
            auditId: ref.hubAuditId,
            checklist: v.checklist.map((i) => ({
              ...i,
              promiseId: hub(i.promiseId),
              photoIds: i.photoIds.map(hub),
            })),
          },
        })),
      observations: observations.map((o) => ({
        base: null,
        record: {
          ...o,
          id: hub(o.id),
          auditId: ref.hubAuditId,
          promiseId: hub(o.promiseId),
          visitId: null,
          photoIds: o.photoIds.map(hub),
        },
      })),
      photos: photos.map((p) => ({ ...p, id: hub(p.id), auditId: ref.hubAuditId })),
    } as FieldResults;
  });
}

/**
 * What importing results did, or would do, counted in evidence: the observations the visits'
 * checked lines and the evidence recorded on its own add, change or leave as they were, and the
 * records whose versions disagree and wait for review.
 */
export interface MergeSummary {
  audit: string;
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  photos: number;
}


/**
 * Merges a results file into the audit it came from, in one transaction: idempotent,
 * independent of the order files arrive in, and losing nothing — a record changed on both
 * sides keeps both versions and is flagged for review (shared/fieldwork/merge.ts). A visit's
 * checked lines are its evidence: whatever version of the visit is current decides its lines'
 * observations, one per line. With `dryRun`, says what it would do and writes nothing.
 */
export async function importFieldResults(
  db: TouchstoneDb,
  results: FieldResults,
  { dryRun = false, progress }: { dryRun?: boolean; progress?: Progress } = {},
): Promise<MergeSummary> {
  const total = results.photos.length + results.visits.length + results.observations.length;
  /** Before each record: a cancel is heard (only the preview may be cancelled). After it: one more done. */
  const next = () => progress?.checkpoint();
  const done = () => progress?.advance();
  const run = async (): Promise<MergeSummary> => {
    progress?.at(dryRun ? 'check' : 'write', 0, total);
    const audit = await db.audits.get(results.hubAuditId);
    if (!audit)
      throw new ValidationError('fieldResults', [
        problem('hubAuditId', 'errors.store.resultsAuditGone'),
      ]);
    if (audit.fieldPack)
      throw new ValidationError('fieldResults', [problem('', 'errors.store.resultsIntoPack')]);
    const summary: MergeSummary = {
      audit: audit.name,
      added: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      photos: 0,
    };
    const promiseIds = new Set(
      (await db.promises.where('auditId').equals(audit.id).primaryKeys()) as string[],
    );
    const missing = [
      ...results.visits.flatMap((v) => v.record.checklist.map((i) => i.promiseId)),
      ...results.observations.map((o) => o.record.promiseId),
    ].filter((id) => !promiseIds.has(id));
    if (missing.length > 0)
      throw new ValidationError('fieldResults', [
        problem('', 'errors.store.resultsPromisesGone', {
          count: new Set(missing).size,
          name: audit.name,
        }),
      ]);

    for (const photo of results.photos) {
      next();
      const here = await db.photos.get(photo.id);
      done();
      if (here) continue;
      summary.photos++;
      if (!dryRun) await createPhotoAsIs(db, photo);
    }

    /** Merges one incoming version; returns the record now current, or null when nothing changed. */
    const merge = async <T extends Merged>(
      table: FieldSyncEntry['table'],
      { base, record }: { base: number | null; record: T },
    ): Promise<{ before: T | undefined; after: T } | null> => {
      const { current, entry, state } = await stateOf<T>(db, table, record.id);
      if (!current && entry && (entry.seen[results.packId] ?? 0) >= record.version) return null; // deleted here after an earlier import: that stays so
      const next = mergeVersion(state, { record, packId: results.packId, base });
      if (next === state) return null;
      if (conflictsOf(next).length > 0) summary.conflicts++;
      let after = next.record;
      if (!dryRun) {
        if (next.record !== current)
          after = (await putRecord(db, table as 'visits', next.record as never)) as T;
        await db.fieldSync.put({
          id: syncKey(table, record.id),
          auditId: audit.id,
          table,
          recordId: record.id,
          origin: next.origin,
          originVersion: after.version,
          others: next.others,
          seen: next.seen,
          conflicted: conflictsOf(next).length > 0 ? 1 : 0,
        });
      }
      return { before: current, after };
    };

    for (const incoming of results.visits) {
      next();
      const lines = lineObservations(incoming.record).length;
      const merged = await merge('visits', incoming);
      done();
      if (!merged) {
        summary.unchanged += lines;
        continue;
      }
      // The lines' evidence follows the visit now current.
      const existing = await db.observations.where('visitId').equals(incoming.record.id).toArray();
      const { add, change, remove } = lineDiff(lineObservations(merged.after), existing);
      summary.added += add.length;
      summary.updated += change.length + remove.length;
      summary.unchanged += Math.max(0, lines - add.length - change.length);
      if (!dryRun) await syncLineEvidence(db, merged.after);
    }
    for (const incoming of results.observations) {
      next();
      const merged = await merge('observations', incoming);
      done();
      if (!merged) summary.unchanged++;
      else if (!merged.before) summary.added++;
      else if (!sameContent(merged.before, merged.after)) summary.updated++;
      else summary.unchanged++;
    }
    if (!dryRun) progress?.at('save');
    return summary;
  };
  return dryRun
    ? db.transaction('r', auditTables(db), run)
    : db.transaction('rw', auditTables(db), run);
}

async function createPhotoAsIs(db: TouchstoneDb, photo: FieldResults['photos'][number]) {
  const record = parseOrThrow(ENTITIES.photos.schema, photo, 'photos');
  await db.photos.add(record);
}

// The review of conflicting versions (field results' and the team database's alike) is in
// conflicts.ts; these names stay for the screens and tests that import them from here.
export { listConflicts, resolveConflict, type Conflict } from './conflicts';
