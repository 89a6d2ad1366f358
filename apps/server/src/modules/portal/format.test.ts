import { describe, expect, it } from 'vitest';
import { formatDateTime, formatHours, formatSpan, parseFilterDate } from './format';

describe('formatDateTime', () => {
  it('writes dd/mm/yyyy HH:mm in Vietnam whatever the server’s zone', () => {
    expect(formatDateTime('2027-04-21T01:00:00Z')).toBe('21/04/2027 08:00');
    expect(formatDateTime('2027-04-20T17:30:00Z')).toBe('21/04/2027 00:30');
  });
});

describe('formatSpan', () => {
  it('names the weekday and gives one day’s times once', () => {
    expect(formatSpan('2027-04-21T01:00:00Z', '2027-04-21T03:30:00Z', 'vi')).toBe(
      'Thứ Tư, 21/04/2027 08:00–10:30',
    );
    expect(formatSpan('2027-04-21T01:00:00Z', '2027-04-21T03:30:00Z', 'en')).toBe(
      'Wednesday, 21/04/2027 08:00–10:30',
    );
  });

  it('names both ends of a span over several days', () => {
    expect(formatSpan('2027-04-21T01:00:00Z', '2027-04-23T10:00:00Z', 'vi')).toBe(
      'Thứ Tư, 21/04/2027 08:00 – 23/04/2027 17:00',
    );
  });
});

describe('parseFilterDate', () => {
  it('reads what <input type=date> sends and what a person types in a plain box', () => {
    expect(parseFilterDate('2027-04-21')).toBe('2027-04-21');
    expect(parseFilterDate('21/04/2027')).toBe('2027-04-21');
    expect(parseFilterDate('1/4/2027')).toBe('2027-04-01');
    expect(parseFilterDate(' ')).toBeUndefined();
    expect(parseFilterDate(undefined)).toBeUndefined();
  });

  it('says null for what is not a date', () => {
    expect(parseFilterDate('31/02/2027')).toBeNull();
    expect(parseFilterDate('hôm nay')).toBeNull();
  });
});

describe('formatHours', () => {
  it('writes hours with a decimal comma in Vietnamese', () => {
    expect(formatHours(1.5, 'vi')).toBe('1,5');
    expect(formatHours(1.5, 'en')).toBe('1.5');
    expect(formatHours(3, 'vi')).toBe('3');
  });
});
