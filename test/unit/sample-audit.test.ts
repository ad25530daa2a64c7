import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAuditFile } from '../../shared/formats/audit-file';
import { sampleAuditText } from '../../scripts/sample-audit/build';

const path = new URL('../../resources/sample-audit.json', import.meta.url);
const text = readFileSync(path, 'utf8');
const sample = parseAuditFile(text);

describe('the sample audit', () => {
  it('is a full register: stages, channels, touchpoints and promises with importance and belief', () => {
    expect(sample.stages).toHaveLength(5);
    expect(sample.stages.map((s) => s.order)).toEqual([0, 1, 2, 3, 4]);
    expect(sample.channels.length).toBeGreaterThanOrEqual(4);
    expect(sample.touchpoints.length).toBeGreaterThanOrEqual(15);
    expect(sample.promises.length).toBeGreaterThanOrEqual(40);
    for (const p of sample.promises) {
      expect(p.importance).toBeGreaterThanOrEqual(1);
      expect(p.belief).not.toBeNull();
    }
  });

  it('has evidence from many methods, observers and places, over two waves', () => {
    const obs = sample.observations;
    expect(obs.length).toBeGreaterThanOrEqual(300);
    expect(new Set(obs.map((o) => o.method)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(obs.map((o) => o.observer)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(obs.map((o) => o.location)).size).toBeGreaterThanOrEqual(4);
    expect([...new Set(obs.map((o) => o.wave))].sort()).toEqual([1, 2]);
    // Some promises stay unobserved: the information gaps the app should show.
    const observed = new Set(obs.map((o) => o.promiseId));
    expect(sample.promises.filter((p) => !observed.has(p.id)).length).toBeGreaterThanOrEqual(3);
  });

  it('shows the perception gap: the team believes more than the evidence shows', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const belief = mean(sample.promises.map((p) => p.belief!));
    const evidence = mean(sample.observations.filter((o) => o.score !== null).map((o) => o.score!));
    expect(belief - evidence).toBeGreaterThan(1);
  });

  it('has a plan and visits whose checklists match their observations', () => {
    expect(sample.actions.length).toBeGreaterThanOrEqual(3);
    for (const visit of sample.visits.filter((v) => v.status === 'completed')) {
      const fromVisit = sample.observations.filter((o) => o.visitId === visit.id);
      expect(fromVisit.map((o) => [o.promiseId, o.outcome, o.score, o.measured])).toEqual(
        visit.checklist.map((c) => [c.promiseId, c.state, c.score, c.measured]),
      );
    }
  });

  it('is what the generator builds, byte for byte', () => {
    expect(sampleAuditText()).toBe(text);
  });
});
