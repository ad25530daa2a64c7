import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { updateRecord } from '../../renderer/src/db/commands/records';
import { listConflicts } from '../../renderer/src/db/commands/conflicts';
import { sameContent } from '../../shared/fieldwork/merge';
import { TEAM_DOC_ID, managerDatabase } from '../../shared/sync/managers';
import { startTestCouch, type TestCouch } from '../support/couch-server';
import { auditWithOneOfEach, freshDb } from './helpers';
import { adminPut, replica, teamDatabase, untilInSync, type Replica } from './sync-harness';

// Replication over HTTP on a shared machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
});
afterAll(async () => {
  await couch.stop();
});

/** A team database with Alice and Bob, and Mia's database for the visits observed by "Ola". */
async function team(database: string) {
  await teamDatabase(couch, database, ['alice', 'bob']);
  const mine = managerDatabase(database, 'mia');
  await teamDatabase(couch, mine, ['mia', 'alice', 'bob']);
  await adminPut(couch, `/${database}/${TEAM_DOC_ID}`, {
    managers: [{ user: 'mia', observer: 'Ola', database: mine }],
  });
  const dbA = freshDb();
  const made = await auditWithOneOfEach(dbA);
  const alice = await replica(couch, 'alice', database, made.audit.id, dbA);
  const bob = await replica(couch, 'bob', database, null);
  const mia = await replica(couch, 'mia', mine, null);
  return { alice, bob, mia, made };
}

/** Brings every replica online in turn until all say in sync (a consultant feeds the manager). */
async function converge(replicas: Replica[], passes = 3) {
  for (let i = 0; i < passes; i++)
    for (const r of replicas) {
      await r.online();
      await untilInSync(r);
      await r.session!.kick();
      await untilInSync(r);
      await r.offline();
    }
}

describe('field managers see only their work', () => {
  it('sends a manager their visit and its promise without the team’s belief, and brings their work back', async () => {
    const { alice, mia, made } = await team('mgr-basic');
    await converge([alice, mia], 2);
    const visit = await mia.db.visits.get(made.visit.id);
    expect(visit?.observer).toBe('Ola');
    const promises = await mia.db.promises.toArray();
    expect(promises.map((p) => p.id)).toEqual([made.promise.id]);
    expect(promises[0]!.belief).toBeNull();
    // Nothing else of the team's: no actions, no other evidence.
    expect(await mia.db.actions.count()).toBe(0);

    await updateRecord(mia.db, 'visits', made.visit.id, { scenario: 'Mia was there at noon' });
    await converge([mia, alice], 2);
    expect((await alice.db.visits.get(made.visit.id))?.scenario).toBe('Mia was there at noon');
    expect((await alice.db.promises.get(made.promise.id))?.belief).toBe(4);
  });

  it('three replicas editing offline in any order end identical, every concurrent version kept', async () => {
    const edit = fc.record({
      who: fc.integer({ min: 0, max: 2 }),
      field: fc.constantFrom('statement', 'importance', 'scenario', 'location'),
      n: fc.integer({ min: 1, max: 5 }),
    });
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
        async (edits, order) => {
          round++;
          const { alice, bob, mia, made } = await team(`prop-${round}`);
          const all = [alice, bob, mia];
          await converge(all, 1);
          const last = new Map<string, Map<number, string>>();
          for (const e of edits) {
            // The manager edits only their visit; consultants anything.
            const who = all[e.who]!;
            const onVisit = e.field === 'scenario' || e.field === 'location' || e.who === 2;
            const value = `${who.name} ${e.field} ${e.n}`;
            if (onVisit) {
              const field = e.field === 'location' ? 'location' : 'scenario';
              await updateRecord(who.db, 'visits', made.visit.id, { [field]: value });
            } else if (e.field === 'importance') {
              await updateRecord(who.db, 'promises', made.promise.id, { importance: e.n });
            } else {
              await updateRecord(who.db, 'promises', made.promise.id, { statement: value });
            }
            const key = onVisit ? `visits:${made.visit.id}` : `promises:${made.promise.id}`;
            const mine = last.get(key) ?? new Map<number, string>();
            const table = onVisit ? who.db.visits : who.db.promises;
            mine.set(
              e.who,
              JSON.stringify(await table.get(onVisit ? made.visit.id : made.promise.id)),
            );
            last.set(key, mine);
          }
          for (const i of order) {
            await all[i]!.online();
            await untilInSync(all[i]!);
            await all[i]!.offline();
          }
          await converge(all, 3);

          // The consultants hold identical current records; the manager the same visit.
          for (const table of [
            'stages',
            'channels',
            'touchpoints',
            'promises',
            'visits',
            'actions',
          ] as const) {
            const a = await alice.db.table(table).toArray();
            const b = await bob.db.table(table).toArray();
            expect(b).toEqual(a);
          }
          expect(await mia.db.visits.get(made.visit.id)).toEqual(
            await alice.db.visits.get(made.visit.id),
          );
          expect((await mia.db.promises.toArray()).every((p) => p.belief === null)).toBe(true);

          // Every replica's last version of a record is current or waits in the review.
          const review = await listConflicts(alice.db, made.audit.id);
          for (const [key, versions] of last) {
            const [table, id] = key.split(':') as ['visits' | 'promises', string];
            const current = await alice.db.table(table).get(id);
            const kept = [
              current,
              ...review
                .filter((c) => c.current.record.id === id)
                .flatMap((c) => c.others.map((o) => o.record)),
            ];
            for (const json of versions.values()) {
              const version = JSON.parse(json);
              const projected =
                table === 'promises' ? { ...version, belief: current.belief } : version;
              expect(kept.some((k) => sameContent(k, projected))).toBe(true);
            }
          }
          // Bob's review shows the same versions.
          expect((await listConflicts(bob.db, made.audit.id)).length).toBe(review.length);
        },
      ),
      { numRuns: 6 },
    );
  }, 300_000);
});
