// A checked line is one piece of evidence, whatever happens to its visit: over random sequences of
// what two managers and a consultant do — fill lines, complete, reopen, send results, import them
// in any order and any number of times, edit on the consultant's side, settle conflicts — every
// store holds exactly one current observation per checked line, saying what the line says, and
// the consultant keeps the latest version each manager sent unless a conflict was settled since.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/domain';
import { lineObservations } from '../../shared/fieldwork/lines';
import {
  parseFieldPack,
  parseFieldResults,
  serializeFieldPack,
  serializeFieldResults,
} from '../../shared/fieldwork/pack-file';
import {
  buildFieldPack,
  buildFieldResults,
  importFieldResults,
  listConflicts,
  openFieldPack,
  resolveConflict,
} from '../../renderer/src/db/commands/field-packs';
import {
  completeVisit,
  pendingItem,
  reopenVisit,
  updateChecklistItem,
  updateObservation,
  updateVisit,
} from '../../renderer/src/db/commands/fieldwork';
import { createRecord } from '../../renderer/src/db/commands/records';
import type { TouchstoneDb } from '../../renderer/src/db/schema';
import { auditWithOneOfEach, freshDb } from './helpers';

const opened: TouchstoneDb[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.close()));
const open = () => {
  const made = freshDb();
  opened.push(made);
  return made;
};

type Step =
  | {
      kind: 'work';
      who: 0 | 1;
      visit: number;
      /** Lines answered: which line, what was found, what score. */
      lines: { line: number; state: 'scored' | 'could-not-check'; score: number }[];
      complete: boolean;
      send: boolean;
    }
  | { kind: 'reopen'; who: 0 | 1; visit: number }
  | { kind: 'import'; file: number }
  | { kind: 'hubEditLine'; visit: number; line: number; score: number }
  | { kind: 'hubEditVisit'; visit: number; scenario: string }
  | { kind: 'settle'; choice: number };

const manager = fc.constantFrom(0 as const, 1 as const);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  // A manager's stretch of work on a visit: some lines answered, then maybe completed and sent.
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('work' as const),
      who: manager,
      visit: fc.nat(1),
      lines: fc.array(
        fc.record({
          line: fc.nat(2),
          state: fc.constantFrom('scored' as const, 'scored' as const, 'could-not-check' as const),
          score: fc.nat(4),
        }),
        { maxLength: 3 },
      ),
      complete: fc.boolean(),
      send: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('reopen' as const), who: manager, visit: fc.nat(1) }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('import' as const), file: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('hubEditLine' as const),
      visit: fc.nat(1),
      line: fc.nat(2),
      score: fc.nat(4),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('hubEditVisit' as const),
      visit: fc.nat(1),
      scenario: fc.constantFrom('Lunchtime', 'Evening', 'Saturday'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('settle' as const), choice: fc.nat(3) }) },
);

/** Every checked line of every visit of an audit has exactly its one observation, saying what it says. */
async function expectOneObservationPerLine(db: TouchstoneDb, auditId: string) {
  const visits = await db.visits.where('auditId').equals(auditId).toArray();
  for (const visit of visits) {
    const held = await db.observations.where('visitId').equals(visit.id).toArray();
    const expected = lineObservations(visit);
    expect(held.map((o) => o.id).sort()).toEqual(expected.map((o) => o.id).sort());
    for (const line of expected) {
      const o = held.find((h) => h.id === line.id)!;
      const { createdAt: _c, updatedAt: _u, version: _v, ...content } = o;
      expect(content).toEqual(line);
    }
  }
}

/** A consultant's audit with two open visits of three promises each, sent to two managers. */
async function setUp() {
  const hub = open();
  const made = await auditWithOneOfEach(hub);
  const promises = [made.promise.id];
  for (const statement of ['The cashier thanks you', 'Receipts come by email']) {
    const p = await createRecord(hub, 'promises', {
      auditId: made.audit.id,
      touchpointId: made.touchpoint.id,
      statement,
      source: 'staff-script',
      kind: 'emotional',
      importance: 3,
      target: null,
      belief: null,
    });
    promises.push(p.id);
  }
  const visits: Visit[] = [];
  for (const location of ['Kraków – Rynek', 'Kraków – Kazimierz'])
    visits.push(
      await createRecord(hub, 'visits', {
        auditId: made.audit.id,
        kind: 'field-check',
        location,
        date: '2026-03-02',
        observer: 'Anna Nowak',
        scenario: 'Lunchtime check',
        wave: 2,
        status: 'planned',
        checklist: promises.map(pendingItem),
      }),
    );
  // The same open visits go out twice: re-issued, or given to two managers.
  const managers = [];
  for (let i = 0; i < 2; i++) {
    const text = serializeFieldPack(await buildFieldPack(hub, made.audit.id, 'Anna Nowak', 'test'));
    const db = open();
    const local = await openFieldPack(db, parseFieldPack(text));
    const localVisits = await db.visits.where('auditId').equals(local.id).toArray();
    const byLocation = (l: string) => localVisits.find((v) => v.location === l)!.id;
    managers.push({ db, auditId: local.id, visits: visits.map((v) => byLocation(v.location)) });
  }
  return { hub, auditId: made.audit.id, visits: visits.map((v) => v.id), promises, managers };
}

describe('a checked line is one piece of evidence (fast-check, random field work)', () => {
  it('two managers and a consultant, in any order: one current observation per line, nothing lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 4, maxLength: 24 }), async (steps) => {
        const s = await setUp();
        const sent: string[] = [];
        /** The latest version each pack sent and the consultant took in, since the last settlement. */
        const latest = new Map<string, Map<string, { version: number; text: string }>>();
        for (const step of steps) {
          if (step.kind === 'work') {
            const m = s.managers[step.who]!;
            const visitId = m.visits[step.visit]!;
            if ((await m.db.visits.get(visitId))!.status !== 'completed') {
              for (const l of step.lines) {
                const visit = (await m.db.visits.get(visitId))!;
                await updateChecklistItem(m.db, visitId, visit.checklist[l.line]!.promiseId, {
                  state: l.state,
                  score: l.state === 'scored' ? (l.score as 0) : null,
                  measured: null,
                });
              }
              if (step.complete) await completeVisit(m.db, visitId);
            }
            if (step.send)
              sent.push(serializeFieldResults(await buildFieldResults(m.db, m.auditId, 'test')));
          } else if (step.kind === 'reopen') {
            const m = s.managers[step.who]!;
            const visitId = m.visits[step.visit]!;
            if ((await m.db.visits.get(visitId))!.status === 'completed')
              await reopenVisit(m.db, visitId);
          } else if (step.kind === 'import' && sent.length > 0) {
            const results = parseFieldResults(sent[step.file % sent.length]!);
            // What the consultant had already seen of each visit from this pack: a file sent
            // before brings nothing new, settled or not.
            const seenBefore = new Map<string, number>();
            for (const { record } of results.visits) {
              const memory = await s.hub.fieldSync.get(`visits:${record.id}`);
              seenBefore.set(record.id, memory?.seen[results.packId] ?? 0);
            }
            await importFieldResults(s.hub, results);
            for (const { record } of results.visits) {
              if (record.version <= seenBefore.get(record.id)!) continue;
              const byPack = latest.get(record.id) ?? new Map();
              byPack.set(results.packId, {
                version: record.version,
                text: JSON.stringify(record.checklist),
              });
              latest.set(record.id, byPack);
            }
          } else if (step.kind === 'hubEditLine') {
            const visitId = s.visits[step.visit]!;
            const line = (await s.hub.observations.where('visitId').equals(visitId).toArray())[
              step.line
            ];
            if (line) {
              await updateObservation(s.hub, line.id, {
                outcome: 'scored',
                score: step.score as 0,
                measured: null,
              });
              // The consultant's edit builds on what the visit held: that is its latest state now.
              latest.delete(visitId);
            }
          } else if (step.kind === 'hubEditVisit') {
            await updateVisit(s.hub, s.visits[step.visit]!, { scenario: step.scenario });
            latest.delete(s.visits[step.visit]!);
          } else if (step.kind === 'settle') {
            const conflicts = await listConflicts(s.hub, s.auditId);
            const conflict = conflicts[0];
            if (conflict) {
              const origins = [conflict.current.origin, ...conflict.others.map((o) => o.origin)];
              await resolveConflict(
                s.hub,
                conflict.table,
                conflict.current.record.id,
                origins[step.choice % origins.length]!,
              );
              latest.delete(conflict.current.record.id);
            }
          }
          // At every step, every store: one observation per checked line, saying what it says.
          await expectOneObservationPerLine(s.hub, s.auditId);
          for (const m of s.managers) await expectOneObservationPerLine(m.db, m.auditId);
        }
        // Nothing lost: the latest version each pack sent is the current one, or waits beside it.
        for (const [visitId, byPack] of latest) {
          const current = (await s.hub.visits.get(visitId))!;
          const memory = await s.hub.fieldSync.get(`visits:${visitId}`);
          const kept = [
            JSON.stringify(current.checklist),
            ...Object.values(memory?.others ?? {}).map((v) =>
              JSON.stringify((v as Visit).checklist),
            ),
          ];
          for (const [packId, { version, text }] of byPack) {
            expect(memory?.seen[packId]).toBeGreaterThanOrEqual(version);
            expect(kept).toContain(text);
          }
        }
        for (const d of opened.splice(0)) d.close();
      }),
      {
        numRuns: Number(process.env.FC_RUNS ?? 40),
        examples: [
          [
            [
              // The case seen: completed and sent, reopened, one line changed, completed and sent
              // again; both files taken in, the second twice, and the first once more after.
              {
                kind: 'work',
                who: 0,
                visit: 0,
                lines: [
                  { line: 0, state: 'could-not-check', score: 0 },
                  { line: 1, state: 'scored', score: 3 },
                  { line: 2, state: 'scored', score: 2 },
                ],
                complete: true,
                send: true,
              },
              { kind: 'import', file: 0 },
              { kind: 'reopen', who: 0, visit: 0 },
              {
                kind: 'work',
                who: 0,
                visit: 0,
                lines: [{ line: 0, state: 'scored', score: 3 }],
                complete: true,
                send: true,
              },
              { kind: 'import', file: 1 },
              { kind: 'import', file: 1 },
              { kind: 'import', file: 0 },
              // The same visit filled differently by the second manager: one version waits.
              {
                kind: 'work',
                who: 1,
                visit: 0,
                lines: [{ line: 0, state: 'scored', score: 0 }],
                complete: true,
                send: true,
              },
              { kind: 'import', file: 2 },
              { kind: 'settle', choice: 1 },
              { kind: 'hubEditLine', visit: 0, line: 0, score: 1 },
            ],
          ],
        ],
      },
    );
  }, 240_000);
});
