// Injected into every benchmark page before the app starts (Playwright addInitScript):
// small probes that must run inside the page, in plain JavaScript since the Node-side
// TypeScript project has no DOM types.

// When the Scores screen first shows scores on screen, in the page's own clock: the first
// frame painted after they are in the page (a message posted from that frame's animation
// callback is delivered once it has been painted).
new MutationObserver((_, observer) => {
  if (document.querySelector('section.scores[aria-busy="false"]')) {
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.benchScoresAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  }
}).observe(document, { subtree: true, childList: true, attributes: true });

/**
 * Scrolls an element from its top to its bottom in `steps` even jumps, one per frame, and
 * resolves to the longest task Chromium reported meanwhile (0 when none passed 50 ms).
 */
window.benchScrollLongest = async (selector, steps) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  el.scrollTop = 0;
  await frame();
  const end = el.scrollHeight - el.clientHeight;
  for (let i = 1; i <= steps; i++) {
    el.scrollTop = Math.round((end * i) / steps);
    await frame();
  }
  // Let the last frames' tasks be reported.
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  return Math.max(0, ...tasks);
};

/** A hidden file input, for handing a file to in-page code. */
window.benchFileInput = (id) => {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = id;
  input.hidden = true;
  document.body.append(input);
};

/** Runs the bare import (bare-import.mjs) on the file of the given input. */
window.benchRunBareImport = (id) => window.benchBareImport(document.getElementById(id).files[0]);
