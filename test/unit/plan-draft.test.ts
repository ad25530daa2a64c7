import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditBundle } from '../../shared/domain';
import { summarizeEvidence } from '../../shared/plan/current-state';
import { priorityForSeverity, proposeDrafts } from '../../shared/plan/draft';
import { scoreAudit } from '../../shared/scoring';
import { action, input, obs, P1, P2, P3, promise, T1, T2 } from './plan-fixtures';

const P4 = '00000000-0000-4000-8000-000000000004';

describe('drafting actions from the gaps', () => {
  const promises = [
    promise(P1, { importance: 5 }),
    promise(P2, { importance: 2 }),
    promise(P3, { importance: 4, touchpointId: T2 }),
    promise(P4, { importance: 5 }),
  ];
  const observations = [
    obs(P1, { score: 1 }), // 25 → severity 375
    obs(P2, { score: 0 }), // 0 → severity 200
    obs(P3, { score: 2 }), // 50 → severity 200
    obs(P4, { score: 3 }), // 75: kept, not a gap
  ];
  const scores = scoreAudit(input(promises, observations));

  it('proposes the unkept promises, highest severity first, then the lowest alignment', () => {
    const drafts = proposeDrafts(scores, promises, []);
    expect(drafts.map((d) => d.promiseId)).toEqual([P1, P2, P3]);
    expect(drafts[0]).toMatchObject({
      severity: 375,
      alignment: 25,
      importance: 5,
      priority: 'critical',
      targetScore: 75,
      touchpointId: T1,
    });
  });

  it('skips gaps that already have an action, on the promise or on its touchpoint', () => {
    expect(
      proposeDrafts(scores, promises, [action({ promiseId: P1 })]).map((d) => d.promiseId),
    ).toEqual([P2, P3]);
    const onTouchpoint = action({ promiseId: null, touchpointId: T1 });
    expect(proposeDrafts(scores, promises, [onTouchpoint]).map((d) => d.promiseId)).toEqual([P3]);
  });

  it('never proposes a promise nobody has observed', () => {
    const unobserved = [...promises, promise('P5', { importance: 5 })];
    expect(proposeDrafts(scores, unobserved, []).map((d) => d.promiseId)).not.toContain('P5');
  });

  it('stops at the limit', () => {
    expect(proposeDrafts(scores, promises, [], 2)).toHaveLength(2);
    expect(proposeDrafts(scores, promises, [], 0)).toEqual([]);
  });

  it('suggests a priority from the severity', () => {
    expect([320, 300, 250, 120, 40].map(priorityForSeverity)).toEqual([
      'critical',
      'critical',
      'high',
      'medium',
      'low',
    ]);
  });

  it('on the sample audit, proposes its worst gaps without an action', () => {
    const bundle = JSON.parse(
      readFileSync(new URL('../../resources/sample-audit.json', import.meta.url), 'utf8'),
    ) as AuditBundle;
    const sample = scoreAudit(bundle);
    const drafts = proposeDrafts(sample, bundle.promises, bundle.actions);
    expect(drafts).toHaveLength(5);
    const statement = (id: string) => bundle.promises.find((p) => p.id === id)!.statement;
    expect(statement(drafts[0]!.promiseId)).toMatch(/^Stock shown online is live/);
    for (const d of drafts) {
      expect(bundle.actions.some((a) => a.promiseId === d.promiseId)).toBe(false);
      expect(d.alignment).toBeLessThan(75);
    }
    const severities = drafts.map((d) => d.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
  });
});

describe('the current state, from the evidence', () => {
  const promises = [
    promise(P1, { importance: 3 }),
    promise(P2, { importance: 1 }),
    promise(P3, { touchpointId: T2 }),
  ];
  const observations = [
    obs(P1, { score: 1, date: '2026-03-01', verbatim: 'Waited ten minutes.', method: 'complaint' }),
    obs(P1, { score: 1, date: '2026-05-01', verbatim: 'Nobody   answered.' }),
    obs(P1, { score: 3, date: '2026-06-01', verbatim: 'Fine this time.' }),
    obs(P1, { score: 0, date: '2026-04-01', verbatim: '' }),
    obs(P1, { score: 4, date: '2026-06-02', verbatim: 'Great.' }),
    obs(P2, { score: 4, date: '2026-06-01', verbatim: 'Lovely.' }),
    obs(P3, { score: 0, date: '2026-06-01', verbatim: 'Elsewhere.' }),
  ];
  const data = input(promises, observations);
  const scores = scoreAudit(data);

  it('reads a promise score, strength and its worst and most recent verbatims', () => {
    const s = summarizeEvidence(
      { promiseId: P1, touchpointId: null },
      scores,
      promises,
      observations,
      data.audit.scoring,
    );
    const p = scores.promises.get(P1)!;
    expect(s.score).toBe(p.alignment);
    expect(s.count).toBe(5);
    expect(s.strength).toBe(p.strength);
    expect(s.verbatims.map((v) => v.text)).toEqual([
      'Nobody answered.',
      'Waited ten minutes.',
      'Fine this time.',
    ]);
  });

  it('reads a touchpoint score and its coverage over its own promises only', () => {
    const s = summarizeEvidence(
      { promiseId: null, touchpointId: T1 },
      scores,
      promises,
      observations,
      data.audit.scoring,
    );
    expect(s.score).toBe(scores.touchpoints.get(T1)!.score);
    expect(s.count).toBe(6);
    expect(s.coverage).toBe(1);
    expect(s.verbatims.map((v) => v.text)).not.toContain('Elsewhere.');
  });

  it('says "not yet observed" with a null score, never 0', () => {
    const s = summarizeEvidence(
      { promiseId: 'nobody', touchpointId: null },
      scores,
      [...promises, promise('nobody')],
      observations,
      data.audit.scoring,
    );
    expect(s).toMatchObject({ score: null, count: 0, strength: 'none', verbatims: [] });
  });
});
