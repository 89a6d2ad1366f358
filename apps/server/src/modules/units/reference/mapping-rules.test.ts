import { describe, expect, it } from 'vitest';
import { type MappingLookups, validateMappingRow } from './mapping-rules';
import { bareName } from './names';
import type { WardMappingRow } from './sources';

/** Two old provinces (37 Ninh Bình, 33 Hưng Yên) merged into new 37 and new 33; one old and one new commune each. */
const lookups: MappingLookups = {
  oldCommune: (code) => ({ '14359': { provinceCode: '37' }, '12001': { provinceCode: '33' } })[code],
  newWard: (code) => ({ '14362': { provinceCode: '37' }, '12010': { provinceCode: '33' } })[code],
  oldProvinceByName: (name) => ({ 'ninh binh': '37', 'hung yen': '33', 'ha nam': '35' })[bareName(name)],
  newProvinceByName: (name) => ({ 'ninh binh': '37', 'hung yen': '33', 'quang tri': '44' })[bareName(name)],
  mergedInto: (code) => ({ '37': '37', '35': '37', '33': '33' })[code],
  findOldCommuneByName: (_p, _d, commune) => (bareName(commune) === 'ninh khanh' ? '14359' : undefined),
  findNewWardByName: (province, name) =>
    province === '37' && bareName(name) === 'hoa lu' ? '14362' : undefined,
};

const row = (over: Partial<WardMappingRow>): WardMappingRow => ({
  id: '1',
  old_ward_code: '14359',
  old_ward_name: 'Phường Ninh Khánh',
  old_district_name: 'Thành phố Ninh Bình',
  old_province_name: 'Tỉnh Ninh Bình',
  new_ward_code: '14362',
  new_ward_name: 'Phường Hoa Lư',
  new_province_name: 'Ninh Bình',
  ...over,
});

describe('validateMappingRow', () => {
  it('accepts a row whose old commune exists, whose new commune exists, within the law’s merger', () => {
    expect(validateMappingRow(row({}), lookups)).toMatchObject({
      ok: true,
      oldCode: '14359',
      newCode: '14362',
    });
  });

  it('holds back a row without an old code, suggesting one found by name', () => {
    const verdict = validateMappingRow(row({ old_ward_code: null }), lookups);
    expect(verdict).toMatchObject({
      ok: false,
      reason: 'missing_old_code',
      suggestion: { old_ward_code: '14359' },
    });
  });

  it('files a row under its most pressing problem and lists them all', () => {
    const verdict = validateMappingRow(row({ old_ward_code: '', new_ward_code: '4362' }), lookups);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.reason).toBe('unknown_new_code');
    expect(verdict.problems.map((p) => p.reason)).toEqual(['missing_old_code', 'unknown_new_code']);
    expect(verdict.suggestion).toEqual({ old_ward_code: '14359', new_ward_code: '14362' });
  });

  it('refuses a commune sent to a province its old province did not merge into, whatever the row says', () => {
    const verdict = validateMappingRow(
      row({ old_ward_code: '12001', old_province_name: 'Tỉnh Hưng Yên' }),
      lookups,
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'province_not_merged' });
  });

  it('reports an unknown old code', () => {
    expect(validateMappingRow(row({ old_ward_code: '99999' }), lookups)).toMatchObject({
      ok: false,
      reason: 'unknown_old_code',
    });
  });

  it('trusts the ward table over the row’s new province label, noting the difference', () => {
    const verdict = validateMappingRow(row({ new_province_name: 'Quảng Trị' }), lookups);
    expect(verdict.ok).toBe(true);
    expect(verdict.problems.map((p) => p.reason)).toEqual(['new_province_mismatch']);
  });
});
