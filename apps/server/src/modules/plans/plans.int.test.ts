import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {
  CalendarEntry,
  EffectiveTarget,
  IndicatorCatalogue,
  Observance,
  PlanDetail,
  PlanSummary,
  Target,
  TargetCompareRow,
  Task,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../test/test-users';
import { fixedClock, getJson, unitId, useAdminApp } from '../units/units-test-support';
import { loadBuiltInPlans } from './load-plans';
import { FIXTURE_DIR, loadFixturePlans, planIdByKey } from './plans-test-support';

const SEED_KEYS = [
  'program-1520',
  'ninh-binh-2023',
  'hung-yen-2023',
  'lao-cai-2023',
  'khanh-hoa-svhtt-2023',
  'cat-hai-2023',
];

describe('the built-in plans on a fresh start', () => {
  const { t, admin } = useAdminApp({ clock: fixedClock });

  it('holds Program 1520 and the five seed plans, each with targets or tasks', async () => {
    const plans = await getJson<PlanSummary[]>(admin, '/api/plans');
    const byKey = new Map(plans.map((p) => [p.key, p]));
    for (const key of SEED_KEYS) expect(byKey.has(key), key).toBe(true);
    expect(plans[0]!.key).toBe('program-1520');
    for (const key of SEED_KEYS) {
      const p = byKey.get(key)!;
      expect(p.targetCount + p.taskCount, key).toBeGreaterThan(0);
    }
    // Every target and task of every file is in the database.
    for (const file of [
      'ninh-binh-2023',
      'lao-cai-2023',
      'khanh-hoa-svhtt-2023',
      'cat-hai-2023',
      'hung-yen-2023',
    ]) {
      const json = JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, `../../../../../data/plans/${file}.json`), 'utf8'),
      );
      expect(byKey.get(file)!.targetCount, file).toBe(json.targets?.length ?? 0);
      expect(byKey.get(file)!.taskCount, file).toBe(json.tasks?.length ?? 0);
    }
  });

  it('pins Ninh Bình’s district-library service coverage: 70 % in 2025 and 90 % in 2030', async () => {
    const id = await planIdByKey(admin, 'ninh-binh-2023');
    const targets = await getJson<Target[]>(admin, `/api/plans/${id}/targets`);
    const district = targets.filter(
      (x) => x.indicator === 'LIB_LLL_SERVICE_COVERAGE' && x.category === 'library_district',
    );
    expect(district.map((x) => [x.year, x.value])).toEqual([
      [2025, 70],
      [2030, 90],
    ]);
    expect(district[0]!.source?.file).toBe('000_da665340996946d4.txt');
    // The 2030 target's path starts from the plan's 2025 milestone; the 2025 one from the plan's year, unknown.
    expect(district[1]!.trajectory.map((p) => [p.year, p.value])).toEqual([
      [2025, 70],
      [2026, 74],
      [2027, 78],
      [2028, 82],
      [2029, 86],
      [2030, 90],
    ]);
    expect(district[0]!.trajectory.map((p) => [p.year, p.value])).toEqual([
      [2023, null],
      [2024, null],
      [2025, 70],
    ]);
  });

  it('keeps Cát Hải’s plan as history: its issuer ended on 1/7/2025, its scope resolves to today’s units', async () => {
    const id = await planIdByKey(admin, 'cat-hai-2023');
    const plan = await getJson<PlanDetail>(admin, `/api/plans/${id}`);
    expect(plan.scope?.validTo ?? plan.issuer?.validTo).toBe('2025-07-01');
    expect(plan.scopeToday.length).toBeGreaterThan(0);
    const today = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from units
      where id in (${sql.join(
        plan.scopeToday.map((s) => sql`${s.unitId}`),
        sql`, `,
      )}) and valid_to is null`);
    expect(today.rows[0]!.n).toBe(plan.scopeToday.length);
    // Cát Hải implements Hải Phòng's 68/KH-UBND, which implements Program 1520.
    expect(plan.implements.map((p) => p.symbol)).toContain('68/KH-UBND');
    const haiPhong = plan.implements.find((p) => p.symbol === '68/KH-UBND')!;
    expect(haiPhong.planId).not.toBeNull();
    const hp = await getJson<PlanDetail>(admin, `/api/plans/${haiPhong.planId}`);
    expect(hp.implements.map((p) => p.key)).toContain('program-1520');
    expect(hp.implementedBy.map((p) => p.key)).toContain('cat-hai-2023');
  });

  it('links Khánh Hòa’s department plan to UBND plan 4538/KH-UBND and Ministry decision 1346/QĐ-BVHTTDL', async () => {
    const id = await planIdByKey(admin, 'khanh-hoa-svhtt-2023');
    const plan = await getJson<PlanDetail>(admin, `/api/plans/${id}`);
    const symbols = plan.implements.map((p) => p.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['4538/KH-UBND', '1346/QĐ-BVHTTDL']));
    const tasks = await getJson<Task[]>(admin, `/api/plans/${id}/tasks`);
    expect(tasks.length).toBe(plan.taskCount);
    expect(tasks.every((x) => x.lead.length > 0 || x.coordinating.length >= 0)).toBe(true);
  });

  it('compares one indicator’s target across plans (district libraries 2030: Ninh Bình, Lào Cai, Cát Hải)', async () => {
    const rows = await getJson<TargetCompareRow[]>(
      admin,
      '/api/targets/compare?indicator=LIB_LLL_SERVICE_COVERAGE&category=library_district&year=2030',
    );
    const keys = rows.map((r) => r.plan.key);
    expect(keys).toEqual(
      expect.arrayContaining(['ninh-binh-2023', 'lao-cai-2023', 'cat-hai-2023', 'program-1520']),
    );
    expect(rows.find((r) => r.plan.key === 'ninh-binh-2023')!.target.value).toBe(90);
    // Compared targets carry the same path as the plan's own list: from the 2025 milestone (70 %).
    expect(rows.find((r) => r.plan.key === 'ninh-binh-2023')!.target.trajectory[0]).toEqual({
      year: 2025,
      value: 70,
      min: 70,
      max: 70,
    });
  });

  it('pins numbers from each seed plan', async () => {
    const targetsOf = async (key: string) =>
      getJson<Target[]>(admin, `/api/plans/${await planIdByKey(admin, key)}/targets`);
    const pick = (list: Target[], indicator: string, year: number) =>
      list
        .filter((x) => x.indicator === indicator && x.year === year)
        .map((x) => [x.category ?? x.categories?.join('+') ?? null, x.value, x.min, x.max]);
    const hungYen = await targetsOf('hung-yen-2023');
    expect(pick(hungYen, 'LIB_USER_VISITS_GROWTH', 2025)).toEqual([[null, null, 6, 8]]);
    expect(pick(hungYen, 'LIB_USER_VISITS_GROWTH', 2030)).toEqual([[null, null, 8, 10]]);
    // A growth range is the rate each year after the 2025 milestone, not a compounded quantity.
    expect(
      hungYen
        .find((x) => x.indicator === 'LIB_USER_VISITS_GROWTH' && x.year === 2030)!
        .trajectory.map((p) => [p.year, p.value, p.min, p.max]),
    ).toEqual([2026, 2027, 2028, 2029, 2030].map((year) => [year, null, 8, 10]));
    expect(hungYen.find((x) => x.indicator === 'LIB_THEMATIC_EXHIBITIONS_YEARLY')).toMatchObject({
      from: 2023,
      min: 2,
      max: 3,
    });
    const laoCai = await targetsOf('lao-cai-2023');
    expect(pick(laoCai, 'LIB_USER_VISITS_GROWTH', 2025)).toEqual([[null, 10, null, null]]);
    expect(pick(laoCai, 'LIB_USER_VISITS_GROWTH', 2030)).toEqual([[null, null, 10, 15]]);
    const catHai = await targetsOf('cat-hai-2023');
    expect(pick(catHai, 'LIB_USER_VISITS_GROWTH', 2030)).toEqual([[null, null, 12, 15]]);
    expect(pick(catHai, 'CC_CREATIVE_SUPPORT_COVERAGE', 2025)).toEqual([
      ['cultural_centre_district', 80, null, null],
    ]);
    const program = await targetsOf('program-1520');
    expect(pick(program, 'LIB_LLL_SERVICE_COVERAGE', 2025)).toEqual(
      expect.arrayContaining([
        ['library_province', 100, null, null],
        ['library_district', 70, null, null],
        ['library_commune', 40, null, null],
        ['library_university', 90, null, null],
        ['library_armed_forces', 80, null, null],
        ['library_school', 70, null, null],
      ]),
    );
    const khanhHoa = await getJson<Task[]>(
      admin,
      `/api/plans/${await planIdByKey(admin, 'khanh-hoa-svhtt-2023')}/tasks`,
    );
    expect(khanhHoa.filter((x) => x.code?.startsWith('PL1')).length).toBeGreaterThan(0);
    expect(khanhHoa.filter((x) => x.code?.startsWith('PL2')).length).toBeGreaterThan(0);
    expect(khanhHoa.every((x) => x.lead.length > 0 && /^\d{4}/.test(x.from))).toBe(true);
    // A pooled target ("provincial and district cultural centres") is compared with single-category ones.
    const rows = await getJson<TargetCompareRow[]>(
      admin,
      '/api/targets/compare?indicator=CC_CREATIVE_SUPPORT_COVERAGE&category=cultural_centre_district&year=2025',
    );
    expect(rows.map((r) => r.plan.key)).toEqual(expect.arrayContaining(['lao-cai-2023', 'cat-hai-2023']));
  });

  it('serves the indicator catalogue with its data elements, and the national days', async () => {
    const catalogue = await getJson<IndicatorCatalogue>(admin, '/api/indicators');
    const coverage = catalogue.indicators.find((i) => i.code === 'LIB_LLL_SERVICE_COVERAGE')!;
    expect(coverage.kind).toBe('coverage');
    for (const e of coverage.elements) expect(catalogue.dataElements.map((d) => d.code)).toContain(e);
    const days = await getJson<Observance[]>(admin, '/api/observances');
    const dates = days
      .filter((d) => d.recurrence.type === 'yearly')
      .map((d) => (d.recurrence.type === 'yearly' ? `${d.recurrence.day}/${d.recurrence.month}` : ''));
    expect(dates).toEqual(expect.arrayContaining(['21/4', '23/4', '18/5', '19/4', '10/10', '23/11']));
  });

  it('loads the same files only once (the meta row), whatever the number of starts', async () => {
    const before = await getJson<PlanSummary[]>(admin, '/api/plans');
    const again = await loadBuiltInPlans(t.database);
    expect(again.changed).toBe(false);
    expect(await getJson<PlanSummary[]>(admin, '/api/plans')).toEqual(before);
  });

  it('lets every signed-in person read any plan (plans are public within the system) but not write it', async () => {
    const hanoi = await unitId(t, 'province', '01', '2026-01-01');
    const reader = await signInAs(t, [{ role: 'commune_officer', unitId: hanoi }]);
    const id = await planIdByKey(admin, 'ninh-binh-2023');
    const plan = await getJson<PlanDetail>(reader, `/api/plans/${id}`);
    expect(plan.canWrite).toBe(false);
    expect((await getJson<PlanDetail>(admin, `/api/plans/${id}`)).canWrite).toBe(true);
  });
});

describe('the fixture plans: loader, calendar, filters and inheritance', () => {
  const { t, admin } = useAdminApp({ clock: fixedClock });
  let catHai: number;

  beforeAll(async () => {
    const first = await loadFixturePlans(t);
    expect(first.inserted.sort()).toEqual(['fixture-cat-hai', 'fixture-program']);
    catHai = await planIdByKey(admin, 'fixture-cat-hai');
  });

  it('resolves the issuer and parties as the units valid on the plan’s date', async () => {
    const plan = await getJson<PlanDetail>(admin, `/api/plans/${catHai}`);
    expect(plan.issuer?.code).toBe('317.UBND');
    expect(plan.scope).toMatchObject({ code: '317', level: 'district', validTo: '2025-07-01' });
    expect(plan.implements.map((p) => p.key ?? p.symbol)).toEqual(['fixture-program', '68/KH-UBND']);
    expect(plan.observances.map((o) => o.code)).toEqual(['fx_reading_day']);
    const tasks = await getJson<Task[]>(admin, `/api/plans/${catHai}/tasks`);
    expect(tasks[0]!.lead[0]).toMatchObject({ unitCode: '317.PVHTT' });
    expect(tasks[0]!.coordinating.map((p) => p.unitCode)).toEqual(['11917', null]);
  });

  it('filters tasks by area, status, year and lead unit', async () => {
    const base = `/api/plans/${catHai}/tasks`;
    expect((await getJson<Task[]>(admin, `${base}?area=awareness`)).map((x) => x.code)).toEqual(['2']);
    expect((await getJson<Task[]>(admin, `${base}?year=2024`)).map((x) => x.code)).toEqual(['1']);
    expect(await getJson<Task[]>(admin, `${base}?year=2026`)).toEqual([]);
    expect((await getJson<Task[]>(admin, `${base}?status=not_started`)).length).toBe(2);
    const lead = await unitId(t, 'agency', '317.PVHTT');
    expect((await getJson<Task[]>(admin, `${base}?lead=${lead}`)).length).toBe(2);
    const otherLead = await unitId(t, 'province', '01', '2026-01-01');
    expect(await getJson<Task[]>(admin, `${base}?lead=${otherLead}`)).toEqual([]);
  });

  it('puts the national days and the dated tasks on the year’s calendar', async () => {
    const entries = await getJson<CalendarEntry[]>(admin, '/api/calendar?year=2023');
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'observance', observanceCode: 'fx_reading_day', from: '2023-04-21' }),
        expect.objectContaining({
          kind: 'observance',
          observanceCode: 'fx_lll_week',
          from: '2023-10-01',
          to: '2023-10-07',
        }),
        expect.objectContaining({
          kind: 'task',
          planKey: 'fixture-cat-hai',
          from: '2023-04-21',
          to: '2023-04-21',
        }),
        expect.objectContaining({
          kind: 'task',
          planKey: 'fixture-cat-hai',
          from: '2023-01-01',
          to: '2023-12-31',
          allYear: true,
        }),
      ]),
    );
  });

  it('gives a commune its inherited targets: the district plan overrides the program, the rest comes from above', async () => {
    // The commune of Cát Hải formed on 1/7/2025 inherits through its predecessor, the old town of Cát Hải.
    const commune = await unitId(t, 'commune', '11914', '2026-01-01');
    const effective = await getJson<EffectiveTarget[]>(admin, `/api/units/${commune}/targets?year=2025`);
    const fx = effective.filter((e) => e.target.indicator.startsWith('FX_'));
    const find = (indicator: string, category: string | null) =>
      fx.find((e) => e.target.indicator === indicator && e.target.category === category)!;
    expect(find('FX_LIB_LLL_COVERAGE', 'library_district')).toMatchObject({
      plan: { key: 'fixture-cat-hai' },
      inherited: true,
      target: { value: 75 },
    });
    expect(find('FX_LIB_LLL_COVERAGE', 'library_district').target.trajectory.at(-1)).toEqual({
      year: 2025,
      value: 75,
      min: 75,
      max: 75,
    });
    expect(find('FX_LIB_LLL_COVERAGE', 'library_commune')).toMatchObject({
      plan: { key: 'fixture-program' },
      inherited: true,
      target: { value: 40 },
    });
    const district = await unitId(t, 'district', '317');
    const own = await getJson<EffectiveTarget[]>(admin, `/api/units/${district}/targets?year=2025`);
    expect(own.find((e) => e.target.indicator === 'FX_LIB_USER_GROWTH')).toMatchObject({ inherited: false });
  });

  it('loads nothing from a set of files where one plan names an unknown indicator or unit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plans-'));
    const data = path.join(dir, 'broken', 'data');
    cpSync(FIXTURE_DIR, data, { recursive: true });
    const good = JSON.parse(readFileSync(path.join(data, 'plans', 'fixture-program.json'), 'utf8'));
    writeFileSync(
      path.join(data, 'plans', 'fixture-program.json'),
      JSON.stringify({ ...good, key: 'broken-good' }),
    );
    const bad = JSON.parse(readFileSync(path.join(data, 'plans', 'fixture-cat-hai.json'), 'utf8'));
    bad.key = 'broken-bad';
    bad.targets[0].indicator = 'NO_SUCH_INDICATOR';
    bad.tasks[0].lead[0].unit.code = 'NO-SUCH-AGENCY';
    writeFileSync(path.join(data, 'plans', 'fixture-cat-hai.json'), JSON.stringify(bad));
    await expect(loadBuiltInPlans(t.database, () => {}, { dir: data })).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      details: {
        problems: [
          expect.objectContaining({ sheet: 'plans/fixture-cat-hai.json', field: 'targets.0.indicator' }),
          expect.objectContaining({ sheet: 'plans/fixture-cat-hai.json', field: 'tasks.0.lead.0.unit' }),
        ],
      },
    });
    const keys = (await getJson<PlanSummary[]>(admin, '/api/plans')).map((p) => p.key);
    expect(keys).not.toContain('broken-good');
    expect(keys).not.toContain('broken-bad');
  });

  it('reloads a changed file, and keeps a plan edited in the app as it is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plans-'));
    const data = path.join(dir, 'fixtures', 'data');
    cpSync(FIXTURE_DIR, data, { recursive: true });
    const file = path.join(data, 'plans', 'fixture-program.json');
    const edit = (title: string) => {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      json.title = title;
      writeFileSync(file, JSON.stringify(json));
    };
    edit('Chương trình (sửa trong tệp)');
    const first = await loadBuiltInPlans(t.database, () => {}, { dir: data });
    expect(first.replaced).toEqual(['fixture-program']);
    const id = await planIdByKey(admin, 'fixture-program');
    expect((await getJson<PlanDetail>(admin, `/api/plans/${id}`)).title).toBe('Chương trình (sửa trong tệp)');

    const patched = await admin.request({
      method: 'PATCH',
      url: `/api/plans/${id}`,
      payload: { title: 'Sửa trong ứng dụng' },
    });
    expect(patched.statusCode).toBe(200);
    edit('Chương trình (sửa lần hai)');
    const second = await loadBuiltInPlans(t.database, () => {}, { dir: data });
    expect(second.kept).toEqual(['fixture-program.json']);
    expect((await getJson<PlanDetail>(admin, `/api/plans/${id}`)).title).toBe('Sửa trong ứng dụng');
  });
});
