import type { AuditBundle } from '../../../shared/domain';
import { orderRegister } from '../../../shared/register/register-order';
import { scoreAudit, scoringInputKey, type AuditScores } from '../../../shared/scoring';
import { ANY_AUDIT, evidenceAt, sameEvidenceAt, type EvidenceAt } from './evidence-revisions';
import { inIdOrder } from './id-order';
import type { TouchstoneDb } from './schema';

/**
 * An audit's scores as last computed, stored so that opening a large audit shows them at once
 * instead of after its whole evidence is read. Not a second source of scores: it is shown
 * only while it was computed from exactly what is stored now (the same evidence revisions
 * and the same scoring input key), and the scores computed from the evidence replace it as
 * soon as the evidence is read.
 */
export interface ScoreSnapshot {
  auditId: string;
  /** The evidence revisions the scores were computed at. */
  at: EvidenceAt;
  /** scoringInputKey of the settings and register they were computed from. */
  key: string;
  /** How many observations the audit had. */
  observations: number;
  scores: AuditScores;
}

/** The audit's evidence revisions as stored now (inside the caller's transaction, if any). */
export async function currentEvidenceAt(db: TouchstoneDb, auditId: string): Promise<EvidenceAt> {
  const [audit, any] = await db.evidenceRevisions.bulkGet([auditId, ANY_AUDIT]);
  return evidenceAt(audit, any);
}

/** The audit's stored snapshot, if its evidence is still what is stored; null if not. */
export async function readScoreSnapshot(
  db: TouchstoneDb,
  auditId: string,
): Promise<ScoreSnapshot | null> {
  return db.transaction('r', [db.evidenceRevisions, db.scoreSnapshots], async () => {
    const snapshot = await db.scoreSnapshots.get(auditId);
    if (!snapshot) return null;
    return sameEvidenceAt(snapshot.at, await currentEvidenceAt(db, auditId)) ? snapshot : null;
  });
}

/**
 * Stores a snapshot unless the evidence has been written since the revisions it was computed
 * at, in which case it would be out of date at once; says whether it was stored.
 */
export async function saveScoreSnapshot(
  db: TouchstoneDb,
  snapshot: ScoreSnapshot,
): Promise<boolean> {
  return db.transaction('rw', [db.evidenceRevisions, db.scoreSnapshots], async () => {
    if (!sameEvidenceAt(snapshot.at, await currentEvidenceAt(db, snapshot.auditId))) return false;
    await db.scoreSnapshots.put(snapshot);
    return true;
  });
}

/**
 * Stores the snapshot of an audit just written whole (imported or restored), inside the
 * transaction that wrote it: its records are at hand, in the order the app reads them back.
 */
export async function storeSnapshotOfBundle(db: TouchstoneDb, bundle: AuditBundle): Promise<void> {
  const { touchpoints, promises } = orderRegister(bundle);
  // The observation cache reads an audit's evidence in key order.
  const observations = inIdOrder(bundle.observations);
  const input = { audit: bundle.audit, touchpoints, promises };
  const scores = scoreAudit({ ...input, observations });
  await db.scoreSnapshots.put({
    auditId: bundle.audit.id,
    at: await currentEvidenceAt(db, bundle.audit.id),
    key: scoringInputKey(input),
    observations: observations.length,
    scores,
  });
}
