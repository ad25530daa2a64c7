import { describe, expect, it } from 'vitest';
import { judge, markdownTable } from '../../scripts/bench/results';

describe('the benchmark results', () => {
  it('judges a case by its ratio to the baseline and by its own value', () => {
    const quick = judge('document', 1_200, 700, 'bare docx', { ratio: 2, under: 10_000 });
    expect(quick).toMatchObject({ value: 1_200, baseline: 700, ratio: 1.71, ok: true });
    expect(quick.target).toBe('≤ 2× baseline and < 10000 ms');
    expect(judge('document', 1_500, 700, 'bare docx', { ratio: 2 }).ok).toBe(false);
    expect(judge('open', 2_100, 500, 'small', { under: 2_000 }).ok).toBe(false);
  });

  it('gives no ratio against a baseline of 0, such as no long task at all, and says so in the table', () => {
    const scroll = judge('longest task', 66, 0, 'small; 0 = none over 50 ms', { under: 100 });
    expect(scroll.ratio).toBeNull();
    expect(scroll.ok).toBe(true);
    expect(markdownTable([scroll])).toContain(
      '| longest task | 66 ms | 0 ms (small; 0 = none over 50 ms) | — | < 100 ms | yes |',
    );
    expect(judge('work', 5, 0, 'none', { ratio: 2 }).ok).toBe(false);
  });

  it('reports a figure with no limits beside the judged ones, never failing the run', () => {
    const node = judge('first replication in Node', 92_380, 43_821, 'bare PouchDB replicate', {});
    expect(node).toMatchObject({ ratio: 2.11, ok: true, target: '' });
    expect(markdownTable([node])).toContain('| 2.11× | none: reported only | — |');
  });
});
