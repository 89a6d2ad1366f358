import { describe, expect, it } from 'vitest';
import { timeframeOrdered, toParties, toTaskBody } from './task-form';

describe('toParties', () => {
  it('trims, drops blanks and repeats, and keeps the unit of an unchanged party', () => {
    const before = [{ text: 'Sở VHTT', unitId: 12, unitCode: 'S', unitName: 'Sở VHTT' }];
    expect(toParties([' Sở VHTT ', '', 'UBND các huyện', 'UBND các huyện'], before)).toEqual([
      { text: 'Sở VHTT', unitId: 12 },
      { text: 'UBND các huyện' },
    ]);
  });
});

describe('timeframeOrdered', () => {
  it('compares years and dates by their days', () => {
    expect(timeframeOrdered('2023', '2025')).toBe(true);
    expect(timeframeOrdered('2025', '2025')).toBe(true);
    expect(timeframeOrdered('2025-06-01', '2025')).toBe(true);
    expect(timeframeOrdered('2025', '2024-12-31')).toBe(false);
    expect(timeframeOrdered('2025', null)).toBe(true);
  });
});

describe('toTaskBody', () => {
  it('sends empty optional texts as null', () => {
    const body = toTaskBody({
      area: 'awareness',
      content: ' Tuyên truyền ',
      lead: ['Sở VHTT'],
      coordinating: [],
      from: '2023',
      to: '',
      recurrence: 'yearly',
      status: 'in_progress',
    });
    expect(body).toMatchObject({
      code: null,
      content: 'Tuyên truyền',
      product: null,
      to: null,
      timeliness: null,
    });
  });
});
