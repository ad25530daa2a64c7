import type { Observation, ScoringSettings } from '../../../../shared/domain';
import { scoreAudit, scoringInputKey, type AuditScores } from '../../../../shared/scoring';
import { db } from '../db';
import type { EvidenceAt } from '../evidence-revisions';
import { diffInIdOrder, inIdOrder } from '../id-order';
import { observationsRevision } from '../observation-cache';
import { readScoreSnapshot, saveScoreSnapshot, type ScoreSnapshot } from '../score-snapshots';
import type { RegisterData } from '../register';
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
  /**
   * The evidence the scores came from; null while it is still being read and the scores are
   * the stored snapshot's, computed from exactly the evidence stored now.
   */
  observations: Observation[] | null;
  /** How many observations the audit has. */
  observationCount: number;
  scores: AuditScores;
}

/** Where the engine finds and keeps the stored score snapshot (db/score-snapshots.ts). */
export interface SnapshotStore {
  read(auditId: string): Promise<ScoreSnapshot | null>;
  save(snapshot: ScoreSnapshot): Promise<unknown>;
  /** The evidence revisions a list of observations was read at, if known. */
  revisionOf(observations: readonly Observation[]): EvidenceAt | undefined;
}

/** The app's own store. */
export const DB_SNAPSHOTS: SnapshotStore = {
  read: (auditId) => readScoreSnapshot(db, auditId),
  save: (snapshot) => saveScoreSnapshot(db, snapshot),
  revisionOf: observationsRevision,
};

/** How long scores stay unchanged before they are stored: a burst of edits is stored once. */
const SAVE_AFTER_MS = 1000;

/** What the engine uses of a Worker. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

interface Input {
  register: RegisterData;
  observations: Observation[];
  settings: ScoringSettings;
}

const keyOf = (register: RegisterData, settings: ScoringSettings) =>
  scoringInputKey({
    audit: { scoring: settings },
    touchpoints: register.touchpoints,
    promises: register.promises,
  });

/** What names a stored snapshot: the evidence revisions and the scoring input key it was computed at. */
const storedName = (at: EvidenceAt, key: string) => `${at.audit}:${at.any}:${key}`;

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
 *
 * Until the evidence is read (seconds, at 200,000 observations), it shows the stored snapshot
 * of the scores if that was computed from exactly the evidence, register and settings stored
 * now; scores it computes are stored in turn, once they have stayed unchanged a moment.
 */
export class ScoreEngine {
  private worker: WorkerLike | null | undefined;
  private version = 0;
  private answered = 0;
  private snapshot: ScoredAudit | undefined;
  /** The settings the scores shown were computed with. */
  private shownSettings: ScoringSettings | undefined;
  private readonly stored: Promise<ScoreSnapshot | null>;
  /** The register and settings shown while the evidence is read, to match the stored snapshot. */
  private waiting: { register: RegisterData; settings: ScoringSettings } | null = null;
  /** The revisions and key of the snapshot stored last, so the same one is not stored again. */
  private storedAs = '';
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The records each version in flight was computed from, to pair with its answer. */
  private inputs = new Map<number, Input>();
  private latest: Input | null = null;
  private sentRegister: RegisterData | null = null;
  private sentSettings = '';
  private sentObservations: readonly Observation[] | null = null;
  /** The observations last sent, in id order (see db/id-order.ts). */
  private sentInOrder: readonly Observation[] = [];
  readonly listeners = new Set<() => void>();

  /**
   * @param makeWorker starts the worker; null scores on the main thread. Tests pass their own.
   * @param snapshots where the score snapshot is read and stored; null for none.
   */
  constructor(
    readonly auditId: string,
    private readonly makeWorker: (() => WorkerLike) | null = typeof Worker !== 'undefined'
      ? () => new ScoreWorker({ name: 'scores' })
      : null,
    private readonly snapshots: SnapshotStore | null = null,
  ) {
    // Asked at once, before the evidence is: its read would hold this one up for seconds.
    this.stored = (snapshots ? snapshots.read(auditId) : Promise.resolve(null)).then(
      (stored) => {
        if (stored) this.storedAs ||= storedName(stored.at, stored.key);
        return stored;
      },
      () => null,
    );
  }

  get(): ScoredAudit | undefined {
    return this.snapshot;
  }

  /**
   * Takes the current register, evidence and settings; scores them if scoring would change.
   * Without evidence yet, offers the stored snapshot if it matches them.
   */
  update(
    register: RegisterData,
    observations: Observation[] | undefined,
    settings: ScoringSettings,
  ): void {
    if (!observations) {
      this.offerStored(register, settings);
      return;
    }
    this.waiting = null;
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
      this.inputs.set(this.version, { register, observations, settings });
      const shown = this.snapshot;
      if (shown && shown.register === register && shown.observations === observations) return;
      if (shown && this.answered === this.version) {
        this.snapshot = { ...shown, register, observations };
        this.emit();
        this.scheduleSave();
      }
      return;
    }
    this.version = request.version;
    this.inputs.set(this.version, { register, observations, settings });
    const worker = this.ensureWorker();
    if (worker) worker.postMessage(request, transferables(request));
    else this.scoreHere();
  }

  /** Puts into the request what changed among the observations; false when nothing did. */
  private diffObservations(list: readonly Observation[], request: ScoreRequest): boolean {
    // The observation cache holds its records in id order, so this walks both lists side by
    // side; a list in any other order is sorted first.
    const next = inIdOrder(list);
    const before = this.sentInOrder;
    const { changed, removed } = diffInIdOrder(before, next);
    if (changed.length === 0 && removed.length === 0) return false;
    this.sentInOrder = next;
    if (before.length === 0 || changed.length > next.length / 2) {
      request.reset = packObservations(next);
      return true;
    }
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
    this.show(input, reply.scores);
  }

  private show(input: Input, scores: AuditScores) {
    const { register, observations, settings } = input;
    this.snapshot = { register, observations, observationCount: observations.length, scores };
    this.shownSettings = settings;
    this.emit();
    this.scheduleSave();
  }

  /** Shows the stored snapshot while the evidence is read, if it holds for this register. */
  private offerStored(register: RegisterData, settings: ScoringSettings) {
    this.waiting = { register, settings };
    void this.stored.then((stored) => {
      const waiting = this.waiting;
      // The evidence came meanwhile, or this call was overtaken by a newer one.
      if (!stored || !waiting || waiting.register !== register || waiting.settings !== settings)
        return;
      if (keyOf(register, settings) !== stored.key) {
        // The register or settings changed since: its scores are not these any more.
        if (this.snapshot?.observations === null) {
          this.snapshot = undefined;
          this.emit();
        }
        return;
      }
      this.snapshot = {
        register,
        observations: null,
        observationCount: stored.observations,
        scores: stored.scores,
      };
      this.shownSettings = settings;
      this.emit();
    });
  }

  private scheduleSave() {
    if (!this.snapshots) return;
    clearTimeout(this.saveTimer);
    // The first scores from the evidence are stored at once: the audit may be closed soon
    // after opening. Later ones wait for a burst of edits to end.
    this.saveTimer = setTimeout(() => void this.save(), this.storedAs ? SAVE_AFTER_MS : 0);
  }

  /** Stores the scores shown, if they came from evidence read at a known revision. */
  private async save() {
    this.saveTimer = undefined;
    const shown = this.snapshot;
    const settings = this.shownSettings;
    if (!this.snapshots || !shown?.observations || !settings) return;
    const at = this.snapshots.revisionOf(shown.observations);
    if (!at) return;
    const key = keyOf(shown.register, settings);
    const as = storedName(at, key);
    if (as === this.storedAs) return;
    const snapshot: ScoreSnapshot = {
      auditId: this.auditId,
      at,
      key,
      observations: shown.observations.length,
      scores: shown.scores,
    };
    // A snapshot that could not be stored (the disk full, the evidence written since) is
    // only a slower next opening.
    if (await this.snapshots.save(snapshot).catch(() => false)) this.storedAs = as;
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
    this.show(input, scores);
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }

  /** Stops the worker, storing scores not stored yet; the engine is not used after this. */
  dispose(): void {
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
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
    current = new ScoreEngine(auditId, undefined, DB_SNAPSHOTS);
  }
  return current;
}
