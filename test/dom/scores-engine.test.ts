import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORING_SETTINGS,
  OBSERVATION_METHODS,
  type BrandPromise,
  type Channel,
  type JourneyStage,
  type Observation,
  type Touchpoint,
} from '../../shared/domain';
import { scoreAudit, type AuditScores } from '../../shared/scoring';
import type { RegisterData } from '../../renderer/src/db/register';
import { ScoreEngine, type WorkerLike } from '../../renderer/src/db/scores/score-engine';
import type { ScoreReply, ScoreRequest } from '../../renderer/src/db/scores/score-protocol';
import { ScoreState } from '../../renderer/src/db/scores/score-state';
import { expectSameScores } from '../support/same-scores';
import { nextScores } from './helpers';

const AUDIT = '00000000-0000-4000-8000-00000000a0d1';
const at = '2026-01-01T00:00:00.000Z';
const id = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${(n + 1).toString(16).padStart(12, '0')}`;
const base = { auditId: AUDIT, createdAt: at, updatedAt: at, version: 1 };

function register(promiseCount = 60): RegisterData {
  const stages: JourneyStage[] = [0, 1, 2].map((i) => ({
    ...base,
    id: id(1, i),
    name: `Stage ${i}`,
    description: '',
    order: i,
  }));
  const channels: Channel[] = [0, 1].map((i) => ({
    ...base,
    id: id(2, i),
    name: `Channel ${i}`,
    description: '',
    order: i,
  }));
  const touchpoints: Touchpoint[] = Array.from({ length: 6 }, (_, i) => ({
    ...base,
    id: id(3, i),
    stageId: stages[i % 3]!.id,
    channelId: channels[i % 2]!.id,
    name: `Touchpoint ${i}`,
    department: '',
    description: '',
  }));
  const promises: BrandPromise[] = Array.from({ length: promiseCount }, (_, i) => ({
    ...base,
    id: id(4, i),
    touchpointId: touchpoints[i % 6]!.id,
    statement: `Promise ${i}`,
    source: 'website',
    kind: 'functional',
    importance: 1 + (i % 5),
    target: null,
    belief: i % 7 === 0 ? null : ((i % 5) as 0 | 1 | 2 | 3 | 4),
  }));
  return {
    stages,
    channels,
    touchpoints,
    promises,
    stageById: new Map(stages.map((s) => [s.id, s])),
    channelById: new Map(channels.map((c) => [c.id, c])),
    touchpointById: new Map(touchpoints.map((t) => [t.id, t])),
  };
}

// Rubric steps 0, 1, 2 and 4 only: a promise's mean then never lands exactly on 75, where a
// sum taken in another order (the worker keeps its own) can fall either side of "kept".
const STEPS = [0, 1, 2, 4] as const;

function observation(
  n: number,
  promises: readonly BrandPromise[],
  score: number = STEPS[n % 4]!,
): Observation {
  return {
    ...base,
    id: id(5, n),
    promiseId: promises[(n * 7) % promises.length]!.id,
    visitId: null,
    method: OBSERVATION_METHODS[n % OBSERVATION_METHODS.length]!,
    date: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    wave: 1 + (n % 3),
    observer: '',
    location: '',
    outcome: n % 17 === 0 ? 'could-not-check' : 'scored',
    score: n % 17 === 0 ? null : (score as 0 | 1 | 2 | 3 | 4),
    measured: null,
    verbatim: '',
    note: '',
    photoIds: [],
  };
}

/** A worker in the same thread: applies requests to a ScoreState and answers a moment later. */
function inProcessWorker(fail = false) {
  const requests: ScoreRequest[] = [];
  const state = new ScoreState();
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: ((request: ScoreRequest) => {
      const copy = structuredClone(request);
      requests.push(copy);
      state.apply(copy);
      setTimeout(() => {
        const reply: ScoreReply = fail
          ? { version: state.version, error: { kind: 'other', message: 'boom' } }
          : { version: state.version, scores: structuredClone(state.score()!) };
        worker.onmessage?.call(worker as Worker, new MessageEvent('message', { data: reply }));
      }, 0);
    }) as Worker['postMessage'],
  };
  return { worker, requests };
}

function direct(
  data: RegisterData,
  observations: Observation[],
  scoring = DEFAULT_SCORING_SETTINGS,
) {
  return scoreAudit({ audit: { scoring }, ...data, observations });
}

describe('the score engine', () => {
  it('scores in its worker exactly what scoring the records directly gives, edit after edit', async () => {
    const { worker, requests } = inProcessWorker();
    const engine = new ScoreEngine(AUDIT, () => worker);
    let data = register();
    let observations = Array.from({ length: 600 }, (_, n) => observation(n, data.promises));

    let ready = nextScores(engine);
    engine.update(data, observations, DEFAULT_SCORING_SETTINGS);
    await ready;
    expectSameScores(engine.get()!.scores, direct(data, observations));
    expect(requests[0]!.reset?.id).toHaveLength(600);

    // One observation's score changes: only that record travels.
    observations = observations.map((o, i) => (i === 10 ? { ...o, score: 4 as const } : o));
    ready = nextScores(engine);
    engine.update(data, observations, DEFAULT_SCORING_SETTINGS);
    await ready;
    expect(requests[1]).toMatchObject({ upsert: { id: [observations[10]!.id] } });
    expect(requests[1]!.reset).toBeUndefined();
    expectSameScores(engine.get()!.scores, direct(data, observations));
    expect(engine.get()!.observations).toBe(observations);

    // Additions and deletions together.
    observations = [
      ...observations.filter((_, i) => i % 50 !== 3),
      observation(1000, data.promises, 0),
      observation(1001, data.promises, 4),
    ];
    ready = nextScores(engine);
    engine.update(data, observations, DEFAULT_SCORING_SETTINGS);
    await ready;
    expect(requests[2]!.remove).toHaveLength(12);
    expect(requests[2]!.upsert?.id).toHaveLength(2);
    expectSameScores(engine.get()!.scores, direct(data, observations));

    // The settings, then the register.
    const scoring = {
      ...DEFAULT_SCORING_SETTINGS,
      recencyHalfLifeDays: 30,
      methodWeights: { ...DEFAULT_SCORING_SETTINGS.methodWeights, survey: 0 },
    };
    ready = nextScores(engine);
    engine.update(data, observations, scoring);
    await ready;
    expectSameScores(engine.get()!.scores, direct(data, observations, scoring));
    data = {
      ...data,
      promises: data.promises.map((p, i) =>
        i === 3 ? { ...p, importance: 5, updatedAt: '2026-02-01T00:00:00.000Z' } : p,
      ),
    };
    ready = nextScores(engine);
    engine.update(data, observations, scoring);
    await ready;
    expect(requests.at(-1)!.promises).toHaveLength(60);
    expectSameScores(engine.get()!.scores, direct(data, observations, scoring));
  });

  it('sends nothing when nothing that scoring reads has changed, yet shows the newer records', async () => {
    const { worker, requests } = inProcessWorker();
    const engine = new ScoreEngine(AUDIT, () => worker);
    const data = register(12);
    const observations = Array.from({ length: 40 }, (_, n) => observation(n, data.promises));
    const ready = nextScores(engine);
    engine.update(data, observations, DEFAULT_SCORING_SETTINGS);
    await ready;
    const scores = engine.get()!.scores;
    // A stage renamed: a new register, the same touchpoints and promises.
    const renamed = { ...data, stages: data.stages.map((s) => ({ ...s, name: `${s.name}!` })) };
    engine.update(renamed, observations, { ...DEFAULT_SCORING_SETTINGS });
    expect(requests).toHaveLength(1);
    expect(engine.get()!.scores).toBe(scores);
    expect(engine.get()!.register).toBe(renamed);
  });

  it('pairs scores with the records they came from, and drops an answer overtaken by a newer one', async () => {
    const { worker } = inProcessWorker();
    const engine = new ScoreEngine(AUDIT, () => worker);
    const data = register(12);
    const first = Array.from({ length: 40 }, (_, n) => observation(n, data.promises));
    const second = first.map((o) => ({ ...o, score: 0 as const, outcome: 'scored' as const }));
    engine.update(data, first, DEFAULT_SCORING_SETTINGS);
    engine.update(data, second, DEFAULT_SCORING_SETTINGS);
    await new Promise((r) => setTimeout(r, 10));
    expect(engine.get()!.observations).toBe(second);
    expect(engine.get()!.scores.audit.score).toBe(0);
  });

  it('scores on the main thread when the worker fails, or when there is none', async () => {
    const data = register(12);
    const observations = Array.from({ length: 40 }, (_, n) => observation(n, data.promises));
    const { worker } = inProcessWorker(true);
    const failing = new ScoreEngine(AUDIT, () => worker);
    const ready = nextScores(failing);
    failing.update(data, observations, DEFAULT_SCORING_SETTINGS);
    await ready;
    expectSameScores(failing.get()!.scores, direct(data, observations));

    const none = new ScoreEngine(AUDIT, null);
    none.update(data, observations, DEFAULT_SCORING_SETTINGS);
    expectSameScores(none.get()!.scores, direct(data, observations));
  });
});

// Keeps the type import used when AuditScores is only named in helpers above.
export type { AuditScores };
