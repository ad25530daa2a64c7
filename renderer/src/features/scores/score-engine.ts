import type { Observation, ScoringSettings } from '../../../../shared/domain';
import { scoreAudit, type AuditScores } from '../../../../shared/scoring';
import type { RegisterData } from '../register/useRegister';
import {
  packObservations,
  slimPromises,
  slimTouchpoints,
  transferables,
  type ScoreReply,
  type ScoreRequest,
} from './score-protocol';
import ScoreWorker from './score.worker.ts?worker&inline';

/** An audit's register, evidence and the scores computed from exactly these. */
export interface ScoredAudit {
  register: RegisterData;
  observations: Observation[];
  scores: AuditScores;
}

/** What the engine uses of a Worker. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

interface Input {
  register: RegisterData;
  observations: Observation[];
}

/** Whether two lists hold the same records in the same versions (by id and updatedAt). */
function sameRecords(
  a: readonly { id: string; updatedAt: string }[],
  b: readonly { id: string; updatedAt: string }[],
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i]!.id !== b[i]!.id || a[i]!.updatedAt !== b[i]!.updatedAt) return false;
  return true;
}

/**
 * Keeps one audit's scores current. The register and the evidence come in from the screens'
 * live queries; only what changed goes to a worker, which holds the rest and scores the audit
 * off the main thread, so that an edit among 200,000 observations never holds up typing.
 * Where no worker can run (tests in jsdom, a worker that failed), it scores on the main thread.
 * Every subscriber sees the same scores, paired with the very records they came from.
 */
export class ScoreEngine {
  private worker: WorkerLike | null | undefined;
  private version = 0;
  private answered = 0;
  private snapshot: ScoredAudit | undefined;
  /** The records each version in flight was computed from, to pair with its answer. */
  private inputs = new Map<number, Input>();
  private latest: (Input & { settings: ScoringSettings }) | null = null;
  private sentRegister: RegisterData | null = null;
  private sentSettings = '';
  private sentObservations: readonly Observation[] | null = null;
  private sentById = new Map<string, Observation>();
  readonly listeners = new Set<() => void>();

  /**
   * @param makeWorker starts the worker; null scores on the main thread. Tests pass their own.
   */
  constructor(
    readonly auditId: string,
    private readonly makeWorker: (() => WorkerLike) | null = typeof Worker !== 'undefined'
      ? () => new ScoreWorker({ name: 'scores' })
      : null,
  ) {}

  get(): ScoredAudit | undefined {
    return this.snapshot;
  }

  /** Takes the current register, evidence and settings; scores them if scoring would change. */
  update(register: RegisterData, observations: Observation[], settings: ScoringSettings): void {
    this.latest = { register, observations, settings };
    const settingsKey = JSON.stringify(settings);
    const registerChanged =
      !this.sentRegister ||
      !sameRecords(this.sentRegister.touchpoints, register.touchpoints) ||
      !sameRecords(this.sentRegister.promises, register.promises);
    const request: ScoreRequest = { version: this.version + 1 };
    let changed = false;
    if (settingsKey !== this.sentSettings) {
      request.settings = settings;
      changed = true;
    }
    if (registerChanged) {
      request.touchpoints = slimTouchpoints(register.touchpoints);
      request.promises = slimPromises(register.promises);
      changed = true;
    }
    if (observations !== this.sentObservations && this.diffObservations(observations, request))
      changed = true;
    this.sentRegister = register;
    this.sentSettings = settingsKey;
    this.sentObservations = observations;

    if (!changed) {
      // Names, order or other fields changed, not what scoring reads: same scores, new records.
      this.inputs.set(this.version, { register, observations });
      const shown = this.snapshot;
      if (shown && shown.register === register && shown.observations === observations) return;
      if (shown && this.answered === this.version) {
        this.snapshot = { ...shown, register, observations };
        this.emit();
      }
      return;
    }
    this.version = request.version;
    this.inputs.set(this.version, { register, observations });
    const worker = this.ensureWorker();
    if (worker) worker.postMessage(request, transferables(request));
    else this.scoreHere();
  }

  /** Puts into the request what changed among the observations; false when nothing did. */
  private diffObservations(list: readonly Observation[], request: ScoreRequest): boolean {
    const before = this.sentById;
    const previous = this.sentObservations;
    const changed: Observation[] = [];
    let added = 0;
    // An edit leaves every other record where it was (the observation cache keeps them in
    // place), so a walk side by side finds it; anything else is looked up by id.
    const aligned = previous !== null && previous.length === list.length;
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      if (aligned && previous[i] === o) continue;
      const old = before.get(o.id);
      if (old === o) continue;
      if (old === undefined) added++;
      changed.push(o);
    }
    const kept = list.length - added;
    let removed: string[] = [];
    if (kept < before.size) {
      const present = new Set(list.map((o) => o.id));
      removed = [...before.keys()].filter((id) => !present.has(id));
    }
    if (changed.length === 0 && removed.length === 0) return false;
    if (before.size === 0 || changed.length > list.length / 2) {
      request.reset = packObservations(list);
      this.sentById = new Map(list.map((o) => [o.id, o]));
      return true;
    }
    for (const id of removed) before.delete(id);
    for (const o of changed) before.set(o.id, o);
    if (changed.length > 0) request.upsert = packObservations(changed);
    if (removed.length > 0) request.remove = removed;
    return true;
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker !== undefined) return this.worker;
    this.worker = null;
    if (!this.makeWorker) return null;
    try {
      const worker = this.makeWorker();
      worker.onmessage = (event: MessageEvent<ScoreReply>) => this.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fallBack();
      };
      this.worker = worker;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private receive(reply: ScoreReply) {
    if (reply.error !== undefined || !reply.scores) {
      this.fallBack();
      return;
    }
    // An answer older than one already shown is dropped; a newer request is on its way.
    if (reply.version < this.answered) return;
    const input = this.inputs.get(reply.version);
    if (!input) return;
    for (const v of this.inputs.keys()) if (v < reply.version) this.inputs.delete(v);
    this.answered = reply.version;
    this.snapshot = { ...input, scores: reply.scores };
    this.emit();
  }

  /** The worker failed: from now on, score on the main thread. */
  private fallBack() {
    this.worker?.terminate();
    this.worker = null;
    this.scoreHere();
  }

  private scoreHere() {
    const input = this.latest;
    if (!input) return;
    const scores = scoreAudit({
      audit: { scoring: input.settings },
      touchpoints: input.register.touchpoints,
      promises: input.register.promises,
      observations: input.observations,
    });
    this.answered = this.version;
    this.inputs.clear();
    this.inputs.set(this.version, input);
    this.snapshot = { register: input.register, observations: input.observations, scores };
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }

  /** Stops the worker; the engine is not used after this. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.listeners.clear();
  }
}

/** The engine of the audit last shown: switching audits starts a new one. */
let current: ScoreEngine | null = null;

/** The one score engine of an audit, shared by every screen that shows its scores. */
export function scoreEngineFor(auditId: string): ScoreEngine {
  if (current?.auditId !== auditId) {
    current?.dispose();
    current = new ScoreEngine(auditId);
  }
  return current;
}
