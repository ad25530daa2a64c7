// The plan of a synthetic audit: actions on the promises that break most (and a few on
// whole touchpoints), in every status of the lifecycle, with owners and dates.
import type { Action, ActionStatus } from '../../shared/domain';
import { addDays, type Random } from './random';
import type { PromiseTruth, RecordMaker } from './register';
import { REMEDIES } from './vocabulary';

const STATUSES: readonly [ActionStatus, number][] = [
  ['proposed', 0.3],
  ['committed', 0.25],
  ['in-progress', 0.2],
  ['done', 0.15],
  ['verified', 0.1],
];

/** `count` actions, most severe gaps first. */
export function buildActions(
  random: Random,
  record: RecordMaker,
  truths: readonly PromiseTruth[],
  owners: readonly string[],
  count: number,
): Action[] {
  const severity = (t: PromiseTruth) => t.promise.importance * (100 - t.reality * 25);
  const ranked = [...truths].sort((a, b) => severity(b) - severity(a));
  const touchpointsDone = new Set<string>();
  const actions: Action[] = [];
  for (let i = 0; i < count; i++) {
    const t = ranked[i % ranked.length]!;
    // One action in ten closes the gap of a whole touchpoint.
    const whole = random.chance(0.1) && !touchpointsDone.has(t.touchpoint.id);
    if (whole) touchpointsDone.add(t.touchpoint.id);
    let roll = random.next();
    const status = STATUSES.find(([, p]) => (roll -= p) < 0)?.[0] ?? 'proposed';
    const fix = random.pick(REMEDIES);
    const current = Math.round(Math.min(100, Math.max(0, t.reality * 25)));
    const created = addDays('2026-02-02', random.int(0, 120));
    const due = addDays(created, random.int(30, 240));
    const committed = status !== 'proposed';
    const s = severity(t);
    const subject = whole ? t.touchpoint.name : t.promise.statement;
    actions.push({
      ...record(`${created}T10:00:00.000Z`),
      promiseId: whole ? null : t.promise.id,
      touchpointId: whole ? t.touchpoint.id : null,
      title: `${fix.remedy.replace(/\.$/, '')} – ${subject}`.slice(0, 300),
      currentState: {
        description: `Evidence puts “${subject}” at ${current} out of 100.`,
        score: current,
      },
      futureState: {
        description: 'Kept for every customer, in every channel, every time.',
        targetScore: Math.min(100, current + random.int(20, 45)),
        targetDate: due,
      },
      cause: fix.cause,
      remedy: committed || random.chance(0.5) ? fix.remedy : '',
      prevention: committed || random.chance(0.5) ? fix.prevention : '',
      owner: committed || random.chance(0.4) ? random.pick(owners) : '',
      dueDate: committed || random.chance(0.4) ? due : null,
      priority: s > 320 ? 'critical' : s > 220 ? 'high' : s > 120 ? 'medium' : 'low',
      effort: random.pick(['small', 'medium', 'large'] as const),
      status,
      doneAt:
        status === 'done' || status === 'verified' ? addDays(created, random.int(20, 150)) : null,
    });
    actions[actions.length - 1]!.updatedAt = `${addDays(created, random.int(0, 60))}T15:00:00.000Z`;
  }
  return actions;
}
