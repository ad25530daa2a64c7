import { LocalizedError } from '../../../shared/domain';
import type { ReadProgress, Steps } from '../../../shared/formats/steps';

/**
 * Long work as a person sees it: what is being done (an import, a merge, a restore, a
 * backup), at which step, how far along, and whether Cancel can still stop it with nothing
 * kept. Commands report to a `Progress`; the screens start a `Work` on the board, pass it
 * down, and the window shows the board (app/components/WorkDialog.tsx).
 *
 * Cancel is offered only while nothing has been written: while a file is read and checked
 * (and, for a backup, while its file is made, which changes nothing in the store). It is
 * heard between slices of that work. Once writing starts, Cancel is off: the write goes on
 * to its end in one transaction, kept whole or not at all.
 */

export type WorkKind = 'import' | 'merge' | 'restore' | 'backup';

/**
 * `read` a file (or, for a backup, the audit from the store); `check` its records; `write`
 * them (a backup: make its file); `save`: the transaction commits (a backup: the file is
 * handed over).
 */
export type WorkStep = 'read' | 'check' | 'write' | 'save';

/** Whether Cancel may stop work of `kind` at `step`: only while nothing has been written. */
export function mayCancel(kind: WorkKind, step: WorkStep): boolean {
  if (step === 'read' || step === 'check') return true;
  // A backup's `write` makes its file in memory; only handing it over writes anything.
  return kind === 'backup' && step === 'write';
}

/** One piece of work as the window shows it. */
export interface WorkState {
  readonly id: number;
  readonly kind: WorkKind;
  /** What it works on: a file's name or an audit's. */
  readonly subject: string;
  readonly step: WorkStep;
  readonly done: number;
  /** How many units the step has; 0 when that is not known. */
  readonly total: number;
  /** Whether Cancel would still stop it with nothing kept. */
  readonly cancellable: boolean;
  /** Cancel was pressed; the work stops at its next slice. */
  readonly cancelling: boolean;
}

/** What a long command reports to and hears a cancel from; every command takes it as optional. */
export interface Progress {
  /** Where the work is: its step, and how much of it is done of `total` (0: not known). */
  at(step: WorkStep, done?: number, total?: number): void;
  /** `by` more units of the step are done. */
  advance(by?: number): void;
  /**
   * Throws WorkCancelledError when Cancel was pressed. Reads call it between slices; `at` a
   * step that writes calls it one last time (inside a transaction the throw aborts it before
   * anything is written), then turns Cancel off.
   */
  checkpoint(): void;
  /**
   * Lets the window draw and hear Cancel, then checkpoints. Only between transactions: a
   * transaction left waiting for a task ends early.
   */
  pause(): Promise<void>;
}

/** The work was cancelled by the person; nothing of it was kept. */
export class WorkCancelledError extends LocalizedError {
  override readonly name = 'WorkCancelledError';
  constructor(readonly kind: WorkKind) {
    super('errors.store.cancelled');
  }
}

/** Whether a failure is a cancel the person asked for, which is no failure to report. */
export function isWorkCancelled(error: unknown): error is WorkCancelledError {
  return error instanceof WorkCancelledError;
}

/** The kinds of work that write the store; a backup writes only its file. */
export type StoreWriteKind = Exclude<WorkKind, 'backup'>;
const STORE_WRITES: readonly string[] = ['import', 'merge', 'restore'] satisfies StoreWriteKind[];

/** A write that was under way when the window closed, as the next start finds it. */
export interface InterruptedWrite {
  kind: StoreWriteKind;
  subject: string;
}

type Listener = () => void;
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const INTERRUPTED_KEY = 'touchstone.writing';
/** The Web Lock a window holds while it writes, so that another window's start can tell. */
const WRITING_LOCK = 'touchstone.writing';

/** Resolves in a later task: the window draws and hears clicks and keys in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** One piece of long work under way; see the module's comment. */
export class Work implements Progress {
  private state: WorkState;
  private shownPercent = -1;

  constructor(
    private readonly board: WorkBoard,
    id: number,
    kind: WorkKind,
    subject: string,
  ) {
    this.state = {
      id,
      kind,
      subject,
      step: 'read',
      done: 0,
      total: 0,
      cancellable: true,
      cancelling: false,
    };
  }

  get current(): WorkState {
    return this.state;
  }

  at(step: WorkStep, done = 0, total = 0): void {
    const cancellable = mayCancel(this.state.kind, step);
    if (!cancellable) this.checkpoint();
    const changed = step !== this.state.step;
    // A backup writes a file, not the store: a window closed during it leaves nothing to finish.
    if (changed && this.state.kind !== 'backup' && (step === 'write' || step === 'save'))
      this.board.writing(this.state);
    this.state = {
      ...this.state,
      step,
      done,
      total,
      cancellable,
    };
    this.publish(changed);
  }

  advance(by = 1): void {
    this.state = { ...this.state, done: Math.min(this.state.total, this.state.done + by) };
    this.publish(false);
  }

  checkpoint(): void {
    if (this.state.cancelling) throw new WorkCancelledError(this.state.kind);
  }

  async pause(): Promise<void> {
    await nextTask();
    this.checkpoint();
  }

  /** Asks the work to stop; heard at its next slice. Does nothing once it writes. */
  cancel(): void {
    if (!this.state.cancellable || this.state.cancelling) return;
    this.state = { ...this.state, cancelling: true };
    this.publish(true);
  }

  /** The work is over, done or not: it leaves the board. */
  finish(): void {
    this.board.remove(this);
  }

  /** Tells the board, at a step's change or a whole percent more: no more often than the bar moves. */
  private publish(always: boolean) {
    const { done, total } = this.state;
    const percent = total > 0 ? Math.floor((done / total) * 100) : -1;
    if (!always && percent === this.shownPercent) return;
    this.shownPercent = percent;
    this.board.changed();
  }
}

/**
 * The work under way, for the window to show, and the memory of a write cut short by the
 * window closing (kept in `storage` while a write runs, so that the next start can say what
 * it waits for and what became of it).
 */
export class WorkBoard {
  private works: Work[] = [];
  private snapshot: readonly WorkState[] = [];
  private nextId = 1;
  private readonly listeners = new Set<Listener>();
  private releaseLock: (() => void) | null = null;

  constructor(private readonly storage: KeyValueStore | null = browserStorage()) {}

  /** Starts a piece of work about `subject`; call `finish()` on it when it is over. */
  start(kind: WorkKind, subject: string): Work {
    const work = new Work(this, this.nextId++, kind, subject);
    this.works = [...this.works, work];
    this.changed();
    return work;
  }

  /** Runs `task` as a piece of work about `subject`, which leaves the board when it ends. */
  async run<T>(kind: WorkKind, subject: string, task: (work: Work) => Promise<T>): Promise<T> {
    const work = this.start(kind, subject);
    try {
      return await task(work);
    } finally {
      work.finish();
    }
  }

  /** The work under way, oldest first, for useSyncExternalStore. */
  getSnapshot = (): readonly WorkState[] => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Cancels the work with this id, if it may still be cancelled. */
  cancel(id: number): void {
    this.works.find((w) => w.current.id === id)?.cancel();
  }

  /** The write a closed window left unfinished, if any (read once at start). */
  interrupted(): InterruptedWrite | null {
    try {
      const text = this.storage?.getItem(INTERRUPTED_KEY);
      if (!text) return null;
      const found = JSON.parse(text) as Partial<InterruptedWrite>;
      return typeof found.kind === 'string' &&
        STORE_WRITES.includes(found.kind) &&
        typeof found.subject === 'string'
        ? { kind: found.kind, subject: found.subject }
        : null;
    } catch {
      return null;
    }
  }

  /**
   * Whether another window is writing now (it holds the writing lock): then a write
   * remembered is that window's, still under way, not one cut short.
   */
  async writingElsewhere(): Promise<boolean> {
    try {
      const held = (await globalThis.navigator?.locks?.query())?.held ?? [];
      return held.some((lock) => lock.name === WRITING_LOCK);
    } catch {
      return false;
    }
  }

  /** Forgets the interrupted write once the start has said what became of it. */
  forgetInterrupted(): void {
    this.remember(null);
  }

  /** @internal A work starts writing: remembered until it is over. */
  writing(state: WorkState): void {
    if (state.kind === 'backup') return;
    this.remember({ kind: state.kind, subject: state.subject });
    const locks = globalThis.navigator?.locks;
    if (this.releaseLock || !locks) return;
    const held = new Promise<void>((resolve) => (this.releaseLock = resolve));
    void locks.request(WRITING_LOCK, () => held).catch(() => undefined);
  }

  /** @internal */
  remove(work: Work): void {
    if (!this.works.includes(work)) return;
    this.works = this.works.filter((w) => w !== work);
    if (!this.works.some((w) => w.current.step === 'write' || w.current.step === 'save')) {
      this.remember(null);
      this.releaseLock?.();
      this.releaseLock = null;
    }
    this.changed();
  }

  /** @internal */
  changed(): void {
    this.snapshot = this.works.map((w) => w.current);
    for (const listener of this.listeners) listener();
  }

  private remember(write: InterruptedWrite | null) {
    try {
      if (write) this.storage?.setItem(INTERRUPTED_KEY, JSON.stringify(write));
      else this.storage?.removeItem(INTERRUPTED_KEY);
    } catch {
      // Storage can be refused (private mode): the start then cannot say what it waits for.
    }
  }
}

function browserStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Runs a read done in steps (shared/formats/steps.ts), telling `work` each step and pausing
 * between them so the window draws the progress and hears Cancel: a cancel there throws
 * before anything is written. Without `work` it runs straight through.
 */
export async function readInSteps<T>(steps: Steps<T>, work?: Work): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (!work) continue;
    report(work, next.value);
    await work.pause();
  }
}

function report(work: Work, progress: ReadProgress) {
  if (progress.step === 'read') work.at('read');
  else work.at('check', progress.done, progress.total);
}

/** The app's board. */
export const workBoard = new WorkBoard();
