// Shared builders for the plan's unit tests: actions, promises and evidence in a few lines.
import { DEFAULT_SCORING_SETTINGS, type Action } from '../../shared/domain';
import type { ScoringInput } from '../../shared/scoring';

/** Evidence as scoring reads it, with the words the current state quotes. */
export type Obs = ScoringInput['observations'][number] & { verbatim: string };
export type Prom = ScoringInput['promises'][number];

export const AUDIT_ID = '00000000-0000-4000-8000-000000000000';
export const P1 = '00000000-0000-4000-8000-000000000001';
export const P2 = '00000000-0000-4000-8000-000000000002';
export const P3 = '00000000-0000-4000-8000-000000000003';
export const T1 = '00000000-0000-4000-8000-0000000000a1';
export const T2 = '00000000-0000-4000-8000-0000000000a2';

let next = 0x100;
const uuid = () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`;

/** A valid action on promise P1, proposed, with nothing filled in; override anything. */
export function action(over: Partial<Action> = {}): Action {
  return {
    id: uuid(),
    auditId: AUDIT_ID,
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    version: 1,
    promiseId: P1,
    touchpointId: null,
    title: 'Answer calls faster',
    currentState: { description: '', score: 25 },
    futureState: { description: '', targetScore: 75, targetDate: null },
    cause: '',
    remedy: '',
    prevention: '',
    owner: '',
    dueDate: null,
    priority: 'medium',
    effort: 'medium',
    status: 'proposed',
    doneAt: null,
    ...over,
  };
}

/** What an action needs to be committed. */
export const COMMITTED = {
  remedy: 'Plan rotas by half hour',
  owner: 'Gareth',
  dueDate: '2026-10-31',
};

export const obs = (promiseId: string, over: Partial<Obs> = {}): Obs => ({
  promiseId,
  method: 'field-check',
  date: '2026-06-01',
  wave: 1,
  outcome: 'scored',
  score: 3,
  measured: null,
  verbatim: '',
  ...over,
});

export const promise = (id: string, over: Partial<Prom> = {}): Prom => ({
  id,
  touchpointId: T1,
  importance: 3,
  belief: null,
  target: null,
  ...over,
});

/** A scoring input over touchpoints T1 and T2. */
export const input = (promises: Prom[], observations: Obs[]): ScoringInput => ({
  audit: { scoring: structuredClone(DEFAULT_SCORING_SETTINGS) },
  touchpoints: [
    { id: T1, stageId: 's1', channelId: 'c1' },
    { id: T2, stageId: 's1', channelId: 'c2' },
  ],
  promises,
  observations,
});
