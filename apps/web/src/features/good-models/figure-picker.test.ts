import type { AnalyticsIndicator, Figure } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  addPicks,
  defaultYear,
  FIGURES_MAX,
  picksOf,
  previewRows,
  previewText,
  removePick,
  samePicks,
  toFiguresInput,
  yearChoices,
  yearsOf,
} from './figure-picker';
import { goodModel, tIn } from './test-support';

const indicator = (code: string, unit = 'percent'): AnalyticsIndicator => ({
  code,
  name: { vi: `Chỉ số ${code}`, en: `Indicator ${code}` },
  kind: 'ratio' as AnalyticsIndicator['kind'],
  unit,
  direction: 'up',
  threshold: null,
  categories: [],
});

const figure = (over: Partial<Figure>): Figure => ({
  unitId: 3101,
  indicator: 'a',
  year: 2025,
  actual: null,
  reason: null,
  asOf: null,
  expected: 1,
  submitted: 1,
  reported: 1,
  met: 0,
  value: 0,
  value2: 0,
  ...over,
});

describe('yearChoices and defaultYear', () => {
  it('offers this year and the five before it, newest first, last year by default', () => {
    expect(yearChoices('2026-05-10')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(defaultYear('2026-05-10')).toBe(2025);
  });
});

describe('addPicks', () => {
  it('adds every chosen indicator for every chosen year, years newest first', () => {
    const { picks, added, left } = addPicks([], ['a', 'b'], [2024, 2025]);
    expect(picks).toEqual([
      { indicator: 'a', year: 2025 },
      { indicator: 'a', year: 2024 },
      { indicator: 'b', year: 2025 },
      { indicator: 'b', year: 2024 },
    ]);
    expect([added, left]).toEqual([4, 0]);
  });

  it('skips what is picked already', () => {
    const result = addPicks([{ indicator: 'a', year: 2025 }], ['a'], [2025, 2024]);
    expect(result.picks).toEqual([
      { indicator: 'a', year: 2025 },
      { indicator: 'a', year: 2024 },
    ]);
    expect(result.added).toBe(1);
  });

  it('stops at eight and counts what found no room', () => {
    const result = addPicks([], ['a', 'b', 'c'], [2025, 2024, 2023]);
    expect(result.picks).toHaveLength(FIGURES_MAX);
    expect(result.left).toBe(1);
  });
});

describe('removePick, samePicks, toFiguresInput, picksOf, yearsOf', () => {
  const picks = [
    { indicator: 'a', year: 2025 },
    { indicator: 'b', year: 2023 },
    { indicator: 'a', year: 2023 },
  ];

  it('removes one pick and keeps the order of the rest', () => {
    expect(removePick(picks, { indicator: 'b', year: 2023 })).toEqual([picks[0], picks[2]]);
  });

  it('gives the figures input in the order picked, plain objects only', () => {
    expect(toFiguresInput(picks)).toEqual(picks);
    expect(toFiguresInput([{ ...picks[0]!, extra: 1 } as never])).toEqual([picks[0]]);
  });

  it('reads a saved model’s figures back as picks', () => {
    expect(picksOf(goodModel().figures)).toEqual([{ indicator: 'readers_per_1000', year: 2025 }]);
  });

  it('asks the figures API for each year once, oldest first', () => {
    expect(yearsOf(picks)).toEqual([2023, 2025]);
  });

  it('compares two lists pick by pick', () => {
    expect(samePicks(picks, [...picks])).toBe(true);
    expect(samePicks(picks, [...picks].reverse())).toBe(false);
  });
});

describe('previewRows and previewText', () => {
  const indicators = [indicator('a'), indicator('b', 'count')];
  const picks = [
    { indicator: 'a', year: 2025 },
    { indicator: 'b', year: 2025 },
    { indicator: 'gone', year: 2025 },
  ];

  it('shows the unit’s current value of each pick as the dashboard writes it', () => {
    const rows = previewRows(
      picks,
      indicators,
      {
        figures: [
          figure({ indicator: 'a', actual: 72.5, asOf: '2026-03-01T02:00:00Z' }),
          figure({ indicator: 'b', actual: null, reason: { code: 'no_reports', params: {} } }),
        ],
      },
      'vi',
    );
    expect(rows.map((r) => [r.name, r.source, previewText(r, tIn('vi'), 'vi')])).toEqual([
      ['Chỉ số a', 'live', '72,5 %'],
      ['Chỉ số b', 'live', 'Chưa có báo cáo được duyệt'],
      ['gone', 'live', 'Chưa có số liệu'],
    ]);
    expect(rows.map((r) => r.unknown)).toEqual([false, false, true]);
    expect(rows[0]!.asOf).toBe('2026-03-01T02:00:00Z');
  });

  it('says it is loading until the figures arrive', () => {
    const [row] = previewRows([picks[0]!], indicators, undefined, 'en');
    expect(row!.source).toBe('loading');
    expect(row!.name).toBe('Indicator a');
    expect(previewText(row!, tIn('en'), 'en')).toBe('Loading…');
  });

  it('shows the frozen values while the picks are those saved, the live ones once they change', () => {
    const model = goodModel();
    const frozen = previewRows(picksOf(model.figures), [], { figures: [] }, 'vi', model.figures);
    expect(frozen.map((r) => [r.source, previewText(r, tIn('vi'), 'vi'), r.name])).toEqual([
      ['frozen', '72,5', 'Bạn đọc trên 1.000 dân'],
    ]);
    const empty = goodModel({
      figures: [{ ...model.figures[0]!, actual: null, text: '—' }],
    }).figures;
    expect(previewText(previewRows(picksOf(empty), [], undefined, 'vi', empty)[0]!, tIn('vi'), 'vi')).toBe(
      'Chưa có số liệu',
    );
    const changed = previewRows(
      [...picksOf(model.figures), { indicator: 'a', year: 2024 }],
      indicators,
      { figures: [] },
      'vi',
      model.figures,
    );
    expect(changed.map((r) => r.source)).toEqual(['live', 'live']);
  });
});
