// Scoring at audit scale, in Node, against a bare single pass that sums the same observations
// per promise: the recompute after an edit (what the scoring worker does while someone types:
// a ScoreBook holding the audit rescores the promise the edit touched and recombines), and
// the score from scratch (what opening an audit costs, once).
import type { AuditBundle, RubricScore } from '../../shared/domain';
import { ScoreBook, scoreAudit } from '../../shared/scoring';
import { judge, medianOf, type BenchResult } from './results';

function timeIt(times: number, work: () => unknown): number {
  for (let i = 0; i < 2; i++) work(); // warm up: the JIT, not the data, is what changes
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return medianOf(samples);
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

/** Times the recompute after an edit, and a score from scratch, against the bare pass. */
export function scoringCase(large: AuditBundle): BenchResult[] {
  const n = large.observations.length.toLocaleString('en-US');
  const bare = timeIt(9, () => barePass(large));
  const full = timeIt(9, () => scoreAudit(large));
  const book = new ScoreBook(large.audit.scoring, large);
  book.reset(large.observations);
  book.scores();
  let edit = 0;
  const afterEdit = timeIt(9, () => {
    // A different observation each time, its score changed: one promise to rescore.
    const o = large.observations[(edit++ * 7919) % large.observations.length]!;
    book.put([{ ...o, outcome: 'scored', score: (((o.score ?? 0) + 1) % 5) as RubricScore }]);
    return book.scores();
  });
  return [
    judge(
      `scoring recompute after an edit, ${n} observations`,
      afterEdit,
      bare,
      'bare single pass',
      {
        ratio: 5,
        under: 100,
      },
    ),
    judge(`scoring from scratch (opening), ${n} observations`, full, bare, 'bare single pass', {
      ratio: 5,
    }),
  ];
}
