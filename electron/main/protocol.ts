import path from 'node:path';
import type { CustomScheme } from 'electron';

/**
 * The app is served from its own origin, app://touchstone/, rather than from file:// (where
 * the CSP's 'self' would cover every file on the disk): Electron's security checklist, item
 * "Avoid usage of the file:// protocol". The scheme is registered as privileged before the app
 * is ready; the handler serves only files inside the built renderer folder.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'touchstone';
/** The app's own origin: what 'self' means in its CSP. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The scheme's privileges: standard (an origin of its own, relative URLs, IndexedDB), secure
 * (a secure context, like https:), and fetch for the workers' and modules' loads. Not
 * corsEnabled: that would let other origins read its files; nor bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type a file of the renderer build is served with. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file of the renderer folder an app:// URL names, or null when it names none: another
 * scheme or host, a path that climbs out of the folder (`..`, encoded or not), a NUL byte.
 * `/` is the entry page. The path is resolved and checked the way Electron's own
 * `protocol.handle` example does.
 */
export function appFilePath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
  const relative = path.relative(base, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

/**
 * The desktop app's second CSP, sent with its pages beside index.html's: policies only add
 * up, so this narrows connect-src to the app itself. The page reaches no server at all; team
 * sync's requests go out from the main process (ipc/sync.ts), which adds the credentials.
 */
export const DESKTOP_CSP = "connect-src 'self' blob:";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The handler of the app:// scheme: GET and HEAD of a file inside `root`, with its content
 * type; 403 for a path outside it, 404 for one that is not there, 405 for any other method.
 */
export function createAppProtocolHandler(
  root: string,
  readFile: (file: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Not allowed');
    const file = appFilePath(request.url, root);
    if (!file) return text(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return text(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: {
        'content-type': contentTypeOf(file),
        ...(file.endsWith('.html') ? { 'content-security-policy': DESKTOP_CSP } : {}),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
