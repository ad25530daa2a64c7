import { BEFORE_QUIT_CHANNEL } from '../../shared/desktop-api';

/**
 * What happens around a window's life that keeps work safe: before it closes, its page gets
 * the time to finish writing and to back up changed audits; when its renderer crashes, the
 * page is loaded again (the store lost at most the write in flight, which it rolled back).
 */

/** The longest a closing window waits for its page, so a hung page never blocks quitting. */
export const CLOSE_WAIT_MS = 15_000;

/** The parts of a BrowserWindow the close guard uses. */
export interface ClosingWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  webContents: { send(channel: string): void; isCrashed(): boolean };
}

/**
 * Holds each window's close until its page says it is ready (the `quitReady` IPC call) or
 * `timeoutMs` passes, then closes it for real through `finish` (which quits the app when a
 * quit started the closing).
 */
export function createCloseGuard(
  options: {
    timeoutMs?: number;
    setTimer?: (run: () => void, ms: number) => unknown;
    clearTimer?: (timer: unknown) => void;
  } = {},
) {
  const {
    timeoutMs = CLOSE_WAIT_MS,
    setTimer = (run, ms) => setTimeout(run, ms),
    clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  } = options;
  const waiting = new Set<() => void>();

  function guard(window: ClosingWindow, finish: () => void = () => window.close()): void {
    let state: 'open' | 'waiting' | 'ready' = 'open';
    window.on('close', (event) => {
      if (state === 'ready' || window.webContents.isCrashed()) return;
      event.preventDefault();
      if (state === 'waiting') return;
      state = 'waiting';
      const done = () => {
        if (state !== 'waiting') return;
        clearTimer(timer);
        waiting.delete(done);
        state = 'ready';
        finish();
      };
      const timer = setTimer(done, timeoutMs);
      waiting.add(done);
      window.webContents.send(BEFORE_QUIT_CHANNEL);
    });
  }

  /** The `quitReady` handler: the page has finished; every waiting window may close. */
  async function quitReady(): Promise<void> {
    for (const done of [...waiting]) done();
  }

  return { guard, quitReady };
}

/** Crashes within this window count towards the limit below. */
export const CRASH_WINDOW_MS = 60_000;
/** More crashes than this within a minute: stop reloading, the page crashes on its own. */
export const MAX_RELOADS_PER_WINDOW = 3;

/**
 * Whether to load the page again after its renderer went away: yes after a crash, an
 * out-of-memory kill or a failed launch, unless it already crashed that often within the
 * last minute; never after a clean exit or a kill asked for.
 */
export function shouldReloadAfterCrash(
  reason: string,
  recentCrashTimes: readonly number[],
  now: number,
): boolean {
  if (reason === 'clean-exit' || reason === 'killed') return false;
  const recent = recentCrashTimes.filter((t) => now - t < CRASH_WINDOW_MS);
  return recent.length < MAX_RELOADS_PER_WINDOW;
}

/** The parts of a WebContents the crash handler uses. */
export interface CrashingContents {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: { reason: string }) => void,
  ): unknown;
  reload(): void;
}

/** Loads the page again after its renderer crashed, within the limit above. */
export function reloadAfterCrash(contents: CrashingContents, now: () => number = Date.now): void {
  const crashes: number[] = [];
  contents.on('render-process-gone', (_event, { reason }) => {
    const at = now();
    if (shouldReloadAfterCrash(reason, crashes, at)) contents.reload();
    crashes.push(at);
  });
}
