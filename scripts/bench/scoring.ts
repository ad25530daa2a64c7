// Scoring at audit scale, in Node: shared/scoring's scoreAudit on the large audit against a
// bare single pass that sums the same observations per promise.
import type { AuditBundle } from '../../shared/domain';
import { scoreAudit } from '../../shared/scoring';
import { judge, type BenchResult } from './results';

function timeIt(times: number, work: () => unknown): number {
  for (let i = 0; i < 2; i++) work(); // warm up: the JIT, not the data, is what changes
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** What the simplest possible scoring does: one pass, one sum and count per promise. */
function barePass(bundle: AuditBundle): Map<string, { sum: number; n: number }> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const o of bundle.observations) {
    if (o.score === null) continue;
    let s = sums.get(o.promiseId);
    if (!s) sums.set(o.promiseId, (s = { sum: 0, n: 0 }));
    s.sum += o.score;
    s.n++;
  }
  return sums;
}

/** Times a full score recompute of the audit against the bare pass. */
export function scoringCase(large: AuditBundle): BenchResult[] {
  const bare = timeIt(9, () => barePass(large));
  const full = timeIt(9, () => scoreAudit(large));
  return [
    judge(
      `scoring recompute, ${large.observations.length.toLocaleString('en-US')} observations`,
      full,
      bare,
      'bare single pass',
      { ratio: 5, under: 100 },
    ),
  ];
}
