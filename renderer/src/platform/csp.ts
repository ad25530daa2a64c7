import { isLoopbackHost } from '../../../shared/sync/connection';

/**
 * The page's CSP, narrowed at run time to the team servers it is connected to.
 *
 * index.html's policy lets a browser build reach this computer (http://127.0.0.1:* and
 * localhost) and https: servers, since the server a person will connect to is not known when
 * the page is built. Policies only ever add up: a second policy the page inserts is enforced
 * beside the first, so each may only narrow. Once the page knows its servers it inserts one
 * whose connect-src names only them; a server connected later than that is allowed from the
 * next start (the connection says so). In the desktop app the main process serves the page
 * with a header policy whose connect-src is 'self' alone: the page reaches no server at all,
 * the main process does (electron/main/ipc/sync.ts).
 */

let narrowed: Set<string> | null = null;

/** The origins a connect-src must allow for these servers. */
export function connectSources(servers: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const s of servers) {
    try {
      const url = new URL(s);
      if (url.protocol === 'https:' || isLoopbackHost(url.hostname)) origins.add(url.origin);
    } catch {
      // not an address: nothing to allow
    }
  }
  return [...origins].sort();
}

/**
 * Narrows the page's connect-src to its own origin and these servers, once: a later call for
 * a server already allowed does nothing; for another one it says it is not reachable until
 * the page starts again (returns false).
 */
export function narrowConnectSrc(servers: readonly string[]): boolean {
  if (typeof document === 'undefined' || window.touchstone) return true;
  const wanted = connectSources(servers);
  if (narrowed) return wanted.every((o) => narrowed!.has(o));
  if (wanted.length === 0) return true;
  narrowed = new Set(wanted);
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' blob: ${wanted.join(' ')}`;
  meta.dataset.teamSync = 'true';
  document.head.append(meta);
  return true;
}
