import type { Form } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { levelDeadlines, openPeriod } from './form-deadlines';

const annual = {
  periodType: 'year',
  cutoffStartDay: 15,
  deadlines: {
    anchor: { kind: 'fixed', month: 11, day: 25 },
    levelOffsets: { province: 0, commune: 5, institution: 10 },
  },
} as Pick<Form, 'periodType' | 'cutoffStartDay' | 'deadlines'>;

describe('openPeriod', () => {
  it('moves to next year from 15/12 under the national cut-off', () => {
    expect(openPeriod(annual, '2026-12-14').id).toBe('2026');
    expect(openPeriod(annual, '2026-12-15').id).toBe('2027');
    expect(openPeriod({ ...annual, cutoffStartDay: 1 }, '2026-12-20').id).toBe('2026');
  });
});

describe('levelDeadlines', () => {
  it('counts each level back in working days from 25/11, past a holiday', () => {
    const { period, deadlines } = levelDeadlines(annual, [], '2026-11-21');
    expect(period).toBe('2026');
    expect(deadlines).toEqual({ province: '2026-11-25', commune: '2026-11-18', institution: '2026-11-11' });
    const withHoliday = levelDeadlines(
      annual,
      [{ date: '2026-11-16', name: { vi: 'x', en: 'x' }, kind: 'holiday' }],
      '2026-11-21',
    );
    expect(withHoliday.deadlines.institution).toBe('2026-11-10');
  });
});
