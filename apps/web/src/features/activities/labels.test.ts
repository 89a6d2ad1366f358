import { ACTIVITY_STATUSES, ATTENDANCE_SOURCES, REGISTRATION_STATUSES } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  nextSession,
  placesText,
  publicActivityPath,
  registrationStatusLabel,
  sourceLabel,
  statusLabel,
} from './labels';
import { activity, tIn } from './test-support';

describe('status and registration labels', () => {
  it('name every activity status in Vietnamese and English', () => {
    expect(ACTIVITY_STATUSES.map((s) => statusLabel(s, tIn('vi')))).toEqual([
      'Bản nháp',
      'Đã công bố',
      'Đã huỷ',
      'Đã kết thúc',
    ]);
    expect(ACTIVITY_STATUSES.map((s) => statusLabel(s, tIn('en')))).toEqual([
      'Draft',
      'Published',
      'Cancelled',
      'Completed',
    ]);
  });

  it('name every registration status and attendance source', () => {
    expect(REGISTRATION_STATUSES.map((s) => registrationStatusLabel(s, tIn('vi')))).toEqual([
      'Đã xác nhận',
      'Danh sách chờ',
      'Đã huỷ',
    ]);
    expect(ATTENDANCE_SOURCES.map((s) => sourceLabel(s, tIn('en')))).toEqual([
      'Checked in by code',
      'Walk-in headcount',
      'From the registrations',
    ]);
  });
});

describe('availableActions', () => {
  const before = new Date('2027-04-20T00:00:00Z');
  const after = new Date('2027-04-21T02:00:00Z');

  it('lets a draft be edited, published, copied and cancelled, but not checked in', () => {
    expect(availableActions(activity({ status: 'draft' }), true, before)).toEqual({
      edit: true,
      copy: true,
      publish: true,
      cancel: true,
      complete: false,
      checkIn: false,
    });
  });

  it('completes a published activity only once its first session has begun', () => {
    expect(availableActions(activity(), true, before).complete).toBe(false);
    expect(availableActions(activity(), true, after)).toMatchObject({
      complete: true,
      checkIn: true,
      publish: false,
    });
  });

  it('only copies a cancelled or completed activity', () => {
    for (const status of ['cancelled', 'completed'] as const) {
      expect(availableActions(activity({ status }), true, after)).toEqual({
        edit: false,
        copy: true,
        publish: false,
        cancel: false,
        complete: false,
        checkIn: false,
      });
    }
  });

  it('offers nothing without activity.manage', () => {
    expect(Object.values(availableActions(activity(), false, after)).some(Boolean)).toBe(false);
  });
});

describe('nextSession', () => {
  const sessions = [
    { id: 2, startsAt: '2027-04-28T01:00:00Z', endsAt: '2027-04-28T03:00:00Z' },
    { id: 1, startsAt: '2027-04-21T01:00:00Z', endsAt: '2027-04-21T03:00:00Z' },
  ];

  it('is the first session not yet over', () => {
    expect(nextSession(activity({ sessions }), new Date('2027-04-21T02:00:00Z'))?.id).toBe(1);
    expect(nextSession(activity({ sessions }), new Date('2027-04-22T00:00:00Z'))?.id).toBe(2);
  });

  it('is the last one once all are over, and none without sessions', () => {
    expect(nextSession(activity({ sessions }), new Date('2028-01-01T00:00:00Z'))?.id).toBe(2);
    expect(nextSession(activity({ sessions: [] }))).toBeNull();
  });
});

describe('placesText', () => {
  const n = (v: number) => v.toLocaleString('vi-VN');

  it('shows confirmed of capacity, or confirmed alone without a limit', () => {
    expect(placesText(activity({ capacity: 1200 }), n)).toBe('12/1.200');
    expect(placesText(activity({ capacity: null }), n)).toBe('12');
  });
});

describe('publicActivityPath', () => {
  it('is the portal page', () => {
    expect(publicActivityPath(42)).toBe('/portal/activities/42');
  });
});
