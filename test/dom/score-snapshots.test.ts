import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditBundle, Observation } from '../../shared/domain';
import { orderRegister } from '../../shared/register/register-order';
import { scoreAudit, scoringInputKey } from '../../shared/scoring';
import { importAuditBundle } from '../../renderer/src/db/commands/audits';
import { db } from '../../renderer/src/db/db';
import { useAuditObservations } from '../../renderer/src/db/observation-cache';
import { updateRecord } from '../../renderer/src/db/commands/records';
import {
  currentEvidenceAt,
  readScoreSnapshot,
  saveScoreSnapshot,
  type ScoreSnapshot,
} from '../../renderer/src/db/score-snapshots';
import type { RegisterData } from '../../renderer/src/db/register';
import {
  DB_SNAPSHOTS,
  ScoreEngine,
  type SnapshotStore,
} from '../../renderer/src/db/scores/score-engine';
import { expectSameScores } from '../support/same-scores';
import { nextScores } from './helpers';
import { smallBundle } from '../support/small-bundle';

/** The small bundle with four promises and 500 observations of them, scores and dates varied. */
function generateAudit(_size: 'small', seed: number): AuditBundle {
  const bundle = smallBundle();
  const model = bundle.promises[0]!;
  const promises = [0, 1, 2, 3].map((i) =>
    i === 0
      ? model
      : { ...model, id: crypto.randomUUID(), importance: 1 + i, belief: i, target: null },
  );
  const first = bundle.observations[0]!;
  const observations = Array.from({ length: 500 }, (_, n) => ({
    ...first,
    id: crypto.randomUUID(),
    promiseId: promises[(n * seed) % 4]!.id,
    visitId: null,
    photoIds: [],
    date: `2026-0${3 + (n % 4)}-${String(1 + ((n * seed) % 28)).padStart(2, '0')}`,
    wave: 1 + (n % 2),
    score: ((n * 7 + seed) % 5) as 0 | 1 | 2 | 3 | 4,
  }));
  // Evidence of its own only: the small bundle's visit goes, with its line's observation.
  return { ...bundle, promises, observations, visits: [], actions: [] };
}

/** The audit's register and evidence as the app reads them back from the store. */
async function readBack(auditId: string) {
  const by = <T>(table: {
    where: (i: string) => { equals: (v: string) => { toArray: () => Promise<T[]> } };
  }) => table.where('auditId').equals(auditId).toArray();
  const ordered = orderRegister({
    stages: await by(db.stages),
    channels: await by(db.channels),
    touchpoints: await by(db.touchpoints),
    promises: await by(db.promises),
  });
  const register: RegisterData = {
    ...ordered,
    stageById: new Map(ordered.stages.map((s) => [s.id, s])),
    channelById: new Map(ordered.channels.map((c) => [c.id, c])),
    touchpointById: new Map(ordered.touchpoints.map((t) => [t.id, t])),
  };
  const audit = (await db.audits.get(auditId))!;
  const observations: Observation[] = await by(db.observations);
  return { register, audit, observations };
}

let engine: ScoreEngine | undefined;
afterEach(() => {
  engine?.dispose();
  engine = undefined;
  vi.useRealTimers();
});

describe('the stored score snapshot', () => {
  it('is written with an imported audit, as the app scores the records it reads back', async () => {
    const { audit } = await importAuditBundle(db, generateAudit('small', 7));
    const snapshot = (await readScoreSnapshot(db, audit.id))!;
    expect(snapshot).not.toBeNull();
    const back = await readBack(audit.id);
    const input = {
      audit: back.audit,
      touchpoints: back.register.touchpoints,
      promises: back.register.promises,
    };
    expect(snapshot.key).toBe(scoringInputKey(input));
    expect(snapshot.observations).toBe(500);
    expectSameScores(snapshot.scores, scoreAudit({ ...input, observations: back.observations }));
  });

  it('goes out of date with the first write of evidence, and is not stored out of date', async () => {
    const { audit } = await importAuditBundle(db, generateAudit('small', 8));
    const snapshot = (await readScoreSnapshot(db, audit.id))!;
    const { observations } = await readBack(audit.id);
    await updateRecord(db, 'observations', observations[0]!.id, { note: 'Seen again' });
    expect(await readScoreSnapshot(db, audit.id)).toBeNull();
    // Stored at the revision it was computed at, which is no longer the store's: refused.
    expect(await saveScoreSnapshot(db, snapshot)).toBe(false);
    const at = await currentEvidenceAt(db, audit.id);
    expect(await saveScoreSnapshot(db, { ...snapshot, at })).toBe(true);
    expect(await readScoreSnapshot(db, audit.id)).not.toBeNull();
  });

  it('is shown by the engine before the evidence is read, and only for the register it was made for', async () => {
    const { audit } = await importAuditBundle(db, generateAudit('small', 9));
    const back = await readBack(audit.id);
    engine = new ScoreEngine(audit.id, null, DB_SNAPSHOTS);
    let ready = nextScores(engine);
    engine.update(back.register, undefined, back.audit.scoring);
    await ready;
    const shown = engine.get()!;
    expect(shown.observations).toBeNull();
    expect(shown.observationCount).toBe(500);
    expectSameScores(
      shown.scores,
      scoreAudit({ audit: back.audit, ...back.register, observations: back.observations }),
    );

    // A promise's importance changed before the evidence came: the snapshot no longer holds.
    const changed = {
      ...back.register,
      promises: back.register.promises.map((p, i) => (i === 0 ? { ...p, importance: 1 } : p)),
    };
    ready = nextScores(engine);
    engine.update(changed, undefined, back.audit.scoring);
    await ready;
    expect(engine.get()).toBeUndefined();

    // The evidence arrives: scores computed from it replace any snapshot.
    ready = nextScores(engine);
    engine.update(changed, back.observations, back.audit.scoring);
    await ready;
    expect(engine.get()!.observations).toBe(back.observations);
  });

  it('is stored by the engine once scores from evidence of a known revision stay unchanged', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const saved: ScoreSnapshot[] = [];
    const at = { audit: 4, any: 0 };
    const label = () => ({ ...at });
    const store: SnapshotStore = {
      read: () => Promise.resolve(null),
      save: (s) => Promise.resolve(saved.push(s)),
      revisionOf: (list) => (list.length > 0 ? label() : undefined),
    };
    const bundle = generateAudit('small', 10);
    const ordered = orderRegister(bundle);
    const register: RegisterData = {
      ...ordered,
      stageById: new Map(),
      channelById: new Map(),
      touchpointById: new Map(),
    };
    engine = new ScoreEngine(bundle.audit.id, null, store);
    engine.update(register, bundle.observations, bundle.audit.scoring);
    // The first scores from the evidence are stored at once.
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ auditId: bundle.audit.id, at, observations: 500 });
    expect(saved[0]!.key).toBe(
      scoringInputKey({
        audit: bundle.audit,
        touchpoints: ordered.touchpoints,
        promises: ordered.promises,
      }),
    );
    // A burst of edits is stored once it has ended: the last scores.
    for (const score of [0, 1, 2] as const) {
      const later = bundle.observations.map((o, i) => (i === 0 ? { ...o, score } : o));
      at.audit++;
      engine.update(register, later, bundle.audit.scoring);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(saved).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(2);
    expect(saved[1]!.at).toEqual({ audit: 7, any: 0 });
    expect(saved[1]!.scores).toBe(engine.get()!.scores);
    // Evidence whose revision is not known (not read from the store) is never stored.
    engine.update(register, [], bundle.audit.scoring);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toHaveLength(2);
  });

  it('follows the evidence the app holds: after an edit, the next opening finds it current', async () => {
    const { audit } = await importAuditBundle(db, generateAudit('small', 11));
    const back = await readBack(audit.id);
    const { result } = renderHook(() => useAuditObservations(audit.id).observations);
    await waitFor(() => expect(result.current).toHaveLength(500));
    await updateRecord(db, 'observations', result.current![3]!.id, { score: 0 });
    await waitFor(() =>
      expect(result.current!.some((o) => o.score === 0 && o.note === '')).toBe(true),
    );
    expect(await readScoreSnapshot(db, audit.id)).toBeNull();

    engine = new ScoreEngine(audit.id, null, DB_SNAPSHOTS);
    engine.update(back.register, result.current!, back.audit.scoring);
    await waitFor(() => expect(readScoreSnapshot(db, audit.id)).resolves.not.toBeNull(), {
      timeout: 3000,
    });
    const stored = (await readScoreSnapshot(db, audit.id))!;
    expectSameScores(stored.scores, engine.get()!.scores);
  });
});
