import type { ChartSpec } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { chartHeight, chartOption, chartSummary } from './chart-options';

const hbar: ChartSpec = {
  type: 'hbar',
  title: 'Chỉ tiêu và thực hiện (%)',
  categories: ['Thư viện cấp xã cung cấp dịch vụ học tập suốt đời', 'Bảo tàng có chương trình giáo dục'],
  series: [
    { name: 'Chỉ tiêu', role: 'target', values: [40, 70] },
    { name: 'Thực hiện', role: 'actual', values: [66.7, null] },
  ],
  unit: '%',
};

type Option = ReturnType<typeof chartOption>;
type BarSeries = Option['series'][number];
const formatter = (s: BarSeries) => s.label.formatter as (p: { value: unknown }) => string;

describe('chartOption', () => {
  it('puts categories down the y axis of an hbar, the first on top', () => {
    const option = chartOption(hbar, 'vi', 'Không có số liệu');
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: hbar.categories });
    expect(option.xAxis).toMatchObject({ type: 'value', name: '%' });
  });

  it('puts categories along the x axis of a bar chart', () => {
    const option = chartOption({ ...hbar, type: 'bar' }, 'vi', '');
    expect(option.xAxis).toMatchObject({ type: 'category', inverse: false });
    expect(option.yAxis).toMatchObject({ type: 'value' });
  });

  it('draws no bar for a missing value, only a dash, so that it is not read as zero', () => {
    const result = chartOption(hbar, 'vi', '').series[1]!;
    expect(result.data[0]).toBe(66.7);
    expect(result.data[1]).toMatchObject({
      value: 0,
      itemStyle: { color: 'transparent' },
      label: { formatter: '—' },
    });
  });

  it('writes values the way the document’s language does', () => {
    const [target] = chartOption(hbar, 'vi', '').series;
    expect(formatter(target!)({ value: 66.7 })).toBe('66,7');
    expect(formatter(chartOption(hbar, 'en', '').series[0]!)({ value: 1250.5 })).toBe('1,250.5');
  });

  it('is still for print: no animation, a white ground', () => {
    const option = chartOption(hbar, 'vi', '');
    expect(option.animation).toBe(false);
    expect(option.backgroundColor).toBe('#ffffff');
  });

  it('says there is no data instead of drawing empty axes', () => {
    const option = chartOption({ ...hbar, series: [] }, 'vi', 'Không có số liệu');
    expect(option.legend).toBeUndefined();
    expect(option.graphic?.style.text).toBe('Không có số liệu');
    expect(option.xAxis.show).toBe(false);
  });
});

describe('chartHeight', () => {
  it('grows with the categories of an hbar', () => {
    const many = { ...hbar, categories: Array.from({ length: 20 }, (_, i) => `Xã ${i}`) };
    expect(chartHeight(many)).toBeGreaterThan(chartHeight(hbar));
  });

  it('keeps a bar chart and an empty chart to a fixed height', () => {
    expect(chartHeight({ ...hbar, type: 'bar' })).toBe(28 + 300);
    expect(chartHeight({ ...hbar, series: [] })).toBe(140);
  });
});

describe('chartSummary', () => {
  it('says every value in words for a screen reader', () => {
    expect(chartSummary(hbar, 'vi')).toBe(
      'Chỉ tiêu và thực hiện (%) Chỉ tiêu (%): Thư viện cấp xã cung cấp dịch vụ học tập suốt đời 40, Bảo tàng có chương trình giáo dục 70. Thực hiện (%): Thư viện cấp xã cung cấp dịch vụ học tập suốt đời 66,7, Bảo tàng có chương trình giáo dục —.',
    );
  });
});
