import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isProvinceCode, PROVINCE_TILES, provinceCodeOf, TILE_COLUMNS, TILE_ROWS } from './tile-layout';

const reference = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../../../../data/reference/province-mergers-2025.json'),
    'utf8',
  ),
) as { provinces: { code: string; name: string }[] };

describe('the province tile layout', () => {
  it('has exactly the 34 provinces of the 2025 law table, by code and name', () => {
    expect(PROVINCE_TILES).toHaveLength(34);
    const byCode = new Map(reference.provinces.map((p) => [p.code, p.name]));
    expect(new Set(PROVINCE_TILES.map((t) => t.code))).toEqual(new Set(byCode.keys()));
    for (const tile of PROVINCE_TILES) expect(tile.name).toBe(byCode.get(tile.code));
  });

  it('gives each province its own square inside the grid', () => {
    const positions = new Set(PROVINCE_TILES.map((t) => `${t.row},${t.col}`));
    expect(positions.size).toBe(34);
    for (const t of PROVINCE_TILES) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(TILE_COLUMNS);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(TILE_ROWS);
    }
  });

  it('runs north to south: Hà Nội above Huế above Hồ Chí Minh above Cà Mau', () => {
    const row = (code: string) => PROVINCE_TILES.find((t) => t.code === code)!.row;
    expect(row('01')).toBeLessThan(row('46'));
    expect(row('46')).toBeLessThan(row('79'));
    expect(row('79')).toBeLessThan(row('96'));
  });
});

describe('provinceCodeOf', () => {
  it('reads code or ma_tinh, as two digits', () => {
    expect(provinceCodeOf({ code: '01' })).toBe('01');
    expect(provinceCodeOf({ ma_tinh: 1 })).toBe('01');
    expect(provinceCodeOf({ ma_tinh: ' 8 ' })).toBe('08');
    expect(provinceCodeOf({ name: 'Hà Nội' })).toBeNull();
    expect(provinceCodeOf(null)).toBeNull();
    expect(isProvinceCode('02')).toBe(false);
    expect(isProvinceCode('08')).toBe(true);
  });
});
