import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Doyensec's Electronegativity, run through its API over what ships: the main process, the
 * preload, the renderer (its page with the CSP, and its code) and shared/. Every finding of
 * medium severity or more must be explained by a comment at the place it points to:
 *   // electronegativity: CHECK_ID — why it does not apply here
 * on that line or one of the four above it. Anything unexplained fails `npm test`.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string };
  sample: string;
  description: string;
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

// The scanner fetches its messages' translations from the network; it falls back to the
// English it ships. There is no network here: answer "not found" at once.
const entry = require.resolve('@doyensec/electronegativity');
const got = createRequire(entry).resolve('got');
require.cache[got] = {
  id: got,
  filename: got,
  loaded: true,
  exports: () => Promise.resolve({ statusCode: 404, body: '' }),
} as unknown as NodeJS.Module;
const run = require('@doyensec/electronegativity') as (options: object) => Promise<ScanResult>;

/** The shipped sources, copied alone so the scan never walks tests, scripts or builds. */
function stage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'touchstone-scan-'));
  for (const part of ['electron', 'shared', 'renderer/src', 'renderer/index.html', 'package.json'])
    cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  return dir;
}

/** The explanation comment of a finding, or null when there is none. */
function explanation(finding: Finding, base = root): string | null {
  // A global check names no file ("N/A"): it cannot be explained away, only fixed.
  const file = path.join(base, finding.file);
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = finding.location.line - 1;
  const near = lines.slice(Math.max(0, at - 4), at + 1).join('\n');
  const match = new RegExp(
    `electronegativity:[^\\n]*\\b${finding.id}\\b[^\\n]*—\\s*(.+(?:\\n\\s*(?://|<!--|\\*)[^\\n]*)*)`,
  ).exec(near);
  const reason = match?.[1]?.replace(/\s*(\/\/|<!--|-->|\*)\s*/g, ' ').trim() ?? '';
  return reason.length >= 20 ? reason : null;
}

const MEDIUM = 2;

describe('Electronegativity', () => {
  const dir = stage();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nothing of medium severity or more that a comment does not explain', async () => {
    const result = await run({
      input: dir,
      isRelative: true,
      // This check downloads Electron's release list; there is no network in tests or CI.
      // Electron itself is kept current through package.json instead.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    });
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);

    const report = result.issues.map((f) => ({
      check: f.id,
      severity: f.severity.name,
      confidence: f.confidence.name,
      where: `${f.file}:${f.location.line}`,
      explained: f.severity.value >= MEDIUM ? (explanation(f) ?? 'NO') : '(below medium)',
    }));
    console.log(
      `Electronegativity: ${result.globalChecks} global and ${result.atomicChecks} atomic checks, ${result.issues.length} finding(s)`,
    );
    console.table(report);

    const unexplained = result.issues
      .filter((f) => f.severity.value >= MEDIUM && explanation(f) === null)
      .map((f) => `${f.id} (${f.severity.name}) at ${f.file}:${f.location.line}: ${f.sample}`);
    expect(unexplained, unexplained.join('\n')).toEqual([]);
  }, 60_000);

  it('would fail on unexplained findings: an isolation-less window with no guards', async () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'touchstone-scan-bad-'));
    try {
      cpSync(path.join(root, 'package.json'), path.join(bad, 'package.json'));
      cpSync(path.join(root, 'electron/main/window.ts'), path.join(bad, 'window.ts'));
      // Same file without its explanation comment, and with the preferences written out badly.
      const source = readFileSync(path.join(bad, 'window.ts'), 'utf8')
        .replace(/\/\/ electronegativity:[\s\S]*?\n(?=\s*const window)/, '')
        .replace(
          'webPreferences: secureWebPreferences(preloadPath)',
          'webPreferences: { nodeIntegration: true, contextIsolation: false }',
        );
      writeFileSync(path.join(bad, 'window.ts'), source);
      const result = await run({
        input: bad,
        isRelative: true,
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      });
      const unexplained = result.issues
        .filter((f) => f.severity.value >= MEDIUM && explanation(f, bad) === null)
        .map((f) => f.id);
      expect(unexplained).toEqual(
        expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
      );
      // Without harden.ts beside it, the window's navigation and permissions are unguarded.
      expect(unexplained).toEqual(
        expect.arrayContaining([
          'LIMIT_NAVIGATION_GLOBAL_CHECK',
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        ]),
      );
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  }, 60_000);
});
