import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../shared/domain';
import { deleteAudit } from '../../renderer/src/db/commands/audits';
import { replayJournal, type Journal } from '../../renderer/src/db/changes';
import { db } from '../../renderer/src/db/db';
import {
  observationsRevision,
  useAuditObservations,
} from '../../renderer/src/db/observation-cache';
import { currentEvidenceAt } from '../../renderer/src/db/score-snapshots';
import { createRecord, deleteRecords, updateRecord } from '../../renderer/src/db/commands/records';
import { auditWithOneOfEach } from './helpers';

/** `count` more observations like `model`, written in one bulk (as an import writes them). */
async function bulkLike(model: Observation, count: number, auditId = model.auditId) {
  const more = Array.from({ length: count }, (_, i) => ({
    ...model,
    id: crypto.randomUUID(),
    auditId,
    visitId: null,
    photoIds: [],
    note: `Bulk ${i}`,
  }));
  await db.observations.bulkAdd(more);
  return more;
}

function watch(auditId: string) {
  return renderHook(({ id }) => useAuditObservations(id).observations, {
    initialProps: { id: auditId },
  });
}

describe("an audit's observations held in memory", () => {
  it('follows edits, deletions and their undo, keeping unchanged records as they were', async () => {
    const made = await auditWithOneOfEach(db);
    const second = await createRecord(db, 'observations', {
      ...made.observation,
      visitId: null,
      photoIds: [],
      note: 'Second',
    });
    const { result } = watch(made.audit.id);
    await waitFor(() => expect(result.current).toHaveLength(2));
    const first = result.current!.find((o) => o.id === second.id)!;

    await updateRecord(db, 'observations', made.observation.id, { note: 'Edited' });
    await waitFor(() =>
      expect(result.current!.find((o) => o.id === made.observation.id)?.note).toBe('Edited'),
    );
    // The record nobody touched is the very same object: screens reuse what they built on it.
    expect(result.current!.find((o) => o.id === second.id)).toBe(first);

    const journal: Journal = [];
    await deleteRecords(db, 'observations', [second.id], journal);
    await waitFor(() => expect(result.current!.map((o) => o.id)).toEqual([made.observation.id]));
    await replayJournal(db, journal, 'undo');
    await waitFor(() => expect(result.current).toHaveLength(2));
    expect(result.current!.find((o) => o.id === second.id)?.note).toBe('Second');
  });

  it('reads its audit again after bulk writes, and only its own audit', async () => {
    const mine = await auditWithOneOfEach(db);
    const other = await auditWithOneOfEach(db);
    const { result } = watch(mine.audit.id);
    await waitFor(() => expect(result.current).toHaveLength(1));
    const held = result.current!;

    // Another audit's import (a bulk write Dexie cannot name key by key) changes nothing here.
    await bulkLike(other.observation, 120);
    await new Promise((r) => setTimeout(r, 50));
    expect(result.current).toBe(held);

    // A bulk write into this audit is seen whole.
    await bulkLike(mine.observation, 80);
    await waitFor(() => expect(result.current).toHaveLength(81));
    expect(result.current!.find((o) => o.id === mine.observation.id)).toBe(held[0]);

    // Deleting the audit empties it.
    await deleteAudit(db, mine.audit.id);
    await waitFor(() => expect(result.current).toHaveLength(0));
  });

  it('switches to another audit and never shows the first one’s records there', async () => {
    const a = await auditWithOneOfEach(db);
    const b = await auditWithOneOfEach(db);
    await bulkLike(b.observation, 3);
    const { result, rerender } = watch(a.audit.id);
    await waitFor(() => expect(result.current?.map((o) => o.id)).toEqual([a.observation.id]));
    rerender({ id: b.audit.id });
    await waitFor(() => expect(result.current).toHaveLength(4));
    expect(result.current!.every((o) => o.auditId === b.audit.id)).toBe(true);
    // Edits to the audit no longer shown do not leak into the one shown.
    await updateRecord(db, 'observations', a.observation.id, { note: 'Elsewhere' });
    await new Promise((r) => setTimeout(r, 50));
    expect(result.current!.every((o) => o.auditId === b.audit.id)).toBe(true);
  });
});

describe('the revision the held observations are exact at', () => {
  it('is the store’s after each write, however writes follow one another', async () => {
    const made = await auditWithOneOfEach(db);
    const { result } = watch(made.audit.id);
    await waitFor(() => expect(result.current).toHaveLength(1));
    expect(observationsRevision(result.current!)).toEqual(
      await currentEvidenceAt(db, made.audit.id),
    );

    // Writes in quick succession, each its own transaction, with a bulk one among them.
    const extra = await bulkLike(made.observation, 5);
    await Promise.all([
      updateRecord(db, 'observations', made.observation.id, { note: 'One' }),
      updateRecord(db, 'observations', extra[0]!.id, { note: 'Two' }),
      deleteRecords(db, 'observations', [extra[1]!.id]),
    ]);
    const at = await currentEvidenceAt(db, made.audit.id);
    await waitFor(() => expect(observationsRevision(result.current!)).toEqual(at));
    const stored = await db.observations.where('auditId').equals(made.audit.id).toArray();
    const byId = (list: readonly Observation[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id)).map((o) => [o.id, o.note]);
    expect(byId(result.current!)).toEqual(byId(stored));
  });

  it('moves on, with the same list, when only another audit’s evidence was written', async () => {
    const mine = await auditWithOneOfEach(db);
    const other = await auditWithOneOfEach(db);
    const { result } = watch(mine.audit.id);
    await waitFor(() => expect(result.current).toHaveLength(1));
    const held = result.current!;
    // A key range deleted cannot say whose evidence went: every audit reads itself again.
    await db.observations.where(':id').equals(other.observation.id).delete();
    const at = await currentEvidenceAt(db, mine.audit.id);
    expect(at.any).toBeGreaterThan(observationsRevision(held)!.any);
    await waitFor(() => expect(observationsRevision(result.current!)).toEqual(at));
    expect(result.current).toBe(held);
  });
});
