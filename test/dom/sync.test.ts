import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRecord, updateRecord } from '../../renderer/src/db/commands/records';
import { listConflicts, resolveConflict } from '../../renderer/src/db/commands/conflicts';
import { replayJournal, type Journal } from '../../renderer/src/db/changes';
import { docId, toDoc, type RecordDoc } from '../../shared/sync/documents';
import { deleteActions } from '../../renderer/src/db/commands/plan';
import { generateSurvey } from '../../shared/survey/generate';
import { readAuditBundle } from '../../renderer/src/db/commands/audits';
import { createSurvey, takeSurveyResponses } from '../../renderer/src/db/commands/surveys';
import {
  createConnection,
  deleteConnection,
  outboxBatch,
  refreshConnectedAudits,
} from '../../renderer/src/db/commands/sync';
import { nodePouch, startTestCouch, type TestCouch } from '../support/couch-server';
import { auditWithOneOfEach } from './helpers';
import { adminPut, replica, teamDatabase, untilInSync, type Replica } from './sync-harness';
import { freshDb } from './helpers';
import { FIRST_REPLICATION } from '../../renderer/src/sync/session';

// Replication over HTTP on a shared machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
});
afterAll(async () => {
  await couch.stop();
});

/** A team database whose first laptop, Alice's, has sent it an audit with one of each record. */
async function aliceOnline(database: string, members = ['alice', 'bob']) {
  await teamDatabase(couch, database, members);
  const dbA = freshDb();
  const made = await auditWithOneOfEach(dbA);
  const a = await replica(couch, 'alice', database, made.audit.id, dbA);
  await a.online();
  await untilInSync(a);
  return { a, dbA, made };
}

async function twoConsultants(database: string) {
  const { a, made } = await aliceOnline(database);
  const b = await replica(couch, 'bob', database, null);
  await b.online();
  await untilInSync(b);
  return { a, b, made };
}

const statementOn = async (r: Replica, id: string) => (await r.db.promises.get(id))?.statement;

describe('team sync through a CouchDB-compatible server', () => {
  it('brings a whole audit to a second laptop, and an edit back', async () => {
    const { a, b, made } = await twoConsultants('sync-join');
    const joined = (await b.db.syncConnections.get(b.connection.id))!;
    expect(joined.auditId).toBe(made.audit.id);
    expect(await b.db.promises.get(made.promise.id)).toEqual(
      await a.db.promises.get(made.promise.id),
    );
    expect([...(await b.db.photos.get(made.photo.id))!.data]).toEqual([...made.photo.data]);
    // The visit's line evidence is derived on the second laptop, not sent.
    const lines = await b.db.observations.where('visitId').equals(made.visit.id).count();
    expect(lines).toBe(1);

    await updateRecord(b.db, 'promises', made.promise.id, { statement: 'Queues under 4 minutes' });
    await untilInSync(b);
    await a.session!.kick();
    await expect
      .poll(() => statementOn(a, made.promise.id), { timeout: 15_000 })
      .toBe('Queues under 4 minutes');
    await a.offline();
    await b.offline();
  });

  it('goes on with a first replication stopped halfway, and sends what is written after it', async () => {
    const { a, dbA, made } = await aliceOnline('sync-resume');
    // Bob's laptop stopped during its first replication: marked, part of the audit in its replica.
    const b = await replica(couch, 'bob', 'sync-resume', null);
    const local = b.local();
    await local.put({ _id: FIRST_REPLICATION });
    await local.replicate.from(b.remote(), {
      doc_ids: [docId('audits', made.audit.id), docId('stages', made.stage.id)],
    });
    expect((await local.info()).doc_count).toBe(2);
    await b.online();
    await untilInSync(b);
    expect(await b.db.promises.get(made.promise.id)).toEqual(
      await dbA.promises.get(made.promise.id),
    );
    await expect(local.get(FIRST_REPLICATION)).rejects.toMatchObject({ status: 404 });
    // What Bob writes now reaches Alice: the push started after the pull, from its end.
    await updateRecord(b.db, 'promises', made.promise.id, { statement: 'Bob, after the restart' });
    await untilInSync(b);
    await a.session!.kick();
    await expect
      .poll(() => statementOn(a, made.promise.id), { timeout: 15_000 })
      .toBe('Bob, after the restart');
    await a.offline();
    await b.offline();
  });

  it('applies a first replication as the pull brings it, a conflict and a deletion included, without reading it back', async () => {
    const { a, dbA, made } = await aliceOnline('sync-arrivals');
    await deleteActions(dbA, [made.action.id]);
    await a.session!.kick();
    await expect
      .poll(() =>
        a
          .remote()
          .get(docId('actions', made.action.id))
          .then(
            () => 'held',
            () => 'gone',
          ),
      )
      .toBe('gone');
    await a.offline();
    // Another laptop's version of the promise, made from the same start, on the server beside
    // Alice's: the pull brings both in one batch.
    const remote = a.remote();
    const id = docId('promises', made.promise.id);
    const alices = (await remote.get(id, { revs: true })) as unknown as RecordDoc & {
      _revisions: { start: number; ids: string[] };
    };
    const hash = 'f'.repeat(32);
    await remote.bulkDocs(
      [
        {
          ...alices,
          record: { ...alices.record, statement: 'Carol: 2 minutes' },
          _rev: `${alices._revisions.start}-${hash}`,
          _revisions: {
            start: alices._revisions.start,
            ids: [hash, ...alices._revisions.ids.slice(1)],
          },
        },
      ] as never,
      { new_edits: false },
    );

    const PouchDB = (await nodePouch()) as unknown as { prototype: PouchDB.Database };
    const changes = vi.spyOn(PouchDB.prototype, 'changes');
    const b = await replica(couch, 'bob', 'sync-arrivals', null);
    await b.online();
    await untilInSync(b);
    // The replica's changes are read from where the first replication ended, never from its start.
    const readBack = changes.mock.calls.filter(
      ([options], i) =>
        (changes.mock.contexts[i] as { name?: string }).name?.startsWith('replica-') &&
        (options as { include_docs?: boolean } | undefined)?.include_docs,
    );
    changes.mockRestore();
    expect(readBack.length).toBeGreaterThan(0);
    expect(readBack.every(([options]) => (options as { since?: unknown }).since !== 0)).toBe(true);
    const joined = (await b.db.syncConnections.get(b.connection.id))!;
    expect(joined.appliedSeq).toBe((await b.local().info()).update_seq);

    expect(await b.db.visits.get(made.visit.id)).toEqual(await dbA.visits.get(made.visit.id));
    expect([...(await b.db.photos.get(made.photo.id))!.data]).toEqual([...made.photo.data]);
    expect(await b.db.actions.get(made.action.id)).toBeUndefined();
    const [onB] = await listConflicts(b.db, made.audit.id);
    expect(onB?.table).toBe('promises');
    const statements = [onB!.current.record, ...onB!.others.map((o) => o.record)].map(
      (r) => (r as { statement: string }).statement,
    );
    expect(statements.sort()).toEqual(['Carol: 2 minutes', 'You never queue more than 5 minutes']);
    // What Bob writes after it goes out as ever.
    await updateRecord(b.db, 'stages', made.stage.id, { name: 'Buy, by Bob' });
    await expect
      .poll(
        async () =>
          ((await remote.get(docId('stages', made.stage.id))) as unknown as RecordDoc).record.name,
        { timeout: 15_000 },
      )
      .toBe('Buy, by Bob');
    await b.offline();
  });

  it('reads a first replication back from the replica when applying what the pull brought failed', async () => {
    const { a, dbA, made } = await aliceOnline('sync-arrivals-failed');
    await a.offline();
    const b = await replica(couch, 'bob', 'sync-arrivals-failed', null);
    // The store refuses the first batch of the audit's records (a full disk, say).
    const transaction = b.db.transaction.bind(b.db) as (...args: unknown[]) => unknown;
    let refused = 0;
    vi.spyOn(b.db, 'transaction').mockImplementation(((...args: unknown[]) => {
      const tables = args[1] as { name: string }[];
      if (refused === 0 && Array.isArray(tables) && tables.some((t) => t.name === 'promises')) {
        refused++;
        return Promise.reject(new Error('QuotaExceededError'));
      }
      return transaction(...args);
    }) as never);
    await b.online();
    await untilInSync(b);
    expect(refused).toBe(1);
    expect(await b.db.promises.get(made.promise.id)).toEqual(
      await dbA.promises.get(made.promise.id),
    );
    expect(await b.db.visits.get(made.visit.id)).toEqual(await dbA.visits.get(made.visit.id));
    await b.offline();
  });

  it('forgets the revisions its records were in step with when an audit is disconnected', async () => {
    const { a, dbA, made } = await aliceOnline('sync-disconnect', ['alice']);
    await a.offline();
    const key = docId('promises', made.promise.id);
    expect(await dbA.syncRevs.get(key)).toBeDefined();
    await deleteConnection(dbA, a.connection.id);
    expect(await dbA.syncRevs.count()).toBe(0);
    // The audit stays.
    expect(await dbA.promises.get(made.promise.id)).toBeDefined();
  });

  it('sends an audit what is referred to first, so a laptop joining finds every reference before it', async () => {
    const db = freshDb();
    const made = await auditWithOneOfEach(db);
    await createConnection(db, {
      auditId: made.audit.id,
      server: couch.url,
      database: 'sync-order',
      username: 'alice',
    });
    await refreshConnectedAudits(db);
    // Every record of the audit waits to go: the team database is to hold them in that order.
    const kinds = (await outboxBatch(db, made.audit.id, 100)).map((e) => e.entity);
    expect(kinds).toEqual([
      'audits',
      'stages',
      'channels',
      'touchpoints',
      'promises',
      'photos',
      'visits',
      'actions',
    ]);
    expect((await outboxBatch(db, made.audit.id, 2)).map((e) => e.entity)).toEqual([
      'audits',
      'stages',
    ]);
  });

  it('does not write its own revisions into the store again when the replica brings them back', async () => {
    await teamDatabase(couch, 'sync-own', ['alice']);
    const dbA = freshDb();
    const made = await auditWithOneOfEach(dbA);
    const a = await replica(couch, 'alice', 'sync-own', made.audit.id, dbA);
    const revision = async () => (await dbA.evidenceRevisions.get(made.audit.id))?.revision;
    const before = await revision();
    await a.online();
    await untilInSync(a);
    await a.settle();
    // Every record went into the replica and came back through its changes: the evidence was
    // not written again (a write would raise the audit's evidence revision).
    expect(await revision()).toBe(before);
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...line } = made.observation;
    await createRecord(dbA, 'observations', {
      ...line,
      visitId: null,
      photoIds: [],
      note: 'Asked',
    });
    await untilInSync(a);
    await a.settle();
    expect(await revision()).toBe(before! + 1);
    await a.offline();
  });

  it('keeps both versions of a promise edited offline on two laptops, and one resolution converges both', async () => {
    const { a, b, made } = await twoConsultants('sync-conflict');
    await a.offline();
    await b.offline();
    await updateRecord(a.db, 'promises', made.promise.id, { statement: 'Alice: 3 minutes' });
    await updateRecord(b.db, 'promises', made.promise.id, {
      statement: 'Bob: 4 minutes',
      importance: 3,
    });
    await a.online();
    await untilInSync(a);
    await b.online();
    await untilInSync(b);
    await a.session!.kick();
    await untilInSync(a);

    const [onA] = await listConflicts(a.db, made.audit.id);
    const [onB] = await listConflicts(b.db, made.audit.id);
    expect(onA?.table).toBe('promises');
    expect(onB?.table).toBe('promises');
    // Both laptops show the same current version (CouchDB's winner) and the other beside it.
    expect(onA!.current.record).toEqual(onB!.current.record);
    const statements = [onA!.current.record, ...onA!.others.map((o) => o.record)].map(
      (r) => (r as { statement: string }).statement,
    );
    expect(statements.sort()).toEqual(['Alice: 3 minutes', 'Bob: 4 minutes']);

    // Alice takes Bob's statement and keeps her importance.
    const bobs = [onA!.current, ...onA!.others].find(
      (v) => (v.record as { statement: string }).statement === 'Bob: 4 minutes',
    )!;
    const alices = [onA!.current, ...onA!.others].find((v) => v !== bobs)!;
    await resolveConflict(a.db, 'promises', made.promise.id, {
      fields: { statement: bobs.origin, importance: alices.origin },
    });
    await untilInSync(a);
    await b.session!.kick();
    await expect
      .poll(async () => (await listConflicts(b.db, made.audit.id)).length, { timeout: 15_000 })
      .toBe(0);
    await untilInSync(b);
    const final = await a.db.promises.get(made.promise.id);
    expect(final).toMatchObject({ statement: 'Bob: 4 minutes', importance: 5 });
    expect(await b.db.promises.get(made.promise.id)).toEqual(final);
    expect(await listConflicts(a.db, made.audit.id)).toEqual([]);
    await a.offline();
    await b.offline();
  });

  it('replicates a survey, and an export taken in on two laptops apart counts once', async () => {
    const { a, b, made } = await twoConsultants('sync-survey');
    const definition = generateSurvey(await readAuditBundle(a.db, made.audit.id), {
      id: crypto.randomUUID(),
      target: { kind: 'touchpoints', ids: [made.touchpoint.id] },
      promises: 'all',
    });
    await createSurvey(a.db, made.audit.id, definition);
    await untilInSync(a);
    await b.session!.kick();
    await expect
      .poll(async () => (await b.db.surveys.get(definition.id))?.title)
      .toBe(definition.title);
    await a.offline();
    await b.offline();
    const answers = {
      auditId: made.audit.id,
      survey: { id: definition.id },
      tool: 'kobo' as const,
      fileName: 'checkout-export.csv',
      observations: [
        {
          promiseId: made.promise.id,
          method: 'survey' as const,
          date: '2026-02-02',
          wave: 1,
          observer: '',
          location: '',
          outcome: 'scored' as const,
          score: 3 as const,
          measured: null,
          verbatim: 'Quick at the till',
          note: '',
          externalKey: `${definition.id}:s-1/${definition.questions[0]!.name}`,
        },
      ],
      verbatims: [],
      nps: { answers: 1, promoters: 1, passives: 0, detractors: 0 },
    };
    // The same export, taken in on each laptop while both are offline.
    await takeSurveyResponses(a.db, answers);
    await takeSurveyResponses(b.db, answers);
    for (let i = 0; i < 2; i++)
      for (const r of [a, b]) {
        await r.online();
        await untilInSync(r);
        await r.session!.kick();
        await untilInSync(r);
        await r.offline();
      }
    for (const r of [a, b]) {
      const keyed = await r.db.observations.filter((o) => o.externalKey !== null).toArray();
      expect(keyed.map((o) => o.verbatim)).toEqual(['Quick at the till']);
      expect(await r.db.surveyImports.count()).toBe(1);
      // The same content from both laptops waits in no review.
      expect(await listConflicts(r.db, made.audit.id)).toEqual([]);
    }
  });

  it('sets a malformed or hostile document aside, reports it, and applies the rest', async () => {
    const { a, b, made } = await twoConsultants('sync-hostile');
    const good = {
      ...made.promise,
      statement: 'From the server',
      version: made.promise.version + 5,
    };
    const current = await adminGet(`/sync-hostile/${docId('promises', made.promise.id)}`);
    await adminPut(couch, `/sync-hostile/${docId('promises', made.promise.id)}`, {
      ...toDoc('promises', good),
      _rev: current._rev,
    });
    const evilId = crypto.randomUUID();
    await adminPut(couch, `/sync-hostile/${docId('promises', evilId)}`, {
      ...toDoc('promises', {
        ...made.promise,
        id: evilId,
        importance: 99,
        statement: '<script>x</script>',
      }),
    });
    await adminPut(couch, `/sync-hostile/touchstone-anything`, { hello: 'world' });
    await b.session!.kick();
    await expect
      .poll(() => statementOn(b, made.promise.id), { timeout: 15_000 })
      .toBe('From the server');
    await untilInSync(b);
    expect(await b.db.promises.get(evilId)).toBeUndefined();
    const issues = await b.db.syncIssues.toArray();
    expect(issues.map((i) => i.docId)).toEqual([docId('promises', evilId)]);
    expect(b.statuses.at(-1)!.setAside).toBe(1);
    await a.offline();
    await b.offline();
  });

  it('refuses to undo an edit of a record changed on another laptop since', async () => {
    const { a, b, made } = await twoConsultants('sync-undo');
    const journal: Journal = [];
    await updateRecord(a.db, 'promises', made.promise.id, { statement: 'Alice’s edit' }, journal);
    await untilInSync(a);
    await b.session!.kick();
    await expect
      .poll(() => statementOn(b, made.promise.id), { timeout: 15_000 })
      .toBe('Alice’s edit');
    await updateRecord(b.db, 'promises', made.promise.id, { statement: 'Bob’s later edit' });
    await untilInSync(b);
    await a.session!.kick();
    await expect
      .poll(() => statementOn(a, made.promise.id), { timeout: 15_000 })
      .toBe('Bob’s later edit');
    await expect(replayJournal(a.db, journal, 'undo')).rejects.toThrow(/can no longer be undone/);
    expect(await statementOn(a, made.promise.id)).toBe('Bob’s later edit');
    await a.offline();
    await b.offline();
  });

  it('says a wrong password in plain words and changes nothing', async () => {
    await teamDatabase(couch, 'sync-password', ['carol']);
    const db = freshDb();
    const made = await auditWithOneOfEach(db);
    const before = await db.promises.toArray();
    const r = await replica(couch, 'carol', 'sync-password', made.audit.id, db, 'not-her-password');
    await r.online();
    expect(r.statuses.at(-1)!.state).toEqual({ kind: 'error', problem: 'wrongPassword' });
    expect(await db.promises.toArray()).toEqual(before);
    const info = await adminGet('/sync-password');
    expect(info.doc_count).toBe(0);
    await r.offline();
  });
});

async function adminGet(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${couch.url}${path}`, {
    headers: { authorization: `Basic ${btoa(`${couch.admin.username}:${couch.admin.password}`)}` },
  });
  return res.json() as Promise<Record<string, unknown>>;
}
