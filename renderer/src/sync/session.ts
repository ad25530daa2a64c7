import type { SyncConnection } from '../../../shared/sync/connection';
import { fromDoc } from '../../../shared/sync/documents';
import {
  classifyFailure,
  isTransient,
  type FailureFacts,
  type SyncProblem,
  type SyncStatus,
} from '../../../shared/sync/status';
import {
  refreshConnectedAudits,
  updateConnection,
  type RemoteBatchResult,
} from '../db/commands/sync';
import type { TouchstoneDb } from '../db/schema';
import { onOutbox } from '../db/sync-outbox';
import { nowIso } from '../platform/clock';
import { applyArrivals, applyReplica } from './apply';
import { Arrivals, type PulledDoc } from './arrivals';
import { feedManagers, POLL_MS, stopFeeding } from './feeder';
import { pumpOutbox } from './pump';

type Side = 'push' | 'pull';
type Emitter = { on(event: string, listener: (event: Record<string, unknown>) => void): unknown };

/**
 * The local document that marks a replica on its first replication (a `_local` document: it
 * never replicates).
 */
export const FIRST_REPLICATION = '_local/touchstone-first-replication';

/** Where a session's PouchDB databases come from: the app's, or a test's. */
export interface PouchFactory {
  /** The connection's local replica. */
  local(connection: SyncConnection): PouchDB.Database;
  /** A database on the connection's server (its own by default), reached with its credentials. */
  remote(connection: SyncConnection, database?: string): PouchDB.Database;
}

/** The failure facts of whatever PouchDB or the store threw. */
export function factsOf(error: unknown): FailureFacts {
  const e = (error ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  // The platform has no password for the connection (a browser session ended).
  if (
    e.key === 'errors.sync.noCredentials' ||
    str(e.message)?.includes('errors.sync.noCredentials')
  )
    return { error: 'no_credentials' };
  return {
    status: typeof e.status === 'number' ? e.status : undefined,
    error: str(e.error),
    reason: str(e.reason),
    name: str(e.name),
    message: str(e.message),
  };
}

/**
 * One connected audit's replication while the app runs: continuous and two-way between the
 * local replica and the team database (PouchDB's sync, retrying with back-off when offline and
 * resuming from its checkpoints), the store's writes pumped into the replica (pump.ts), the
 * replica's changes applied to the store (apply.ts), and, on a consultant's laptop, the
 * managers' databases fed (feeder.ts). Reports a status a person can trust.
 */
export class SyncSession {
  private local: PouchDB.Database | null = null;
  private remote: PouchDB.Database | null = null;
  private sides: Partial<Record<Side, PouchDB.Replication.Replication<object>>> = {};
  private active: Record<Side, boolean> = { push: false, pull: false };
  private pushStarting = false;
  private unsubscribe: (() => void) | null = null;
  private poll: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;
  private busy = false;
  private stopped = false;
  private problem: SyncProblem | null = null;
  /** What each side of the replication last failed with, until it is active again. */
  private sideErrors: Record<Side, unknown> = { push: null, pull: null };
  private serverDocs: number | null = null;
  /** Records put into the replica since the push last waited with nothing to send. */
  private unsent = 0;
  /** How many times the push has waited with nothing to send. */
  private pushIdle = 0;
  private setAside = 0;
  private lastSyncAt: string | null;
  /**
   * On a first replication into an empty replica, what the pull brings, applied as it comes
   * (arrivals.ts) until the pull first catches up; then null, and the replica's changes are
   * read from the connection's checkpoint on (apply.ts).
   */
  private arrivals: Arrivals | null = null;
  /** The pull's batches started when it last caught up, while its arrivals are applied. */
  private caughtUpAt: number | null = null;

  constructor(
    private readonly db: TouchstoneDb,
    private connection: SyncConnection,
    private readonly pouch: PouchFactory,
    private readonly onStatus: (status: SyncStatus) => void,
  ) {
    this.lastSyncAt = connection.lastSyncAt;
  }

  /** Starts replicating; a wrong password or a refused database stops it with that said. */
  async start(): Promise<void> {
    this.local = this.pouch.local(this.connection);
    this.remote = this.pouch.remote(this.connection);
    await this.emit();
    try {
      const info = (await this.remote.info()) as PouchDB.Core.DatabaseInfo & { error?: string };
      if (info.error) throw info;
      this.serverDocs = info.doc_count;
    } catch (error) {
      const problem = classifyFailure(factsOf(error));
      this.problem = problem;
      if (!isTransient(problem)) {
        await this.emit();
        return;
      }
    }
    if (this.stopped) return;
    this.unsubscribe = onOutbox(() => this.kick());
    // A replica never filled yet is on its first replication: marked, so that an interrupted
    // one goes on as one (see startPush).
    const held = await this.local.info();
    if (Number(held.update_seq) === 0) {
      await this.local.put({ _id: FIRST_REPLICATION }).catch(() => undefined);
      this.arrivals = new Arrivals();
    }
    if (this.stopped) return;
    this.replicate('pull');
    this.poll = setInterval(() => void this.kick(), POLL_MS);
    this.kick();
  }

  /**
   * One side of the replication, continuous, retrying with back-off when offline and resuming
   * from its checkpoints; each side says its own failures (a sync's own 'paused' would drop
   * the error of the side that failed).
   */
  private replicate(side: Side, since?: number | string): void {
    const local = this.local!;
    const options: PouchDB.Replication.ReplicateOptions = {
      live: true,
      retry: true,
      batch_size: 250,
      back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
      ...(since === undefined ? {} : { since }),
      // The pull keeps its checkpoint in the replica only: the server is spared two requests
      // a batch for every laptop, and a replica lost is replicated again from the start either
      // way.
      ...(side === 'pull' ? { checkpoint: 'target' as const } : {}),
    };
    const replication =
      side === 'pull'
        ? local.replicate.from(this.remote!, options)
        : local.replicate.to(this.remote!, options);
    this.sides[side] = replication;
    // PouchDB says when the pull starts a batch (an event its types do not name).
    (replication as unknown as Emitter).on('checkpoint', (event) => {
      if (side === 'pull' && this.arrivals && 'start_next_batch' in event) this.arrivals.started++;
    });
    replication
      // What the pull brings is applied as it comes (the other writes into the replica are
      // the session's own rounds: the pump and the managers' work).
      .on('change', (info) => {
        if (side !== 'pull') return;
        this.arrivals?.take((info.docs ?? []) as unknown as PulledDoc[]);
        void this.kick();
      })
      .on('active', () => {
        this.active[side] = true;
        this.sideErrors[side] = null;
        void this.emit();
      })
      .on('paused', (error?: unknown) => {
        this.active[side] = false;
        this.sideErrors[side] = error ?? null;
        // The push waiting without an error has sent everything put into the replica.
        if (side === 'push' && !error) {
          this.unsent = 0;
          this.pushIdle++;
        }
        if (side === 'pull' && !error && !this.sides.push) {
          // Caught up: on a first replication, once what it brought is applied (round).
          if (this.arrivals) this.caughtUpAt = this.arrivals.started;
          else void this.startPush();
        }
        const failed = this.sideErrors.push ?? this.sideErrors.pull;
        this.problem = failed ? classifyFailure(factsOf(failed)) : null;
        if (this.problem && !isTransient(this.problem)) this.cancelReplication();
        void this.kick();
      })
      .on('denied', (error: unknown) => {
        this.problem = classifyFailure(factsOf(error));
        void this.emit();
      })
      .on('error', (error: unknown) => {
        this.problem = classifyFailure(factsOf(error));
        void this.emit();
      });
  }

  /**
   * Starts sending, once the pull has first caught up with the server. On a first replication
   * everything the replica holds came from the server (this laptop's writes wait in the outbox
   * until the push runs), so the push starts after it rather than asking the server about
   * every document it just sent: a push running beside the first pull makes it several times
   * slower. The mark goes before the push starts, so a stop in between costs time, never a
   * write.
   */
  private async startPush(): Promise<void> {
    if (this.pushStarting || this.stopped) return;
    this.pushStarting = true;
    const local = this.local!;
    let since: number | string | undefined;
    try {
      const mark = await local.get(FIRST_REPLICATION);
      since = (await local.info()).update_seq;
      await local.remove(mark);
    } catch {
      // not a first replication: the push goes on from its checkpoint
      since = undefined;
    }
    if (this.stopped) return;
    this.replicate('push', since);
    void this.kick();
  }

  private cancelReplication(): void {
    this.sides.pull?.cancel();
    this.sides.push?.cancel();
  }

  /** Stops replicating; what is in the replica stays for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.poll) clearInterval(this.poll);
    this.cancelReplication();
    if (this.local) stopFeeding(this.local);
    await this.running;
    await this.local?.close();
  }

  /** Runs a round of pump, join and apply, now or after the one running. */
  kick(): Promise<void> {
    this.dirty = true;
    if (!this.running)
      this.running = this.rounds().finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Waits until nothing is left to pump or apply (tests and the benchmark wait on this). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async rounds(): Promise<void> {
    while (this.dirty && !this.stopped) {
      this.dirty = false;
      this.busy = true;
      try {
        await this.round();
      } catch (error) {
        this.problem = classifyFailure(factsOf(error));
      }
      this.busy = this.dirty;
      await this.emit();
    }
  }

  private async round(): Promise<void> {
    const local = this.local!;
    // Until the push runs, this laptop's writes wait in the outbox (see startPush).
    const sending = Boolean(this.sides.push);
    if (this.connection.auditId && sending) {
      const idle = this.pushIdle;
      const moved = await pumpOutbox(this.db, local, this.connection);
      // A push that went idle meanwhile may have sent these already: then they are not counted
      // (the next wait settles any it had not).
      if (this.pushIdle === idle) this.unsent += moved;
    }
    if (!this.connection.auditId) await this.join();
    const onBatch = (r: RemoteBatchResult) => {
      this.setAside += r.setAside;
    };
    if (this.arrivals) {
      try {
        await applyArrivals(this.db, local, this.connection, this.arrivals, onBatch);
      } catch (error) {
        // What was taken is not in the store (a full disk, say): the replica's changes are read
        // from the checkpoint, which has not moved, once the store takes writes again.
        const caughtUp = this.caughtUpAt !== null;
        this.arrivals = null;
        this.caughtUpAt = null;
        if (caughtUp) void this.startPush();
        throw error;
      }
      if (this.caughtUpAt !== null) await this.endArrivals();
    } else await applyReplica(this.db, local, this.connection, onBatch);
    this.connection = (await this.db.syncConnections.get(this.connection.id)) ?? this.connection;
    if (this.connection.auditId && this.remote && sending) {
      // A manager's work brought into the replica is applied in the next round.
      if ((await feedManagers(this.db, local, this.pouch, this.connection)) > 0) this.dirty = true;
    }
  }

  /**
   * Ends a first replication's applying of what the pull brings, once the pull has caught up
   * and all of it is applied: the connection's checkpoint moves to the replica's sequence
   * then, and the push starts. Only when the pull has started no batch since it caught up,
   * before and while the sequence is read (so the replica holds nothing not applied);
   * otherwise at its next catching up. A joining laptop the pull brought no audit to reads
   * the replica's changes from its checkpoint when one comes.
   */
  private async endArrivals(): Promise<void> {
    const arrivals = this.arrivals!;
    const at = this.caughtUpAt;
    this.caughtUpAt = null;
    if (!this.connection.auditId) {
      // Nothing brought names an audit, so nothing was applied: the replica's changes are
      // read from the checkpoint on when one does.
      this.arrivals = null;
      void this.startPush();
      return;
    }
    if (!arrivals.empty || arrivals.started !== at) return;
    const seq = (await this.local!.info()).update_seq;
    if (arrivals.started !== at || !arrivals.empty) return;
    await updateConnection(this.db, this.connection.id, { appliedSeq: seq, firstSeq: seq });
    this.connection = { ...this.connection, appliedSeq: seq, firstSeq: seq };
    this.arrivals = null;
    void this.startPush();
  }

  /** A connection made to join a database takes the audit the replica has brought. */
  private async join(): Promise<void> {
    const found = await this.local!.allDocs({
      startkey: 'audits:',
      endkey: 'audits:\ufff0',
      include_docs: true,
    });
    for (const row of found.rows) {
      const doc = row.doc as { auditId?: unknown } | undefined;
      if (typeof doc?.auditId !== 'string') continue;
      const reading = fromDoc(doc, doc.auditId);
      if (!reading.ok) continue;
      await updateConnection(this.db, this.connection.id, { auditId: reading.record.id });
      this.connection = { ...this.connection, auditId: reading.record.id };
      await refreshConnectedAudits(this.db);
      return;
    }
  }

  private async emit(): Promise<void> {
    if (this.stopped) return;
    const outbox = this.connection.auditId
      ? await this.db.syncOutbox.where('auditId').equals(this.connection.auditId).count()
      : 0;
    const pending = outbox + this.unsent;
    const issues = await this.db.syncIssues
      .where('connectionId')
      .equals(this.connection.id)
      .count();
    this.setAside = issues;
    let state: SyncStatus['state'];
    if (this.problem && !isTransient(this.problem))
      state = { kind: 'error', problem: this.problem };
    else if (this.problem) state = { kind: 'offline' };
    else if (!this.sides.push || this.active.pull || this.active.push || this.busy || pending > 0) {
      const held = this.local
        ? (await this.local.info().catch(() => ({ doc_count: 0 }))).doc_count
        : 0;
      state = {
        kind: 'syncing',
        done: held,
        total: this.serverDocs === null ? null : Math.max(held, this.serverDocs),
      };
    } else {
      state = { kind: 'in-sync' };
      this.lastSyncAt = nowIso();
      await updateConnection(this.db, this.connection.id, { lastSyncAt: this.lastSyncAt });
    }
    if (this.stopped) return;
    this.onStatus({ state, lastSyncAt: this.lastSyncAt, pending, setAside: this.setAside });
  }
}
