import Dexie, { type ObservabilitySet } from 'dexie';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Observation } from '../../../shared/domain';
import { db } from './db';
import { ANY_AUDIT, evidenceAt, keysWrittenSince, type EvidenceAt } from './evidence-revisions';

/**
 * An audit's observations held in memory and kept current record by record, for the
 * screens that show all of them (the log holds 200,000 and more). A live query would read
 * every record again after each edit; this reads all of them once, then, after each write
 * anywhere (this window or another), only the records written since, as the evidence
 * revisions list them (db/evidence-revisions.ts). Each read takes the revisions in the same
 * transaction, so what is held is exactly the store as of a known revision, which is what
 * lets the score snapshot be stored from it.
 *
 * A record that did not change stays the same object from one snapshot to the next: the
 * screens built on this (log lines, scores) reuse what they derived from it by identity.
 */
class AuditObservations {
  private byId = new Map<string, Observation>();
  private snapshot: Observation[] | undefined;
  private at: EvidenceAt | undefined;
  private started = false;
  private queue: Promise<void> = Promise.resolve();
  readonly listeners = new Set<() => void>();

  constructor(readonly auditId: string) {}

  /** Starts the first read; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.enqueue(() => this.sync());
  }

  get(): Observation[] | undefined {
    if (!this.at) return undefined;
    if (!this.snapshot) {
      this.snapshot = [...this.byId.values()];
      revisionOf.set(this.snapshot, this.at);
    }
    return this.snapshot;
  }

  /** Brings what is held up to date with the store, after a write somewhere. */
  refresh(): void {
    if (this.started) this.enqueue(() => this.sync());
  }

  private enqueue(work: () => Promise<void>) {
    this.queue = this.queue.then(work).catch(() => this.sync(true).catch(() => undefined));
  }

  /** Reads what was written since the revisions held (everything, the first time), in one transaction. */
  private sync(whole = false): Promise<void> {
    return db.transaction('r', [db.observations, db.evidenceRevisions], async () => {
      const rows = await db.evidenceRevisions.bulkGet([this.auditId, ANY_AUDIT]);
      const at = evidenceAt(rows[0], rows[1]);
      const held = this.at;
      if (!whole && held && held.audit === at.audit && held.any === at.any) return;
      const keys = whole || !held ? 'all' : keysWrittenSince(rows, [held.audit, held.any]);
      if (keys === 'all') await this.readAll(at);
      else await this.readSome(keys, at);
    });
  }

  private async readAll(at: EvidenceAt) {
    const all = await db.observations.where('auditId').equals(this.auditId).toArray();
    const byId = new Map<string, Observation>();
    let differs = !this.at || all.length !== this.byId.size;
    for (const o of all) {
      // Keep the object already held for a record that did not change (see above).
      const held = this.byId.get(o.id);
      if (held && sameObservation(held, o)) byId.set(o.id, held);
      else {
        byId.set(o.id, o);
        differs = true;
      }
    }
    this.byId = byId;
    this.changed(at, differs);
  }

  private async readSome(keys: readonly string[], at: EvidenceAt) {
    const found = await db.observations.bulkGet([...keys]);
    let touched = false;
    keys.forEach((id, i) => {
      const record = found[i];
      if (record && record.auditId === this.auditId) {
        this.byId.set(id, record);
        touched = true;
      } else if (this.byId.delete(id)) touched = true;
    });
    this.changed(at, touched);
  }

  private changed(at: EvidenceAt, differs: boolean) {
    this.at = at;
    // The same records at a later revision (another audit's evidence was written) keep their
    // snapshot, labelled anew, so nothing derived from it is redone.
    if (this.snapshot && !differs) revisionOf.set(this.snapshot, at);
    if (!differs) return;
    this.snapshot = undefined;
    for (const listener of this.listeners) listener();
  }
}

/** The evidence revisions each snapshot of the observations is exact at. */
const revisionOf = new WeakMap<readonly Observation[], EvidenceAt>();

/** The revisions an audit's observations (as useAuditObservations gave them) were read at. */
export function observationsRevision(list: readonly Observation[]): EvidenceAt | undefined {
  return revisionOf.get(list);
}

/** Whether two reads of a record hold the same values, field by field. */
function sameObservation(a: Observation, b: Observation): boolean {
  for (const key of Object.keys(b) as (keyof Observation)[]) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    if (x.some((v, i) => v !== y[i])) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/** Kept for the audit last shown, so that coming back to the log does not read it all again. */
let current: AuditObservations | null = null;

function cacheFor(auditId: string): AuditObservations {
  if (current?.auditId !== auditId) current = new AuditObservations(auditId);
  return current;
}

/** Whether a committed write touched the observations of the app's database. */
export function touchesObservations(parts: ObservabilitySet, dbName: string): boolean {
  return 'all' in parts || `idb://${dbName}/observations/` in parts;
}

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (current && touchesObservations(parts, db.name)) current.refresh();
});

/**
 * Every observation of an audit, current after each write; undefined while first reading.
 * The first read of a large audit takes long and holds up the store's other reads, so a
 * screen that needs other records first (the register) passes `enabled` once it has them.
 */
export function useAuditObservations(
  auditId: string,
  enabled = true,
): {
  observations: Observation[] | undefined;
} {
  const cache = cacheFor(auditId);
  useEffect(() => {
    if (enabled) cache.start();
  }, [cache, enabled]);
  const subscribe = useCallback(
    (listener: () => void) => {
      cache.listeners.add(listener);
      return () => void cache.listeners.delete(listener);
    },
    [cache],
  );
  const observations = useSyncExternalStore(subscribe, () => cache.get());
  return { observations };
}
