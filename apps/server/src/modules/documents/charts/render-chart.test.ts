import type { ChartSpec } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { sampleModel } from '../fixtures/sample-model';
import { renderChartPng, renderModelCharts } from './render-chart';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which always comes first. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const spec: ChartSpec = {
  type: 'hbar',
  title: 'Chỉ tiêu và thực hiện (%)',
  categories: ['Phường Hoa Lư', 'Xã Gia Viễn'],
  series: [
    { name: 'Chỉ tiêu', role: 'target', values: [40, 70] },
    { name: 'Thực hiện', role: 'actual', values: [66.7, null] },
  ],
  unit: '%',
};

describe('renderChartPng', () => {
  it('draws a PNG at twice the logical size asked for', () => {
    expect(pngSize(renderChartPng(spec, { width: 400, height: 300 }))).toEqual({ width: 800, height: 600 });
  });

  it('is 800 logical pixels wide by default, and a horizontal chart grows with its categories', () => {
    const few = pngSize(renderChartPng(spec));
    const categories = Array.from({ length: 12 }, (_, i) => `Xã số ${i + 1}`);
    const many = pngSize(
      renderChartPng({
        ...spec,
        categories,
        series: [{ name: 'Thực hiện', role: 'actual', values: categories.map((_, i) => i) }],
      }),
    );
    expect(few.width).toBe(1600);
    expect(few.height).toBeGreaterThanOrEqual(480);
    expect(many.height).toBeGreaterThan(few.height + 400);
  });

  it('draws a vertical bar chart', () => {
    const bar: ChartSpec = { ...spec, type: 'bar' };
    expect(pngSize(renderChartPng(bar)).width).toBe(1600);
  });

  it('still draws a chart with no series', () => {
    const size = pngSize(renderChartPng({ ...spec, series: [] }));
    expect(size.width).toBe(1600);
    expect(size.height).toBeGreaterThan(0);
  });

  it('draws the text: other category names give other pixels, diacritics included', () => {
    const size = { width: 400, height: 240 };
    const a = renderChartPng({ ...spec, title: '', categories: ['Xã Gia Viễn', 'Phường Hoa Lư'] }, size);
    const b = renderChartPng({ ...spec, title: '', categories: ['Xa Gia Vien', 'Phuong Hoa Lu'] }, size);
    const again = renderChartPng({ ...spec, title: '', categories: ['Xã Gia Viễn', 'Phường Hoa Lư'] }, size);
    expect(a.equals(again)).toBe(true);
    expect(a.equals(b)).toBe(false);
  });

  it('writes the numbers in the language asked for', () => {
    const size = { width: 400, height: 240 };
    const vi = renderChartPng(spec, size, 'vi');
    const en = renderChartPng(spec, size, 'en');
    // 66,7 against 66.7: the only difference between the two.
    expect(vi.equals(en)).toBe(false);
  });
});

describe('renderModelCharts', () => {
  it('renders every chart block of the model under its id', () => {
    const charts = renderModelCharts(sampleModel);
    expect([...charts.keys()]).toEqual(['targets']);
    expect(pngSize(charts.get('targets')!).width).toBe(1600);
  });

  it('gives an empty map for a model without charts', () => {
    const body = sampleModel.body.filter((block) => block.type !== 'chart');
    expect(renderModelCharts({ ...sampleModel, body }).size).toBe(0);
  });
});
