import type { Reason } from '@suotdoi/shared';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyticsEn } from '../../i18n/analytics.en';
import { analyticsVi } from '../../i18n/analytics.vi';
import {
  categoriesOf,
  categoriesText,
  completenessShare,
  completenessText,
  formatFigure,
  formatGap,
  formatRate,
  latestAsOf,
  reasonText,
  targetYearText,
} from './format';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'vi',
    resources: {
      vi: { translation: { analytics: analyticsVi } },
      en: { translation: { analytics: analyticsEn } },
    },
    interpolation: { escapeValue: false },
  });
});
const tIn = (lang: 'vi' | 'en') => i18n.getFixedT(lang);
const reason = (code: Reason['code'], params: Reason['params'] = {}): Reason => ({ code, params });

describe('formatFigure', () => {
  it('writes a value the Vietnamese way with its unit, one decimal at most', () => {
    expect(formatFigure(66.6667, 'percent', 'vi')).toBe('66,7 %');
    expect(formatFigure(2.5, 'count_per_year', 'vi')).toBe('2,5 lần/năm');
    expect(formatFigure(1250, 'count', 'vi')).toBe('1.250');
    expect(formatFigure(6.2, 'percent_per_year', 'en')).toBe('6.2%/yr');
  });

  it('writes a dash for no value, never 0 or NaN', () => {
    expect(formatFigure(null, 'percent', 'vi')).toBe('—');
    expect(formatFigure(Number.NaN, 'percent', 'vi')).toBe('—');
  });
});

describe('formatGap', () => {
  it('signs the difference and speaks of percentage points for percentages', () => {
    expect(formatGap(-3.33, 'percent', 'vi')).toBe('-3,3 điểm %');
    expect(formatGap(1.2, 'percent_per_year', 'en')).toBe('+1.2 pp/yr');
    expect(formatGap(0, 'count', 'vi')).toBe('0');
    expect(formatGap(null, 'percent', 'vi')).toBe('—');
  });
});

describe('formatRate', () => {
  it('writes a growth rate a year with its sign', () => {
    expect(formatRate(11.8, 'percent_per_year', 'vi')).toBe('+11,8 %/năm');
    expect(formatRate(2.5, 'percent', 'vi')).toBe('+2,5 điểm %/năm');
  });
});

describe('reasonText', () => {
  it('puts the needed and the trend growth in words', () => {
    const r = reason('needs_vs_trend', { needed: 11.8, trend: 6.2, unit: 'percent_per_year' });
    expect(reasonText(r, 'percent_per_year', tIn('vi'), 'vi')).toBe('cần +11,8 %/năm, xu hướng +6,2 %/năm');
    expect(reasonText(r, 'percent_per_year', tIn('en'), 'en')).toBe('needs +11.8%/yr, trend +6.2%/yr');
  });

  it('reads the server’s units of change: points a year for a share, units a year for a count', () => {
    const coverage = reason('needs_vs_trend', { needed: 5.1, trend: -20.9, unit: 'points_per_year' });
    expect(reasonText(coverage, 'percent', tIn('vi'), 'vi')).toBe(
      'cần +5,1 điểm %/năm, xu hướng -20,9 điểm %/năm',
    );
    const count = reason('no_trend', { needed: 0.5, unit: 'per_year' });
    expect(reasonText(count, 'count_per_year', tIn('en'), 'en')).toBe('Not enough years of data for a trend');
    expect(formatRate(0.5, 'per_year', 'en')).toBe('+0.5/yr');
  });

  it('writes a missed target with both values in the indicator’s unit', () => {
    const r = reason('missed', { target: 70, actual: 62.5 });
    expect(reasonText(r, 'percent', tIn('vi'), 'vi')).toBe('Không đạt: 62,5 %, chỉ tiêu 70 %');
  });

  it('keeps years as years and counts as counts', () => {
    expect(reasonText(reason('baseline_missing', { year: 2022 }), 'percent_per_year', tIn('vi'), 'vi')).toBe(
      'Thiếu số liệu năm gốc 2022',
    );
    expect(
      reasonText(
        reason('units_below_threshold', { below: 3, threshold: 2 }),
        'count_per_year',
        tIn('vi'),
        'vi',
      ),
    ).toBe('3 đơn vị dưới mức 2 lần/năm');
  });

  it('has words for every reason code in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const code of Object.keys(analyticsVi.reason)) {
        const text = reasonText(reason(code as Reason['code'], { year: 2024 }), 'percent', tIn(lang), lang);
        expect(text).not.toContain('analytics.reason');
      }
    }
  });

  it('is empty without a reason', () => {
    expect(reasonText(null, 'percent', tIn('vi'), 'vi')).toBe('');
  });
});

describe('categoriesText', () => {
  it('names one category, several, or all of the indicator’s', () => {
    const t = tIn('vi');
    expect(categoriesText({ category: 'library_province', categories: null }, t, 'vi')).toBe(
      'Thư viện cấp tỉnh',
    );
    expect(
      categoriesText({ category: null, categories: ['museum_public', 'museum_non_public'] }, t, 'vi'),
    ).toBe('Bảo tàng công lập; Bảo tàng ngoài công lập');
    expect(categoriesText({ category: null, categories: null }, t, 'vi')).toBe('Tất cả loại thiết chế');
    expect(categoriesOf({ category: null, categories: null })).toEqual([]);
  });
});

describe('targetYearText', () => {
  it('writes a milestone as its year and a yearly target as its span', () => {
    expect(targetYearText({ year: 2025, from: null }, tIn('vi'))).toBe('2025');
    expect(targetYearText({ year: 2030, from: 2023 }, tIn('vi'))).toBe('Hằng năm 2023–2030');
  });
});

describe('completeness', () => {
  it('reads reported of expected', () => {
    expect(completenessText(3, 40, 'vi')).toBe('3/40');
    expect(completenessText(2.5, 3, 'vi')).toBe('2,5/3');
    expect(completenessShare(3, 40)).toBeCloseTo(0.075);
    expect(completenessShare(0, 0)).toBeNull();
  });
});

describe('latestAsOf', () => {
  it('takes the newest timestamp and ignores rows without one', () => {
    expect(
      latestAsOf([{ asOf: '2026-03-01T02:00:00Z' }, { asOf: null }, { asOf: '2026-03-02T01:00:00+07:00' }]),
    ).toBe('2026-03-02T01:00:00+07:00');
    expect(latestAsOf([{ asOf: null }])).toBeNull();
  });
});
