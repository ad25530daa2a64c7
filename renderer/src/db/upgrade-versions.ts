import type { Transaction } from 'dexie';
import { legacyVersion } from '../../../shared/domain';

/** The tables of version 5 besides visits and observations: later tables are not there yet. */
const VERSIONED_V5 = ['stages', 'channels', 'touchpoints', 'promises', 'actions', 'photos'] as const;
import {
  auditWithVersion,
  lineEvidence,
  withLineVerbatims,
  withVersion,
} from '../../../shared/formats/record-upgrades';

type Raw = Record<string, unknown>;

/**
 * The store's upgrade to version 5, by the same steps as an audit file's from version 1
 * (shared/formats/record-upgrades.ts): every record gets its integer version, every checklist
 * line a verbatim, every checked line of a completed visit its one observation with a stable
 * id, and what field merges remembered is kept in versions. Score snapshots are dropped: the
 * scores are computed afresh from the upgraded evidence.
 */
export async function upgradeToVersions(tx: Transaction): Promise<void> {
  const audits = tx.table('audits');
  await audits.toCollection().modify((a: Raw, ref: { value: unknown }) => {
    ref.value = auditWithVersion(a);
  });
  for (const name of VERSIONED_V5) {
    await tx
      .table(name)
      .toCollection()
      .modify((r: Raw) => {
        r.version ??= legacyVersion(r.updatedAt);
      });
  }
  const auditIds = (await audits.toCollection().primaryKeys()) as string[];
  const replacedLines = new Set<string>();
  for (const auditId of auditIds) {
    const visits = (await tx.table('visits').where('auditId').equals(auditId).toArray()) as Raw[];
    const observations = (await tx
      .table('observations')
      .where('auditId')
      .equals(auditId)
      .toArray()) as Raw[];
    const lines = lineEvidence(visits.map(withLineVerbatims), observations);
    await tx.table('visits').bulkPut(lines.visits.map(withVersion));
    if (lines.replaced.length > 0) await tx.table('observations').bulkDelete(lines.replaced);
    await tx.table('observations').bulkPut(lines.observations.map(withVersion));
    for (const id of lines.replaced) replacedLines.add(id);
  }
  // What merges remembered: versions in place of times. An observation a line now holds is
  // no record of its own any more: its visit's memory speaks for it.
  await tx
    .table('fieldSync')
    .toCollection()
    .modify((e: Raw, ref: { value: unknown }) => {
      if (e.table === 'observations' && replacedLines.has(String(e.recordId))) {
        delete ref.value;
        return;
      }
      if (e.originVersion === undefined) {
        e.originVersion = legacyVersion(e.originUpdatedAt);
        delete e.originUpdatedAt;
      }
      const seen = (e.seen ?? {}) as Record<string, unknown>;
      e.seen = Object.fromEntries(
        Object.entries(seen).map(([origin, at]) => [
          origin,
          typeof at === 'number' ? at : legacyVersion(at),
        ]),
      );
      const others = (e.others ?? {}) as Record<string, unknown>;
      e.others = Object.fromEntries(
        Object.entries(others).map(([origin, r]) => [
          origin,
          withVersion(e.table === 'visits' ? withLineVerbatims(r) : r),
        ]),
      );
    });
  await tx.table('scoreSnapshots').clear();
}
