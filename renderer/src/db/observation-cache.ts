import Dexie, { type ObservabilitySet } from 'dexie';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Observation } from '../../../shared/domain';
import { db } from './db';
import { inIdOrder, withChanges } from './id-order';
import {
  ANY_AUDIT,
  evidenceAt,
  keysWrittenSince,
  sameEvidenceAt,
  type EvidenceAt,
} from './evidence-revisions';

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
  /** The audit's observations in id order; a new list at each change, never changed in place. */
  private records: Observation[] = [];
  /** One copy of each repeated text of the records held (see compact). */
  private readonly texts = new Map<string, string>();
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
    return this.at ? this.records : undefined;
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
      if (!whole && held && sameEvidenceAt(held, at)) return;
      const keys = whole || !held ? 'all' : keysWrittenSince(rows, [held.audit, held.any]);
      if (keys === 'all') await this.readAll(at);
      else await this.readSome(keys, at);
    });
  }

  private async readAll(at: EvidenceAt) {
    const read = await db.observations.where('auditId').equals(this.auditId).toArray();
    const all = inIdOrder(read.map((o) => this.compact(o)));
    // Keep the object already held for a record that did not change (see above).
    const held = this.records;
    const next: Observation[] = new Array(all.length);
    let differs = !this.at || all.length !== held.length;
    let h = 0;
    for (let i = 0; i < all.length; i++) {
      const o = all[i]!;
      while (h < held.length && held[h]!.id < o.id) h++;
      const old = held[h];
      if (old && old.id === o.id && sameObservation(old, o)) next[i] = old;
      else {
        next[i] = o;
        differs = true;
      }
    }
    this.changed(at, differs ? next : null);
  }

  private async readSome(keys: readonly string[], at: EvidenceAt) {
    const found = await db.observations.bulkGet([...keys]);
    const changes = new Map<string, Observation | null>();
    keys.forEach((id, i) => {
      const record = found[i];
      changes.set(id, record && record.auditId === this.auditId ? this.compact(record) : null);
    });
    const held = this.records;
    const next = withChanges(held, changes, (old, read) =>
      sameObservation(old, read) ? old : read,
    );
    const differs = next.length !== held.length || next.some((o, i) => o !== held[i]);
    this.changed(at, differs ? next : null);
  }

  /**
   * The record as held: a fresh object with every field in place, and the texts that many
   * records repeat (audit, promise, visit, day, method, outcome, people, places) as the
   * one copy held for all. A record read from the store comes with copies of its own and its
   * fields in a separate property store; at 200,000 records that is millions of objects for
   * the garbage collector to walk, and move, while the log scrolls.
   */
  private compact(o: Observation): Observation {
    const texts = this.texts;
    const one = <T extends string>(text: T): T => {
      const held = texts.get(text);
      if (held !== undefined) return held as T;
      texts.set(text, text);
      return text;
    };
    return {
      id: o.id,
      // Times, like ids, are nearly all different: kept as read.
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
      version: o.version,
      auditId: one(o.auditId),
      promiseId: one(o.promiseId),
      visitId: o.visitId === null ? null : one(o.visitId),
      method: one(o.method),
      date: one(o.date),
      wave: o.wave,
      observer: one(o.observer),
      location: one(o.location),
      outcome: one(o.outcome),
      score: o.score,
      measured: o.measured,
      verbatim: o.verbatim,
      note: o.note,
      // Most records have no photos: one empty list for them all (records are never changed
      // in place; a write stores a new one).
      photoIds: o.photoIds.length === 0 ? NO_PHOTOS : o.photoIds,
      externalKey: o.externalKey,
    };
  }

  /** Holds the records as of `at`: `next` when they changed, the same list (labelled anew) when not. */
  private changed(at: EvidenceAt, next: Observation[] | null) {
    this.at = at;
    if (next) this.records = next;
    revisionOf.set(this.records, at);
    if (!next) return;
    for (const listener of this.listeners) listener();
  }
}

const NO_PHOTOS = Object.freeze([]) as unknown as string[];

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
