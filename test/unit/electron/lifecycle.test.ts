import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  CLOSE_WAIT_MS,
  createCloseGuard,
  MAX_RELOADS_PER_WINDOW,
  reloadAfterCrash,
  shouldReloadAfterCrash,
  type ClosingWindow,
  type CrashingContents,
} from '../../../electron/main/lifecycle';

class FakeWindow extends EventEmitter {
  closed = 0;
  crashed = false;
  webContents = { send: vi.fn(), isCrashed: () => this.crashed };
  close() {
    this.closed++;
    const event = { preventDefault: vi.fn() };
    this.emit('close', event);
    return event;
  }
}

function closeEvent(window: FakeWindow) {
  const event = { preventDefault: vi.fn() };
  window.emit('close', event);
  return event;
}

describe('closing a window', () => {
  it('waits for the page to finish (backups, writes in flight), then closes for real', async () => {
    const timers: (() => void)[] = [];
    const guard = createCloseGuard({ setTimer: (run) => timers.push(run), clearTimer: () => {} });
    const window = new FakeWindow();
    const finish = vi.fn(() => window.close());
    guard.guard(window as unknown as ClosingWindow, finish);

    const first = closeEvent(window);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('app:before-quit');
    // Closing again while the page works asks nothing twice.
    expect(closeEvent(window).preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(finish).not.toHaveBeenCalled();

    await guard.quitReady();
    expect(finish).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(1);
    // The real close is not held again; a late timer does nothing.
    expect(closeEvent(window).preventDefault).not.toHaveBeenCalled();
    timers.forEach((run) => run());
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it(`closes after ${CLOSE_WAIT_MS / 1000} s when the page does not answer`, () => {
    vi.useFakeTimers();
    try {
      const guard = createCloseGuard();
      const window = new FakeWindow();
      const finish = vi.fn();
      guard.guard(window as unknown as ClosingWindow, finish);
      closeEvent(window);
      vi.advanceTimersByTime(CLOSE_WAIT_MS - 1);
      expect(finish).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(finish).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not hold a window whose page has crashed', () => {
    const guard = createCloseGuard();
    const window = new FakeWindow();
    window.crashed = true;
    guard.guard(window as unknown as ClosingWindow);
    expect(closeEvent(window).preventDefault).not.toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});

describe('after a renderer crash', () => {
  it('reloads after a crash or an out-of-memory kill, never after a clean exit', () => {
    expect(shouldReloadAfterCrash('crashed', [], 0)).toBe(true);
    expect(shouldReloadAfterCrash('oom', [], 0)).toBe(true);
    expect(shouldReloadAfterCrash('launch-failed', [], 0)).toBe(true);
    expect(shouldReloadAfterCrash('clean-exit', [], 0)).toBe(false);
    expect(shouldReloadAfterCrash('killed', [], 0)).toBe(false);
  });

  it(`stops after ${MAX_RELOADS_PER_WINDOW} crashes within a minute, and tries again later`, () => {
    const contents = Object.assign(new EventEmitter(), { reload: vi.fn() });
    let now = 0;
    reloadAfterCrash(contents as unknown as CrashingContents, () => now);
    for (let i = 0; i < MAX_RELOADS_PER_WINDOW + 2; i++) {
      contents.emit('render-process-gone', {}, { reason: 'crashed' });
      now += 1000;
    }
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS_PER_WINDOW);
    now += 120_000;
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS_PER_WINDOW + 1);
  });
});
