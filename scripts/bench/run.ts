// `npm run bench`: performance at audit scale, each figure against a baseline measured in
// the same run on the same machine (a bare implementation of the same work, or the same work
// on a small audit), so that the ratios mean the same on a fast laptop and a slow CI box;
// the absolute targets (100 ms, 2 s, 400 MB) are the issue's own. Writes bench/results.json
// and prints a table (and the Markdown the README shows).
//
//   BENCH_ONLY=scoring,report,app,register,sync   runs only those groups (sync only when named)
//   BENCH_SYNC_OBSERVATIONS=20000   the sync group on an audit of that many observations
//   BENCH_OUT_DIR=/tmp/out  BENCH_PORT=5190  serve another build on another port
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAuditFile, serializeAuditFile } from '../../shared/formats/audit-file';
import type { AuditBundle } from '../../shared/domain';
import { generateAudit, generateAuditOf, SIZES } from '../synthetic/generate';
import { appScaleCases, type BenchAudit } from './app-scale';
import { root, startServer, tmp } from './browser';
import { registerCases } from './register';
import { reportCase } from './report';
import { markdownTable, printTable, type BenchResult } from './results';
import { scoringCase } from './scoring';
import { syncCases } from './sync';

const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const wanted = (group: string) => only.size === 0 || only.has(group);

/** Writes an audit file to bench/tmp; returns what the app cases need to find it again. */
function writeAudit(bundle: AuditBundle, name: string): BenchAudit & { bundle: AuditBundle } {
  const file = path.join(tmp, `${name}.touchstone`);
  const text = serializeAuditFile(bundle, 'Touchstone benchmark', new Date('2026-12-31T00:00:00Z'));
  writeFileSync(file, text);
  // The cases work on the records as the app reads them from a file, not as generated.
  return {
    file,
    id: bundle.audit.id,
    name: bundle.audit.name,
    observations: bundle.observations.length,
    bundle: parseAuditFile(text),
  };
}

async function main() {
  const started = Date.now();
  mkdirSync(tmp, { recursive: true });
  const results: BenchResult[] = [];
  const step = (what: string) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);

  step('generating the audits');
  const large = writeAudit(generateAudit('large'), 'large');
  // The in-app baseline: the log, Scores and memory at 2,000 observations.
  const small = writeAudit(
    generateAuditOf(
      { ...SIZES.small, promises: 200, touchpoints: 40, observations: 2_000, actions: 50 },
      2,
      'Synthetic audit, 2,000 observations',
    ),
    'baseline',
  );

  if (wanted('scoring')) {
    step('scoring');
    results.push(...scoringCase(large.bundle));
  }
  if (wanted('report')) {
    step('Word document');
    results.push(...(await reportCase(large.bundle)));
  }
  // Only when named: the first replication at 200,000 observations outlasts every other case.
  if (only.has('sync')) {
    step('team sync over loopback');
    const count = Number(process.env.BENCH_SYNC_OBSERVATIONS ?? SIZES.large.observations);
    const bundle =
      count === SIZES.large.observations
        ? large.bundle
        : writeAudit(
            generateAuditOf(
              { ...SIZES.large, observations: count },
              1,
              `Synthetic audit, ${count} observations`,
            ),
            'sync',
          ).bundle;
    results.push(...(await syncCases(bundle, step)));
  }
  if (wanted('app') || wanted('register')) {
    const server = await startServer();
    try {
      if (wanted('app')) {
        step('import, Scores, log and memory in Chromium');
        results.push(...(await appScaleCases(small, large)));
      }
      if (wanted('register')) {
        step('register in Chromium');
        results.push(...(await registerCases()));
      }
    } finally {
      server.kill();
    }
  }

  step('done');
  printTable(results);
  console.log(`\n${markdownTable(results)}\n`);
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
// A finished run ends here: keep-alive sockets of the sync cases' HTTP clients would otherwise
// keep Node waiting after the results are written.
process.exit();
