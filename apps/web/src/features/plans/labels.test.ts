import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatPlanDate, planLabel, timeframeText } from './labels';

const t = ((key: string, params?: Record<string, string>) =>
  `${key}:${params?.span ?? ''}`) as unknown as TFunction;

describe('formatPlanDate', () => {
  it('shows only what the source gives', () => {
    expect(formatPlanDate('2023-05-09', 'day')).toBe('09/05/2023');
    expect(formatPlanDate('2023-03-01', 'month')).toBe('03/2023');
    expect(formatPlanDate('2023-01-01', 'year')).toBe('2023');
    expect(formatPlanDate('2023-05-09', undefined)).toBe('09/05/2023');
  });
});

describe('timeframeText', () => {
  it('writes spans, single years and dates', () => {
    expect(timeframeText({ from: '2023', to: '2025' }, t)).toBe('2023–2025');
    expect(timeframeText({ from: '2024', to: null }, t)).toBe('2024');
    expect(timeframeText({ from: '2024-04-21', to: '2024-04-21' }, t)).toBe('21/04/2024');
    expect(timeframeText({ from: '2023', to: '2030', recurrence: 'yearly' }, t)).toBe(
      'plans.tasks.yearlySpan:2023–2030',
    );
  });
});

describe('planLabel', () => {
  it('cites a plan by number and title, or whichever it has', () => {
    expect(planLabel({ symbol: '68/KH-UBND', title: 'Kế hoạch' })).toBe('68/KH-UBND — Kế hoạch');
    expect(planLabel({ symbol: null, title: 'Kế hoạch' })).toBe('Kế hoạch');
    expect(planLabel({ symbol: null, title: null, key: 'x' })).toBe('x');
  });
});
