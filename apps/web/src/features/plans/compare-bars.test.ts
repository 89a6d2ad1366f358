import { describe, expect, it } from 'vitest';
import { barsOf } from './compare-bars';

const row = (id: number, issuerName: string, target: { value?: number; min?: number; max?: number }) => ({
  plan: { planId: id, key: null, symbol: `${id}/KH-UBND`, issuerName },
  target: { id, ...target },
});

describe('barsOf', () => {
  it('scales bars to the largest figure and draws a range as a band', () => {
    const bars = barsOf([row(1, 'Ninh Bình', { value: 70 }), row(2, 'Cát Hải', { min: 80, max: 100 })]);
    expect(bars.map((b) => [b.label, b.length, b.from, b.to])).toEqual([
      ['Ninh Bình (1/KH-UBND)', 70, null, null],
      ['Cát Hải (2/KH-UBND)', 90, 80, 100],
    ]);
  });

  it('adds the detail that tells one plan’s rows apart', () => {
    expect(barsOf([row(1, 'Lào Cai', { value: 20 })], () => 'Thư viện cấp xã')[0]!.label).toBe(
      'Lào Cai (1/KH-UBND) · Thư viện cấp xã',
    );
  });

  it('gives empty bars when there is no figure', () => {
    expect(barsOf([row(1, 'A', {})])[0]!.length).toBe(0);
  });
});
