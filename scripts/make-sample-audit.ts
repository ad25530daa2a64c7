// Writes resources/sample-audit.json, the audit a newcomer sees on first start.
// Run with `npm run sample`; the output is deterministic, so a rerun changes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCounts } from '../shared/domain';
import { parseAuditFile } from '../shared/formats/audit-file';
import { sampleAuditText } from './sample-audit/build';

const target = fileURLToPath(new URL('../resources/sample-audit.json', import.meta.url));
const text = sampleAuditText();

// The app imports this file through the same checks as any audit file: refuse to ship one it would refuse.
let bundle;
try {
  bundle = parseAuditFile(text);
} catch (error) {
  console.error(`The generated sample audit is not valid: ${(error as Error).message}`);
  process.exit(1);
}

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text, 'utf8');

const obs = bundle.observations;
const distinct = (xs: string[]) => new Set(xs).size;
const waveMean = (wave: number) => {
  const scores = obs.filter((o) => o.wave === wave && o.score !== null).map((o) => o.score!);
  return (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2);
};
console.log(`Wrote ${target} (${(text.length / 1024).toFixed(0)} KB)`);
console.log(
  Object.entries(bundleCounts(bundle))
    .map(([name, n]) => `${name} ${n}`)
    .join(', '),
);
console.log(
  `methods ${distinct(obs.map((o) => o.method))}, observers ${distinct(obs.map((o) => o.observer))}, ` +
    `locations ${distinct(obs.map((o) => o.location))}, mean rubric wave 1 ${waveMean(1)}, wave 2 ${waveMean(2)}`,
);
