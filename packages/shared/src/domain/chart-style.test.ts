import { describe, expect, it } from 'vitest';
import { chartSeriesStyles } from './chart-style';

describe('chartSeriesStyles', () => {
  it('draws targets light grey with an outline and results in the palette, by the series role', () => {
    const [target, result] = chartSeriesStyles({
      series: [
        { name: 'Kế hoạch', role: 'target', values: [40] },
        { name: 'Chỉ tiêu đạt', role: 'actual', values: [66.7] },
      ],
    });
    expect(target).toMatchObject({ color: '#d9d9d9', borderWidth: 1 });
    expect(result).toMatchObject({ color: '#1f4e79', borderWidth: 0 });
  });
});
