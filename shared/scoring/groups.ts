import { combine, type Combinable } from './combine';
import { isKept } from './bands';
import { KEPT_BELIEF, rubricToPoints } from './evidence';
import type { GroupScore, PerceptionHeadline, PromiseScore, ScoringInput } from './types';

/** Promise indexes of each touchpoint, stage, channel and stage × channel cell. */
export interface GroupMembers {
  touchpoints: Map<string, number[]>;
  stages: Map<string, number[]>;
  channels: Map<string, number[]>;
  cells: Map<string, number[]>;
}

/** The promise indexes of each touchpoint, stage, channel and stage × channel cell. */
export function groupMembers(input: Pick<ScoringInput, 'touchpoints' | 'promises'>): GroupMembers {
  const touchpointById = new Map(input.touchpoints.map((t) => [t.id, t]));
  const touchpoints = new Map<string, number[]>();
  const stages = new Map<string, number[]>();
  const channels = new Map<string, number[]>();
  const cells = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (const t of input.touchpoints) {
    touchpoints.set(t.id, []);
    if (!stages.has(t.stageId)) stages.set(t.stageId, []);
    if (!channels.has(t.channelId)) channels.set(t.channelId, []);
  }
  input.promises.forEach((p, i) => {
    const t = touchpointById.get(p.touchpointId);
    if (!t) return;
    push(touchpoints, t.id, i);
    push(stages, t.stageId, i);
    push(channels, t.channelId, i);
    push(cells, `${t.stageId}|${t.channelId}`, i);
  });
  return { touchpoints, stages, channels, cells };
}

/** Each group's combined score, from its members' figures. */
export function mapGroups(
  groups: Map<string, number[]>,
  members: readonly Combinable[],
): Map<string, GroupScore> {
  const out = new Map<string, GroupScore>();
  for (const [key, indexes] of groups) out.set(key, combine(indexes.map((i) => members[i]!)));
  return out;
}

/**
 * The Bain-style headline over the promises that have both a belief and evidence: the
 * share the team believes kept (belief at "kept" or above) beside the share the evidence
 * shows kept (an alignment in the band of "kept" or above, as shown: 75 or more).
 */
export function perceptionHeadline(scores: Iterable<PromiseScore>): PerceptionHeadline {
  let base = 0;
  let believed = 0;
  let shown = 0;
  for (const s of scores) {
    if (s.belief === null || s.alignment === null) continue;
    base++;
    if (s.belief >= rubricToPoints(KEPT_BELIEF)) believed++;
    if (isKept(s.alignment)) shown++;
  }
  return {
    base,
    believedKept: base > 0 ? (believed / base) * 100 : null,
    evidenceKept: base > 0 ? (shown / base) * 100 : null,
  };
}
