import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP_CSP } from '../../../electron/main/protocol';

const root = path.resolve(import.meta.dirname, '../../..');
const html = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');

/** The page's Content-Security-Policy, directive by directive. */
function policy(): Map<string, string[]> {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('renderer/index.html has no CSP meta tag');
  return new Map(
    match[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the renderer’s Content-Security-Policy', () => {
  it('refuses everything by default and lets scripts come only from the app itself', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('allows no inline or evaluated code and nothing from the network', () => {
    for (const [name, values] of policy()) {
      for (const value of values) {
        expect(value, name).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe/);
        // The one exception: a browser build's team sync reaches its CouchDB server (https:, or
        // this computer), narrowed at run time to the servers connected (platform/csp.ts).
        if (name === 'connect-src' && /^(https:|http:\/\/(127\.0\.0\.1|localhost):\*)$/.test(value))
          continue;
        expect(value, name).not.toMatch(/^(https?:|wss?:|\*|ftp:|file:|filesystem:)/);
      }
    }
  });

  it('lets the desktop app’s page reach no server: its header policy narrows connect-src', () => {
    expect(DESKTOP_CSP).toBe("connect-src 'self' blob:");
  });

  it('is the first thing in the head, before any script can run', () => {
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<script') >>> 0);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
