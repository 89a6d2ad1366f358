import { RecurrenceSchema } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  fromRecurrence,
  NO_RECURRENCE,
  type RecurrenceFormValues,
  recurrenceSummary,
  toRecurrence,
} from './recurrence-form';
import { tIn } from './test-support';

const form = (over: Partial<RecurrenceFormValues>): RecurrenceFormValues => ({ ...NO_RECURRENCE, ...over });

describe('toRecurrence', () => {
  it('gives none for a one-off', () => {
    expect(toRecurrence(form({ kind: 'none' }), '2027-04-21')).toBeNull();
  });

  it('writes weekly on the ticked days, sorted and once each, with a number of sessions', () => {
    const rule = toRecurrence(form({ kind: 'weekly', weekdays: [5, 1, 5], count: 10 }), '2027-04-21');
    expect(rule).toEqual({ freq: 'weekly', interval: 1, byWeekday: [1, 5], count: 10 });
    expect(RecurrenceSchema.safeParse(rule).success).toBe(true);
  });

  it('repeats weekly on the first session’s weekday when no day is ticked', () => {
    expect(toRecurrence(form({ kind: 'weekly', weekdays: [] }), '2027-04-21')?.byWeekday).toEqual([3]);
  });

  it('ends on a day instead of a count, never both (the schema wants exactly one)', () => {
    const rule = toRecurrence(
      form({ kind: 'monthly', interval: 2, end: 'until', until: '2027-12-31', count: 4 }),
      '2027-04-21',
    );
    expect(rule).toEqual({ freq: 'monthly', interval: 2, until: '2027-12-31' });
    expect(RecurrenceSchema.safeParse(rule).success).toBe(true);
  });

  it('keeps the interval and count inside the schema’s limits', () => {
    const rule = toRecurrence(form({ kind: 'daily', interval: 40, count: 1 }), '2027-04-21');
    expect(rule).toEqual({ freq: 'daily', interval: 12, count: 2 });
    expect(RecurrenceSchema.safeParse(rule).success).toBe(true);
  });

  it('has no weekdays outside weekly', () => {
    expect(toRecurrence(form({ kind: 'daily', weekdays: [1, 2] }), '2027-04-21')).not.toHaveProperty(
      'byWeekday',
    );
  });
});

describe('fromRecurrence', () => {
  it('reads the schema’s object back into the form, both ways round', () => {
    const rules = [
      { freq: 'weekly', interval: 2, byWeekday: [2, 4], count: 8 },
      { freq: 'monthly', interval: 1, until: '2027-12-31' },
      { freq: 'daily', interval: 1, count: 5 },
    ] as const;
    for (const rule of rules) {
      expect(toRecurrence(fromRecurrence(RecurrenceSchema.parse(rule)), '2027-04-20')).toEqual(rule);
    }
  });

  it('gives the one-off form for none', () => {
    expect(fromRecurrence(null).kind).toBe('none');
  });
});

describe('recurrenceSummary', () => {
  it('says the rule in words in Vietnamese and English', () => {
    const rule = RecurrenceSchema.parse({ freq: 'weekly', interval: 1, byWeekday: [1, 3], count: 10 });
    expect(recurrenceSummary(rule, tIn('vi'))).toBe('Hằng tuần vào Thứ Hai, Thứ Tư · 10 buổi');
    expect(recurrenceSummary(rule, tIn('en'))).toBe('Weekly on Monday, Wednesday · 10 sessions');
  });

  it('writes the end day dd/mm/yyyy and every N', () => {
    const rule = RecurrenceSchema.parse({ freq: 'monthly', interval: 2, until: '2027-12-31' });
    expect(recurrenceSummary(rule, tIn('vi'))).toBe('2 tháng một lần · đến 31/12/2027');
    expect(recurrenceSummary(null, tIn('vi'))).toBe('Một buổi');
  });
});
