import { describe, expect, it } from 'vitest';
import {
  defaultPlan,
  defaultUnit,
  EVERY_CATEGORY,
  parseList,
  parseYears,
  resolveCategories,
  selectableYears,
  yearRange,
} from './defaults';

const plan = (id: number, scopeUnitId: number | null, provinceId: number | null, targetCount = 5) => ({
  id,
  scopeUnitId,
  provinceId,
  targetCount,
});
const national = plan(1, 100, null);
const khanhHoa = plan(2, 56, 56, 0);
const ninhBinh = plan(3, 37, 37);
const laoCaiOld = plan(4, 10, 15);

const own = (id: number, provinceId: number | null = id) => ({ id, provinceId });

describe('defaultPlan', () => {
  const plans = [khanhHoa, national, ninhBinh, laoCaiOld];
  it('takes the plan of the person’s province', () => {
    expect(defaultPlan(plans, [own(37)])).toBe(ninhBinh);
  });
  it('takes the plan of the province a commune officer’s commune lies in', () => {
    expect(defaultPlan(plans, [own(3701, 37)])).toBe(ninhBinh);
  });
  it('finds a plan issued before the merger through its province today', () => {
    expect(defaultPlan(plans, [own(15)])).toBe(laoCaiOld);
  });
  it('passes over a plan without targets for the national one', () => {
    expect(defaultPlan(plans, [own(56)])).toBe(national);
    expect(defaultPlan(plans, [])).toBe(national);
  });
  it('falls back to the first plan, or none', () => {
    expect(defaultPlan([khanhHoa], [own(1)])).toBe(khanhHoa);
    expect(defaultPlan([], [own(1)])).toBeUndefined();
  });
});

describe('defaultUnit', () => {
  it('measures a province’s plan on the province, or on the person’s unit in it', () => {
    expect(defaultUnit(ninhBinh, [])).toBe(37);
    expect(defaultUnit(laoCaiOld, [own(15)])).toBe(15);
    expect(defaultUnit(ninhBinh, [own(3701, 37)])).toBe(3701);
  });
  it('measures the national plan on the person’s unit, and on the country for others', () => {
    expect(defaultUnit(national, [own(56)])).toBe(56);
    expect(defaultUnit(national, [own(100, null)])).toBe(100);
    expect(defaultUnit(national, [])).toBe(100);
  });
  it('keeps another province’s plan on its scope', () => {
    expect(defaultUnit(ninhBinh, [own(56)])).toBe(37);
  });
});

describe('years', () => {
  it('counts years inclusively, at most twelve, the latest kept', () => {
    expect(yearRange(2023, 2026)).toEqual([2023, 2024, 2025, 2026]);
    expect(yearRange(2010, 2026)).toHaveLength(12);
    expect(yearRange(2010, 2026)[0]).toBe(2015);
    expect(yearRange(2027, 2026)).toEqual([]);
    expect(selectableYears(2026, 2024)).toEqual([2026, 2025, 2024]);
  });
  it('reads years and lists from the URL', () => {
    expect(parseYears('2025, 2023,x,2025')).toEqual([2023, 2025]);
    expect(parseYears('')).toBeUndefined();
    expect(parseList('A,,B')).toEqual(['A', 'B']);
    expect(parseList(null)).toBeUndefined();
  });
});

describe('resolveCategories', () => {
  const rows = [
    { indicator: 'A', category: 'library_commune', categories: null },
    { indicator: 'B', category: null, categories: ['museum_public', 'museum_non_public'] },
  ];
  it('takes the URL’s, else the plan’s first target on the indicator, else every category', () => {
    expect(resolveCategories('library_province', 'A', rows)).toEqual(['library_province']);
    expect(resolveCategories(null, 'A', rows)).toEqual(['library_commune']);
    expect(resolveCategories(null, 'B', rows)).toEqual(['museum_public', 'museum_non_public']);
    expect(resolveCategories(EVERY_CATEGORY, 'A', rows)).toEqual([]);
    expect(resolveCategories(null, 'C', rows)).toEqual([]);
  });
});
