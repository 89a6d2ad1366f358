import { describe, expect, it } from 'vitest';
import {
  boundToDate,
  calendarEntries,
  entriesInMonth,
  fromServerEntries,
  marksByDay,
  monthGrid,
  observanceSpan,
  taskSpan,
} from './calendar-dates';

describe('observanceSpan', () => {
  it('puts a fixed national day on its date every year', () => {
    expect(observanceSpan({ type: 'yearly', month: 4, day: 21 }, 2026)).toEqual({
      start: '2026-04-21',
      end: '2026-04-21',
    });
  });

  it('spans a week given as two month-days', () => {
    expect(observanceSpan({ type: 'yearly_range', from: '10-01', to: '10-07' }, 2025)).toEqual({
      start: '2025-10-01',
      end: '2025-10-07',
    });
  });

  it('moves 29/2 to 28/2 in a common year', () => {
    expect(observanceSpan({ type: 'yearly', month: 2, day: 29 }, 2025)?.start).toBe('2025-02-28');
    expect(observanceSpan({ type: 'yearly', month: 2, day: 29 }, 2028)?.start).toBe('2028-02-29');
  });
});

describe('boundToDate and taskSpan', () => {
  it('reads years, months and days', () => {
    expect(boundToDate('2023', 'start')).toBe('2023-01-01');
    expect(boundToDate('2025', 'end')).toBe('2025-12-31');
    expect(boundToDate('2024-02', 'end')).toBe('2024-02-29');
    expect(boundToDate('2024-05-18', 'end')).toBe('2024-05-18');
    expect(boundToDate('năm 2024', 'end')).toBeNull();
  });

  it('turns a year span into days', () => {
    expect(taskSpan({ from: '2023', to: '2025' })).toEqual({ start: '2023-01-01', end: '2025-12-31' });
    expect(taskSpan({ from: '2024', to: null })).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(taskSpan({ from: '2023', to: null, recurrence: 'continuous' })?.end).toBe('2030-12-31');
  });
});

describe('calendarEntries', () => {
  const observances = [
    {
      code: 'reading_culture_day',
      title: 'Ngày Sách và Văn hóa đọc',
      recurrence: { type: 'yearly' as const, month: 4, day: 21 },
    },
  ];
  const tasks = [
    { id: 1, title: 'Kiểm tra', from: '2023', to: '2025' },
    { id: 2, title: 'Hằng năm', from: '2023', to: '2030', recurrence: 'yearly' as const },
    { id: 3, title: 'Triển lãm', from: '2025', to: '2025', dates: ['2025-05-18', '2026-05-18'] },
    { id: 4, title: 'Xong rồi', from: '2023', to: '2024' },
  ];

  it('puts the national days, the spans, the deadlines and the fixed dates of the year', () => {
    const entries = calendarEntries(2025, observances, tasks);
    expect(entries.map((e) => `${e.kind}:${e.ref}:${e.start}..${e.end}`)).toEqual([
      'span:1:2025-01-01..2025-12-31',
      'span:2:2025-01-01..2025-12-31',
      'observance:reading_culture_day:2025-04-21..2025-04-21',
      'date:3:2025-05-18..2025-05-18',
      'deadline:1:2025-12-31..2025-12-31',
    ]);
  });

  it('leaves out tasks outside the year', () => {
    const entries = calendarEntries(2026, [], tasks);
    expect(entries.map((e) => `${e.kind}:${e.ref}`)).toEqual(['span:2', 'date:3']);
  });

  it('finds the entries of a month and the marks of a day', () => {
    const entries = calendarEntries(2025, observances, tasks);
    expect(entriesInMonth(entries, 2025, 4).map((e) => e.ref)).toEqual(['1', '2', 'reading_culture_day']);
    const marks = marksByDay(entries);
    expect(marks.get('2025-04-21')?.map((e) => e.ref)).toEqual(['reading_culture_day']);
    expect(marks.get('2025-12-31')?.map((e) => e.kind)).toEqual(['deadline']);
    expect(marks.has('2025-06-01')).toBe(false);
  });
});

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with empty cells', () => {
    // 1 September 2025 is a Monday; 1 June 2025 a Sunday.
    expect(monthGrid(2025, 9)[0]![0]).toBe('2025-09-01');
    const june = monthGrid(2025, 6);
    expect(june[0]!.slice(0, 7)).toEqual([null, null, null, null, null, null, '2025-06-01']);
    expect(june.every((w) => w.length === 7)).toBe(true);
    expect(june.flat().filter(Boolean)).toHaveLength(30);
  });
});

describe('fromServerEntries', () => {
  it('marks national days, one-day tasks, and the spans and deadlines of longer ones', () => {
    const entries = fromServerEntries(
      [
        {
          kind: 'observance',
          from: '2025-04-21',
          to: '2025-04-21',
          title: 'Ngày Sách',
          observanceCode: 'book',
          taskId: null,
          planId: null,
        },
        {
          kind: 'task',
          from: '2023-03-01',
          to: '2025-12-31',
          title: 'A',
          observanceCode: null,
          taskId: 7,
          planId: 1,
        },
        {
          kind: 'task',
          from: '2025-01-01',
          to: '2025-12-31',
          title: 'Y',
          observanceCode: null,
          taskId: 6,
          planId: 1,
          allYear: true,
        },
        {
          kind: 'task',
          from: '2025-05-18',
          to: '2025-05-18',
          title: 'M',
          observanceCode: 'museum',
          taskId: 5,
          planId: 1,
        },
        {
          kind: 'task',
          from: '2025-05-18',
          to: '2025-05-18',
          title: 'B',
          observanceCode: null,
          taskId: 8,
          planId: 1,
        },
        { kind: 'task', from: '2026', to: '2030', title: 'C', observanceCode: null, taskId: 9, planId: 1 },
      ],
      2025,
    );
    expect(entries.map((e) => `${e.kind}:${e.ref}:${e.start}..${e.end}`)).toEqual([
      'span:7:2025-01-01..2025-12-31',
      'span:6:2025-01-01..2025-12-31',
      'observance:book:2025-04-21..2025-04-21',
      'date:5:2025-05-18..2025-05-18',
      'date:8:2025-05-18..2025-05-18',
      'deadline:7:2025-12-31..2025-12-31',
    ]);
  });
});
