// The benchmark's findings: one line per case, each against a baseline measured in the
// same run, written to bench/results.json and printed as a table.

/** One measured case. */
export interface BenchResult {
  name: string;
  /** The figure at the audited size. */
  value: number;
  unit: 'ms' | 'MB';
  /** The same work's figure at the baseline (a bare implementation, or a small audit). */
  baseline: number;
  /** What the baseline is. */
  baselineOf: string;
  /** value ÷ baseline; null when the baseline is 0 (no long task at all, say), which no ratio describes. */
  ratio: number | null;
  /** The target, in words: "≤ 5× baseline and < 100 ms". */
  target: string;
  ok: boolean;
}

/** The middle of some samples (the upper middle of an even number): what a case reports of its runs. */
export function medianOf(samples: readonly number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

/**
 * A case judged by its ratio to the baseline, and optionally by its own value too; with no
 * limits, a figure reported beside a judged one (no target, never failing the run).
 */
export function judge(
  name: string,
  value: number,
  baseline: number,
  baselineOf: string,
  limits: { ratio?: number; under?: number },
  unit: BenchResult['unit'] = 'ms',
): BenchResult {
  const ratio = baseline > 0 ? Math.round((value / baseline) * 100) / 100 : null;
  const words: string[] = [];
  if (limits.ratio !== undefined) words.push(`≤ ${limits.ratio}× baseline`);
  if (limits.under !== undefined) words.push(`< ${limits.under} ${unit}`);
  return {
    name,
    value: Math.round(value),
    unit,
    baseline: Math.round(baseline),
    baselineOf,
    ratio,
    target: words.join(' and '),
    ok:
      (limits.ratio === undefined || (ratio === null ? value <= 0 : ratio <= limits.ratio)) &&
      (limits.under === undefined || value < limits.under),
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');
const times = (ratio: number | null) => (ratio === null ? '—' : `${ratio}×`);
const targetOf = (r: BenchResult) => r.target || 'none: reported only';
const verdict = (r: BenchResult, no: string) => (!r.target ? '—' : r.ok ? 'yes' : no);

/** The results as a Markdown table, as the README shows them. */
export function markdownTable(results: readonly BenchResult[]): string {
  const lines = [
    '| case | value | baseline | ratio | target | ok |',
    '| --- | ---: | ---: | ---: | --- | :---: |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${fmt(r.baseline)} ${r.unit} (${r.baselineOf}) | ${times(r.ratio)} | ${targetOf(r)} | ${verdict(r, '**no**')} |`,
    ),
  ];
  return lines.join('\n');
}

/** Prints the results as a plain table. */
export function printTable(results: readonly BenchResult[]): void {
  console.table(
    results.map((r) => ({
      case: r.name,
      value: `${fmt(r.value)} ${r.unit}`,
      baseline: `${fmt(r.baseline)} ${r.unit}`,
      'baseline is': r.baselineOf,
      ratio: times(r.ratio),
      target: targetOf(r),
      ok: verdict(r, 'NO'),
    })),
  );
}
