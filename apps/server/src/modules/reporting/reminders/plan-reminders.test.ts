import { calendarFrom } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  openPeriod,
  planReminders,
  planStepNotifications,
  type ReminderCandidate,
  type RoleHolding,
} from './plan-reminders';

// The institution deadline of 2026 is Wednesday 11/11/2026; 2/9 is National Day (a day off).
const cal = calendarFrom({ days: [{ date: '2026-09-02' }] });
const LIBRARY = 11;
const COMMUNE = 2;
const PROVINCE = 1;

const candidate = (over: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  key: `7|${LIBRARY}|2026`,
  reportId: null,
  unitId: LIBRARY,
  unitName: 'Thư viện xã A1',
  parentId: COMMUNE,
  period: '2026',
  formCode: 'LIBRARY_ANNUAL',
  status: 'not_started',
  deadline: '2026-11-11',
  ...over,
});

const roles: RoleHolding[] = [
  { userId: 'staff', role: 'institution_staff', unitId: LIBRARY },
  { userId: 'viewer', role: 'viewer', unitId: LIBRARY },
  { userId: 'commune', role: 'commune_officer', unitId: COMMUNE },
  { userId: 'province', role: 'province_officer', unitId: PROVINCE },
];

const plan = (today: string, c = candidate()) => planReminders([c], roles, today, cal);

describe('planReminders', () => {
  it('says nothing while the deadline is more than three working days away', () => {
    // Thursday 5/11 → Wednesday 11/11 is four working days (6, 9, 10, 11).
    expect(plan('2026-11-05')).toEqual([]);
  });

  it('tells the people entering the unit’s reports that it is due soon, three working days before', () => {
    expect(plan('2026-11-06')).toEqual([
      {
        userId: 'staff',
        kind: 'due_soon',
        dedupeKey: `due_soon:7|${LIBRARY}|2026:2026-11-11`,
        params: expect.objectContaining({ unitId: LIBRARY, deadline: '2026-11-11', days: 3, reportId: null }),
      },
    ]);
    expect(plan('2026-11-11').map((d) => [d.kind, d.params.days])).toEqual([['due_soon', 0]]);
  });

  it('tells them it is overdue after the deadline and escalates to the approvers of the parent only', () => {
    const drafts = plan('2026-11-13');
    expect(drafts.map((d) => [d.userId, d.kind, d.params.days])).toEqual([
      ['staff', 'overdue', 2],
      ['commune', 'overdue_escalated', 2],
    ]);
    expect(drafts[1]!.dedupeKey).toBe(`overdue_escalated:7|${LIBRARY}|2026:2026-11-11`);
  });

  it('reminds a draft or returned report, but not a submitted, approved or locked one', () => {
    expect(plan('2026-11-13', candidate({ status: 'returned', reportId: 5 }))).toHaveLength(2);
    for (const status of ['submitted', 'approved', 'locked'] as const) {
      expect(plan('2026-11-13', candidate({ status }))).toEqual([]);
    }
  });

  it('counts working days around holidays', () => {
    // Deadline Thursday 3/9; Wednesday 2/9 is off, so from Friday 28/8 three working days are 31/8, 1/9, 3/9.
    const c = candidate({ deadline: '2026-09-03' });
    expect(plan('2026-08-28', c).map((d) => d.params.days)).toEqual([3]);
  });

  it('does not escalate a unit without a parent', () => {
    expect(plan('2026-11-13', candidate({ parentId: null })).map((d) => d.kind)).toEqual(['overdue']);
  });
});

describe('planStepNotifications', () => {
  const report = { id: 9, unitId: LIBRARY, parentId: COMMUNE, version: 4 };
  const params = { reportId: 9, unitId: LIBRARY, unitName: 'Thư viện xã A1', period: '2026' };

  it('sends a submission to the approvers of the parent unit', () => {
    expect(planStepNotifications('submit', report, params, roles, 'staff')).toEqual([
      { userId: 'commune', kind: 'submitted', params, dedupeKey: 'submitted:9:v4' },
    ]);
  });

  it('sends a return or an approval to the unit’s own people, never to whoever took the step', () => {
    expect(planStepNotifications('return', report, params, roles, 'commune').map((d) => d.userId)).toEqual([
      'staff',
    ]);
    expect(planStepNotifications('approve', report, params, roles, 'staff')).toEqual([]);
  });
});

describe('openPeriod', () => {
  it('follows the 15/12–14/12 window of the national regime', () => {
    expect(openPeriod('year', '2026-12-14', 15).id).toBe('2026');
    expect(openPeriod('year', '2026-12-15', 15).id).toBe('2027');
    expect(openPeriod('year', '2026-01-10', 15).id).toBe('2026');
    expect(openPeriod('year', '2026-12-31', 1).id).toBe('2026');
  });
});
