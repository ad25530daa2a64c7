import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import type { Observation } from '../../../shared/domain';
import { db } from './db';

/**
 * An audit's observations held in memory and kept current record by record, for the
 * screens that show all of them (the log holds 200,000 and more). A live query would read
 * every record again after each edit; this reads all of them once, then, after each write
 * anywhere (this window or another), only the records the write touched, as Dexie's
 * `storagemutated` event names them. A write it cannot pin down to keys (a bulk import, a
 * cleared audit) or that names very many makes it read the audit again, by its index.
 *
 * A record that did not change stays the same object from one snapshot to the next: the
 * screens built on this (log lines, scores) reuse what they derived from it by identity.
 */
class AuditObservations {
  private byId = new Map<string, Observation>();
  private snapshot: Observation[] | undefined;
  private loaded = false;
  private queue: Promise<void> = Promise.resolve();
  readonly listeners = new Set<() => void>();

  constructor(readonly auditId: string) {
    this.enqueue(() => this.loadAll());
  }

  get(): Observation[] | undefined {
    if (!this.loaded) return undefined;
    this.snapshot ??= [...this.byId.values()];
    return this.snapshot;
  }

  refresh(keys: readonly string[] | 'all'): void {
    // Past a few thousand keys (another audit imported or deleted), reading this audit by its
    // index is cheaper than fetching every named record to find that most are not ours.
    const whole = keys === 'all' || keys.length > RELOAD_PAST;
    this.enqueue(() => (whole ? this.loadAll() : this.loadSome(keys)));
  }

  private enqueue(work: () => Promise<void>) {
    this.queue = this.queue.then(work).catch(() => this.loadAll().catch(() => undefined));
  }

  private async loadAll() {
    const all = await db.observations.where('auditId').equals(this.auditId).toArray();
    const byId = new Map<string, Observation>();
    let differs = !this.loaded || all.length !== this.byId.size;
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
    this.loaded = true;
    // Another audit's import or deletion reads this one again and finds it as it was.
    if (differs) this.changed();
  }

  private async loadSome(keys: readonly string[]) {
    if (!this.loaded) return;
    const found = await db.observations.bulkGet([...keys]);
    let touched = false;
    keys.forEach((id, i) => {
      const record = found[i];
      if (record && record.auditId === this.auditId) {
        this.byId.set(id, record);
        touched = true;
      } else if (this.byId.delete(id)) touched = true;
    });
    if (touched) this.changed();
  }

  private changed() {
    this.snapshot = undefined;
    for (const listener of this.listeners) listener();
  }
}

const RELOAD_PAST = 2000;

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

/** Which observation keys a committed write touched; 'all' when it cannot say. */
export function mutatedObservationKeys(
  parts: ObservabilitySet,
  dbName: string,
): readonly string[] | 'all' | null {
  const tree = parts[`idb://${dbName}/observations/`];
  if (!tree) return null;
  const keys: string[] = [];
  // The set is an interval tree of ranges ({ from, to, l, r }); a write names single keys.
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : 'all';
}

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (!current) return;
  const keys = mutatedObservationKeys(parts, db.name);
  if (keys !== null) current.refresh(keys);
});

/** Every observation of an audit, current after each write; undefined while first reading. */
export function useAuditObservations(auditId: string): {
  observations: Observation[] | undefined;
} {
  const cache = cacheFor(auditId);
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
