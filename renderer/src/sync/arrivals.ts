import type { RecordDoc } from '../../../shared/sync/documents';

/** How many documents a first replication holds in memory before it keeps only their ids. */
export const HELD_DOCUMENTS = 20_000;

/** A document as a batch of the pull wrote it into the replica. */
export type PulledDoc = RecordDoc & { _revisions?: unknown };

/**
 * What the pull of a first replication brought, to apply as it comes rather than read back
 * from the replica: reading a large audit back doubles what the laptop reads while the
 * replica fills (docs/sync.md, "How a first replication runs").
 *
 * Correct only while the pull is the replica's one writer (a first replication into an empty
 * replica: the outbox waits until the push runs), and only for a document the replica holds
 * in one version: brought once, not deleted, no attachment. Any other — a second revision of
 * a document, a conflict, a deletion, a photo, or a document past what is held in memory — is
 * kept by id and read from the replica when applied, as it stands there then.
 */
export class Arrivals {
  /** In the order brought: documents as brought, or the ids of those to read from the replica. */
  private queue: (PulledDoc | string)[] = [];
  private held = 0;
  private queuedIds = new Set<string>();
  private seen = new Set<string>();
  /** How many batches the pull has started. */
  started = 0;

  /** Takes the documents a batch of the pull wrote. */
  take(docs: readonly PulledDoc[]): void {
    const inBatch = new Map<string, number>();
    for (const d of docs) inBatch.set(d._id, (inBatch.get(d._id) ?? 0) + 1);
    for (const d of docs) {
      const again = this.seen.has(d._id);
      this.seen.add(d._id);
      if (
        !again &&
        inBatch.get(d._id) === 1 &&
        !d._deleted &&
        !d._attachments &&
        this.held < HELD_DOCUMENTS
      ) {
        this.queue.push(d);
        this.held++;
        continue;
      }
      // A version taken before is no longer the whole story: the document is read from the
      // replica, where the versions meet (one still queued is read then too, at no cost).
      if (this.queuedIds.has(d._id)) continue;
      this.queuedIds.add(d._id);
      this.queue.push(d._id);
    }
  }

  /** Whether nothing waits to be applied. */
  get empty(): boolean {
    return this.queue.length === 0;
  }

  /** Takes up to `max` of what waits: documents as brought, and ids to read from the replica. */
  next(max: number): { docs: PulledDoc[]; ids: string[] } {
    const docs: PulledDoc[] = [];
    const ids: string[] = [];
    for (const entry of this.queue.splice(0, max)) {
      if (typeof entry === 'string') {
        this.queuedIds.delete(entry);
        ids.push(entry);
      } else {
        this.held--;
        // Brought again since: read from the replica instead.
        if (!this.queuedIds.has(entry._id)) docs.push(entry);
      }
    }
    return { docs, ids };
  }
}
