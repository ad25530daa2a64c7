// The sync benchmark's app side, in Node: the app's own replication (SyncSession: PouchDB's
// sync into a local replica, then every change validated and written into the store by
// applyReplica and applyRemoteBatch) with the store in fake-indexeddb, as the DOM tests run
// it, and the local replica in PouchDB's in-memory adapter. Loaded by sync.ts after
// fake-indexeddb is installed, so that Dexie finds it.
import { updateRecord } from '../../renderer/src/db/commands/records';
import { replica, until, untilInSync, type Replica } from '../../test/dom/sync-harness';
import type { TestCouch } from '../../test/support/couch-server';

/** One replica's first replication: from start to *In sync* with every observation stored. */
export async function firstReplication(
  couch: TestCouch,
  database: string,
  user: string,
  observations: number,
): Promise<{ ms: number; replica: Replica }> {
  const r = await replica(couch, user, database, null);
  const start = performance.now();
  await r.online();
  await untilInSync(r, 3_600_000);
  await until(
    async () => (await r.db.observations.count()) >= observations,
    3_600_000,
    () => `${user}: ${observations} observations`,
  );
  return { ms: performance.now() - start, replica: r };
}

/**
 * An edit's round trip: a promise's statement changed through the store's command on one
 * replica, timed until the other replica's store holds it; `times` edits, turn about.
 */
export async function editRoundTrips(
  a: Replica,
  b: Replica,
  promiseId: string,
  times: number,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
    const statement = `Queues under ${i + 2} minutes`;
    const start = performance.now();
    await updateRecord(from.db, 'promises', promiseId, { statement });
    await until(
      async () => (await to.db.promises.get(promiseId))?.statement === statement,
      60_000,
      () => `${to.name}: the edit`,
    );
    samples.push(performance.now() - start);
    await untilInSync(from, 60_000);
    await untilInSync(to, 60_000);
  }
  return samples;
}

/** Stops a replica and deletes its store and local replica, freeing the process's memory. */
export async function discard(r: Replica): Promise<void> {
  await r.offline();
  await r.local().destroy();
  await r.db.delete();
}
