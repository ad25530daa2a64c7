import { describe, expect, it } from 'vitest';
import { parseCsv, decodeCsv } from '../../shared/formats/csv';
import { PLAN_CSV_HEADERS, planToCsv } from '../../shared/plan/csv';
import type { Verification } from '../../shared/plan/verification';
import type { BrandPromise, Channel, JourneyStage, Touchpoint } from '../../shared/domain';
import { action, AUDIT_ID, COMMITTED, P1, T1 } from './plan-fixtures';

const at = '2026-06-01T10:00:00.000Z';
const base = { auditId: AUDIT_ID, createdAt: at, updatedAt: at, version: 1 };
const stage: JourneyStage = { ...base, id: 's1', name: 'Get help', order: 0 } as JourneyStage;
const channel: Channel = { ...base, id: 'c1', name: 'Phone', order: 0 } as Channel;
const touchpoint: Touchpoint = {
  ...base,
  id: T1,
  stageId: 's1',
  channelId: 'c1',
  name: 'Contact centre',
  department: '',
  description: '',
};
const promise = {
  ...base,
  id: P1,
  touchpointId: T1,
  statement: 'We answer every call within 2 minutes.',
} as BrandPromise;

describe('the plan CSV', () => {
  const late = action({
    ...COMMITTED,
    title: 'Rotas, by the half hour; "peak" first',
    owner: 'Łukasz Żółw',
    status: 'committed',
    priority: 'medium',
    dueDate: '2026-11-20',
    currentState: { description: 'Median 4 min\nMondays worse', score: 28.66 },
  });
  const done = action({
    ...COMMITTED,
    title: 'Price match at every till',
    status: 'done',
    priority: 'critical',
    doneAt: '2026-08-05',
  });
  const verification: Verification = {
    verdict: 'contradicted',
    score: 50,
    target: 75,
    count: 2,
    strength: 'thin',
    needed: 1,
    since: '2026-08-05',
  };
  const bytes = planToCsv({
    actions: [late, done],
    stages: [stage],
    channels: [channel],
    touchpoints: [touchpoint],
    promises: [promise],
    verifications: new Map([[done.id, verification]]),
    today: '2026-11-23',
  });

  it('is UTF-8 with a byte-order mark', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeCsv(bytes).text).toContain('Łukasz Żółw');
  });

  it('has one line per action, most urgent first, with the documented columns', () => {
    const { header, rows } = parseCsv(decodeCsv(bytes).text, ',');
    const [first, second] = rows.map((r) => r.cells);
    expect(header).toEqual([...PLAN_CSV_HEADERS]);
    const col = (row: string[] | undefined, name: (typeof PLAN_CSV_HEADERS)[number]) =>
      row![PLAN_CSV_HEADERS.indexOf(name)];
    expect(col(first, 'Action')).toBe('Price match at every till');
    expect(col(first, 'Verification')).toBe('contradicted');
    expect(col(first, 'Score since done')).toBe('50');
    expect(col(first, 'Done on')).toBe('2026-08-05');
    expect(col(second, 'Action')).toBe('Rotas, by the half hour; "peak" first');
    expect(col(second, 'Status')).toBe('committed');
    expect(col(second, 'Days overdue')).toBe('3');
    expect(col(second, 'Current state')).toBe('Median 4 min\nMondays worse');
    expect(col(second, 'Current score')).toBe('28.7');
    expect(col(second, 'Touchpoint')).toBe('Contact centre');
    expect(col(second, 'Stage')).toBe('Get help');
    expect(col(second, 'Channel')).toBe('Phone');
    expect(col(second, 'Promise')).toBe('We answer every call within 2 minutes.');
    expect(col(second, 'Verification')).toBe('');
    expect(rows).toHaveLength(2);
  });
});
