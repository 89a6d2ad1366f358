import type { AttendanceEntry, StaffRegistration } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  activityExportRows,
  attendanceExportRows,
  registrationExportRows,
  sortActivities,
  totalsBySource,
} from './activity-rows';
import { activity, tIn } from './test-support';

const now = new Date('2027-04-01T00:00:00Z');
const session = (id: number, day: string) => ({
  id,
  startsAt: `${day}T01:00:00.000Z`,
  endsAt: `${day}T03:00:00.000Z`,
});

const rows = [
  activity({ id: 1, title: 'Đọc sách', status: 'draft', sessions: [session(1, '2027-04-28')] }),
  activity({ id: 2, title: 'Dạy vẽ', status: 'cancelled', sessions: [session(2, '2027-04-21')] }),
  activity({ id: 3, title: 'Bảo tàng', status: 'published', sessions: [session(3, '2027-05-01')] }),
];

describe('sortActivities', () => {
  it('puts the soonest session first by default', () => {
    expect(sortActivities(rows, undefined, now).map((a) => a.id)).toEqual([2, 1, 3]);
  });

  it('sorts titles in Vietnamese order (Đ after D) and statuses by what needs work', () => {
    expect(sortActivities(rows, { key: 'title', order: 'ascend' }, now).map((a) => a.title)).toEqual([
      'Bảo tàng',
      'Dạy vẽ',
      'Đọc sách',
    ]);
    expect(sortActivities(rows, { key: 'status', order: 'ascend' }, now).map((a) => a.status)).toEqual([
      'draft',
      'published',
      'cancelled',
    ]);
  });
});

describe('activityExportRows', () => {
  const sheet = activityExportRows([activity({ capacity: null })], {
    t: tIn('vi'),
    observanceName: (code) => (code === 'reading_culture_day' ? 'Ngày Sách và Văn hoá đọc Việt Nam' : code),
    now,
  });

  it('heads the sheet with the columns in Vietnamese', () => {
    expect(sheet[0]).toEqual([
      'Tên hoạt động',
      'Loại hình',
      'Thiết chế',
      'Buổi tiếp theo',
      'Số buổi',
      'Đối tượng',
      'Ngày lễ, sự kiện',
      'Địa điểm',
      'Đã xác nhận',
      'Số chỗ',
      'Chờ',
      'Đã điểm danh',
      'Lượt tham gia',
      'Trạng thái',
    ]);
  });

  it('writes words for codes, dates dd/mm/yyyy HH:mm, and numbers as numbers (no limit: empty)', () => {
    expect(sheet[1]).toEqual([
      'Nói chuyện chuyên đề: Sách và tuổi trẻ',
      'Nói chuyện chuyên đề',
      'Thư viện tỉnh Ninh Bình',
      '21/04/2027 08:00',
      1,
      'Sinh viên, Mọi người',
      'Ngày Sách và Văn hoá đọc Việt Nam',
      'Hội trường tầng 1',
      12,
      null,
      0,
      3,
      8,
      'Đã công bố',
    ]);
  });

  it('writes English with an English t', () => {
    const en = activityExportRows([activity()], { t: tIn('en'), observanceName: (c) => c, now });
    expect(en[0]?.[0]).toBe('Activity');
    expect(en[1]?.[13]).toBe('Published');
  });
});

describe('registrationExportRows', () => {
  const registration: StaffRegistration = {
    id: 1,
    code: 'ABCD2345',
    name: 'Nguyễn Văn A',
    contact: '0912 345 678',
    status: 'waitlisted',
    position: 2,
    createdAt: '2027-04-10T02:15:00.000Z',
    checkedIn: false,
  };

  it('writes the registrations with their status in words and the place on the waitlist', () => {
    expect(
      registrationExportRows([registration, { ...registration, name: null, contact: null }], tIn('vi')),
    ).toEqual([
      ['Mã đăng ký', 'Họ tên', 'Liên hệ', 'Trạng thái', 'Thứ tự chờ', 'Đã điểm danh', 'Thời điểm đăng ký'],
      ['ABCD2345', 'Nguyễn Văn A', '0912 345 678', 'Danh sách chờ', 2, 'Chưa', '10/04/2027 09:15'],
      ['ABCD2345', '', '', 'Danh sách chờ', 2, 'Chưa', '10/04/2027 09:15'],
    ]);
  });
});

describe('attendance rows', () => {
  const entries: AttendanceEntry[] = [
    {
      id: 1,
      source: 'check_in',
      sessionId: 11,
      sessionStartsAt: '2027-04-21T01:00:00.000Z',
      count: 1,
      note: null,
      registrationCode: 'ABCD2345',
      recordedBy: { id: 'u1', name: 'Trần Thị B' },
      recordedAt: '2027-04-21T01:05:00.000Z',
    },
    {
      id: 2,
      source: 'headcount',
      sessionId: 11,
      sessionStartsAt: '2027-04-21T01:00:00.000Z',
      count: 14,
      note: 'Đoàn học sinh',
      registrationCode: null,
      recordedBy: { id: 'u1', name: 'Trần Thị B' },
      recordedAt: '2027-04-21T02:00:00.000Z',
    },
    {
      id: 3,
      source: 'headcount',
      sessionId: null,
      sessionStartsAt: null,
      count: 6,
      note: null,
      registrationCode: null,
      recordedBy: null,
      recordedAt: '2027-04-21T03:00:00.000Z',
    },
  ];

  it('sum by source', () => {
    expect(totalsBySource(entries)).toEqual({ check_in: 1, headcount: 20, registration: 0 });
  });

  it('export with the source in words, and the system as the recorder when nobody was', () => {
    const sheet = attendanceExportRows(entries, tIn('vi'));
    expect(sheet[1]).toEqual([
      'Điểm danh bằng mã',
      1,
      '21/04/2027 08:00',
      'ABCD2345',
      '',
      'Trần Thị B',
      '21/04/2027 08:05',
    ]);
    expect(sheet[3]?.[5]).toBe('Hệ thống (khi kết thúc)');
  });
});
