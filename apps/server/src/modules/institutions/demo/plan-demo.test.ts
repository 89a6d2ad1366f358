import { describe, expect, it } from 'vitest';
import { type DemoProvince, planDemoProvince, readDemoTemplates } from './plan-demo';

const province = (): DemoProvince => ({
  id: 1,
  code: '37',
  name: 'Ninh Bình',
  typeName: 'Tỉnh',
  validFrom: '2025-07-01',
  communes: Array.from({ length: 10 }, (_, i) => ({
    id: 100 + i,
    code: String(14000 + i),
    name: `Xã Số ${i}`.replace('Xã ', ''),
    typeName: i % 2 ? 'Phường' : 'Xã',
    validFrom: '2025-07-01',
  })),
  agencyBySector: new Map([['culture', 9]]),
});

describe('planDemoProvince', () => {
  const templates = readDemoTemplates();

  it('gives the same institutions on every run', () => {
    expect(planDemoProvince(templates, province())).toEqual(planDemoProvince(templates, province()));
  });

  it('plans the provincial institutions and every third commune’s', () => {
    const rows = planDemoProvince(templates, province());
    const names = rows.map((r) => r.name);
    expect(names).toContain('Thư viện tỉnh Ninh Bình');
    expect(names).toContain('Bảo tàng tỉnh Ninh Bình');
    const communeLibraries = rows.filter((r) => r.category === 'library_commune');
    expect(communeLibraries.map((r) => r.parentId)).toEqual([100, 103, 106, 109]);
    expect(rows.filter((r) => r.category === 'cultural_centre_commune')).toHaveLength(4);
    expect(rows.some((r) => r.category === 'library_armed_forces')).toBe(true);
    expect(rows.some((r) => r.category === 'community_learning_centre')).toBe(true);
  });

  it('makes unique DEMO codes, fills every placeholder and uses the Department of Culture', () => {
    const rows = planDemoProvince(templates, province());
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.code).toMatch(/^DEMO-[\w.-]+$/);
      expect(r.name).not.toMatch(/[{}]/);
      expect(r.email).toMatch(/@example\.com$/);
    }
    expect(rows.find((r) => r.category === 'library_province')!.managingAgencyId).toBe(9);
    expect(rows.find((r) => r.category === 'library_university')!.managingAgencyId).toBeNull();
  });

  it('writes "thành phố" for a city and tolerates a province without communes or agencies', () => {
    const city = {
      ...province(),
      name: 'Hải Phòng',
      typeName: 'Thành phố',
      communes: [],
      agencyBySector: new Map(),
    };
    const rows = planDemoProvince(templates, city);
    expect(rows.map((r) => r.name)).toContain('Thư viện thành phố Hải Phòng');
    expect(rows.every((r) => r.parentId === city.id && r.managingAgencyId === null)).toBe(true);
  });
});
