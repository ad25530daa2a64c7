// Evidence dated where it moves the scores unexpectedly asks once, saying what it changes;
// verification evidence after the period is expected there and only noted.
import { describe, expect, it } from 'vitest';
import {
  asksFirst,
  datesAskingFirst,
  evidenceDateNotice,
} from '../../shared/fieldwork/evidence-date';

const audit = { periodStart: '2026-03-01', periodEnd: '2026-09-30' };
const today = '2026-11-23';

describe('the date of new evidence', () => {
  it('says nothing inside the period, up to today', () => {
    expect(evidenceDateNotice('2026-03-01', audit, today)).toBeNull();
    expect(evidenceDateNotice('2026-09-30', audit, today)).toBeNull();
  });

  it('asks first after the period, before it, and in the future', () => {
    expect(evidenceDateNotice('2026-10-01', audit, today)).toEqual({
      kind: 'afterPeriod',
      periodEnd: '2026-09-30',
      expected: false,
    });
    expect(evidenceDateNotice('2026-02-28', audit, today)).toEqual({
      kind: 'beforePeriod',
      periodStart: '2026-03-01',
    });
    expect(evidenceDateNotice('2026-11-24', audit, today)).toEqual({ kind: 'future', today });
    for (const date of ['2026-10-01', '2026-02-28', '2026-11-24'])
      expect(asksFirst(evidenceDateNotice(date, audit, today))).toBe(true);
  });

  it('only notes verification evidence after the period, but still asks about a future date', () => {
    const after = evidenceDateNotice('2026-11-23', audit, today, { verification: true });
    expect(after).toMatchObject({ kind: 'afterPeriod', expected: true });
    expect(asksFirst(after)).toBe(false);
    expect(asksFirst(evidenceDateNotice('2027-01-01', audit, today, { verification: true }))).toBe(
      true,
    );
  });

  it('counts a survey’s answers that would ask', () => {
    expect(datesAskingFirst(['2026-05-01', '2026-10-02', '2030-01-01'], audit, today)).toBe(2);
  });
});
