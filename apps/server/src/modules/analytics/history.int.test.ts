import type { FiguresResponse, ScorecardRow } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import type { Client } from '../../test/test-users';
import { countryId, fixedClock, getJson, signInAdmin } from '../units/units-test-support';
import {
  insertInstitutionRow,
  insertReport,
  insertUnit,
  linkParent,
  restructure,
} from './analytics-test-support';
import { rebuildAnalytics } from './rebuild';

/**
 * History on today's boundaries, with hand-computed figures. Three old provinces merge into one on 1/7/2025
 * (as Ninh Bình, Hà Nam and Nam Định did), with one commune each merging into one new commune; a fourth old
 * province splits 60/40. Libraries keep their identity and move to the new communes.
 *
 *   2024          LIB_LLL_SERVICE  LIB_USER_VISITS        2026
 *   L1 (old P1)   yes              1,000                  yes 1,200
 *   L2 (old P2)   yes                500                  yes   600
 *   L2b (old P2)  no                 300                  yes   350
 *   L3 (old P3)   — no report —                           yes   250
 *   L4 (old S)    yes              1,000   (split: 0.6 to SA, 0.4 to SB)
 */
const t = useTestApp({ clock: fixedClock });
const REFORM = '2025-07-01';
const u = {} as Record<'P1' | 'P2' | 'P3' | 'NP' | 'NC' | 'S' | 'SA' | 'SB' | 'SAC' | 'plan', number>;
let admin: Client;

beforeAll(async () => {
  const db = t.database.db;
  const country = await countryId(t);
  const province = (code: string, from = '2000-01-01', to: string | null = REFORM) =>
    insertUnit(db, { kind: 'province', code, from, to, parentId: country });
  u.P1 = await province('ZH1');
  u.P2 = await province('ZH2');
  u.P3 = await province('ZH3');
  u.S = await province('ZH4');
  u.NP = await province('ZH9', REFORM, null);
  u.SA = await province('ZH7', REFORM, null);
  u.SB = await province('ZH8', REFORM, null);
  const commune = (code: string, parentId: number, from = '2000-01-01', to: string | null = REFORM) =>
    insertUnit(db, { kind: 'commune', code, from, to, parentId });
  const oc = [await commune('ZH101', u.P1), await commune('ZH201', u.P2), await commune('ZH301', u.P3)];
  const sc = await commune('ZH401', u.S);
  u.NC = await commune('ZH901', u.NP, REFORM, null);
  u.SAC = await commune('ZH701', u.SA, REFORM, null);
  await restructure(db, 'merge', REFORM, [
    [u.P1, u.NP, 1],
    [u.P2, u.NP, 1],
    [u.P3, u.NP, 1],
  ]);
  await restructure(
    db,
    'merge',
    REFORM,
    oc.map((c) => [c, u.NC, 1] as [number, number, number]),
  );
  await restructure(db, 'split', REFORM, [
    [u.S, u.SA, 0.6],
    [u.S, u.SB, 0.4],
  ]);

  const library = async (code: string, oldCommune: number, newCommune: number, province: number) => {
    const id = await insertUnit(db, { kind: 'institution', code, from: '2020-01-01' });
    await linkParent(db, id, oldCommune, '2020-01-01', REFORM);
    await linkParent(db, id, newCommune, REFORM);
    await insertInstitutionRow(db, id, 'library_commune', province);
    return id;
  };
  const L1 = await library('ZH-L1', oc[0]!, u.NC, u.NP);
  const L2 = await library('ZH-L2', oc[1]!, u.NC, u.NP);
  const L2b = await library('ZH-L2B', oc[1]!, u.NC, u.NP);
  const L3 = await library('ZH-L3', oc[2]!, u.NC, u.NP);
  const L4 = await library('ZH-L4', sc, u.SAC, u.SA);

  const report = (
    unitId: number,
    period: string,
    provinceId: number,
    communeId: number,
    values: Record<string, number>,
  ) =>
    insertReport(db, {
      formCode: 'LIBRARY_ANNUAL',
      unitId,
      period,
      status: 'approved',
      provinceId,
      communeId,
      values,
    });
  await report(L1, '2024', u.P1, oc[0]!, { LIB_LLL_SERVICE: 1, LIB_USER_VISITS: 1000 });
  await report(L2, '2024', u.P2, oc[1]!, { LIB_LLL_SERVICE: 1, LIB_USER_VISITS: 500 });
  await report(L2b, '2024', u.P2, oc[1]!, { LIB_LLL_SERVICE: 0, LIB_USER_VISITS: 300 });
  await report(L4, '2024', u.S, sc, { LIB_LLL_SERVICE: 1, LIB_USER_VISITS: 1000 });
  for (const [id, visits] of [
    [L1, 1200],
    [L2, 600],
    [L2b, 350],
    [L3, 250],
  ] as const)
    await report(id, '2026', u.NP, u.NC, { LIB_LLL_SERVICE: 1, LIB_USER_VISITS: visits });

  const plan = await db.execute<{ id: number }>(sql`
    insert into plans (key, kind, title, issuer_name, date, scope_unit_id)
    values ('zh-plan', 'plan', 'Kế hoạch thử nghiệm', 'UBND', '2023-05-01', ${u.P1}) returning id`);
  u.plan = plan.rows[0]!.id;
  await db.execute(sql`
    insert into targets (plan_id, position, indicator_code, category, year, value, min, max) values
      (${u.plan}, 0, 'LIB_LLL_SERVICE_COVERAGE', 'library_commune', 2025, 40, null, null),
      (${u.plan}, 1, 'LIB_LLL_SERVICE_COVERAGE', 'library_commune', 2030, 60, null, null),
      (${u.plan}, 2, 'LIB_USER_VISITS_GROWTH', null, 2030, null, 10, 12),
      (${u.plan}, 3, 'MUSEUM_EDU_PROGRAMME_COVERAGE', null, 2030, 50, null, null)`);
  await rebuildAnalytics(db, { clock: fixedClock });
  admin = await signInAdmin(t);
});

const figures = (query: string) => getJson<FiguresResponse>(admin, `/api/analytics/figures?${query}`);
const one = (r: FiguresResponse, unitId: number, indicator: string, year: number) =>
  r.figures.find((f) => f.unitId === unitId && f.indicator === indicator && f.year === year);

describe('history on today’s boundaries', () => {
  it('a merged province’s 2024 figure adds the provinces it absorbed', async () => {
    const r = await figures(
      `unitId=${u.NP}&years=2024,2026&indicators=LIB_LLL_SERVICE_COVERAGE,LIB_USER_VISITS_GROWTH`,
    );
    // 2024: 4 libraries (L3 did not report), 2 meet it → 50 %; 2026: all four → 100 %.
    expect(one(r, u.NP, 'LIB_LLL_SERVICE_COVERAGE', 2024)).toMatchObject({
      actual: 50,
      expected: 4,
      reported: 3,
      submitted: 3,
      met: 2,
    });
    expect(one(r, u.NP, 'LIB_LLL_SERVICE_COVERAGE', 2026)).toMatchObject({
      actual: 100,
      expected: 4,
      reported: 4,
    });
    expect(one(r, u.NP, 'LIB_USER_VISITS_GROWTH', 2024)?.value).toBe(1800);
    // Year on year: 2025 has no reports, so 2026's growth says so instead of a number.
    expect(one(r, u.NP, 'LIB_USER_VISITS_GROWTH', 2026)).toMatchObject({
      actual: null,
      reason: { code: 'baseline_missing', params: { year: 2025 } },
    });
  });

  it('the merged commune takes its old communes, and its institutions show one by one', async () => {
    const r = await figures(`unitId=${u.NC}&years=2024&indicators=LIB_LLL_SERVICE_COVERAGE`);
    expect(one(r, u.NC, 'LIB_LLL_SERVICE_COVERAGE', 2024)).toMatchObject({ actual: 50, expected: 4 });
    const inst = await figures(
      `unitId=${u.NP}&years=2024&indicators=LIB_LLL_SERVICE_COVERAGE&scope=institutions`,
    );
    expect(inst.units.map((x) => x.code).sort()).toEqual(['ZH-L1', 'ZH-L2', 'ZH-L2B']);
    expect(inst.figures.map((f) => f.actual).sort()).toEqual([0, 100, 100]);
  });

  it('a split hands each part its weight of the old province', async () => {
    const r = await figures(
      `unitId=${u.SA}&years=2024&indicators=LIB_LLL_SERVICE_COVERAGE,LLL_PARTICIPANTS_TOTAL`,
    );
    const sa = one(r, u.SA, 'LIB_LLL_SERVICE_COVERAGE', 2024)!;
    expect(sa.actual).toBeCloseTo(100);
    expect(sa.expected).toBeCloseTo(0.6);
    const sb = await figures(`unitId=${u.SB}&years=2024&indicators=LIB_USER_VISITS_GROWTH`);
    expect(one(sb, u.SB, 'LIB_USER_VISITS_GROWTH', 2024)?.value).toBeCloseTo(400);
  });

  it('an earlier structure on request: asOf 31/12/2024 shows old P2 as it was', async () => {
    const r = await figures(`unitId=${u.P2}&years=2024&indicators=LIB_LLL_SERVICE_COVERAGE&asOf=2024-12-31`);
    expect(one(r, u.P2, 'LIB_LLL_SERVICE_COVERAGE', 2024)).toMatchObject({ actual: 50, expected: 2, met: 1 });
    const country = await figures(
      `unitId=${await countryId(t)}&years=2024&indicators=LIB_LLL_SERVICE_COVERAGE&scope=children&asOf=2024-12-31`,
    );
    expect(country.units.map((x) => x.code)).toEqual(expect.arrayContaining(['ZH1', 'ZH2', 'ZH3', 'ZH4']));
    expect(country.units.map((x) => x.code)).not.toContain('ZH9');
  });

  it('a unit that did not exist in the year asked says so', async () => {
    const r = await figures(`unitId=${u.SAC}&years=2024&indicators=LIB_LLL_SERVICE_COVERAGE`);
    expect(one(r, u.SAC, 'LIB_LLL_SERVICE_COVERAGE', 2024)).toMatchObject({
      actual: null,
      reason: { code: 'unit_not_in_year', params: { year: 2024 } },
    });
  });
});

describe('GET /api/analytics/scorecard', () => {
  it('one row per target with the contract’s fields, on the plan’s scope as it is today', async () => {
    const rows = await getJson<ScorecardRow[]>(admin, `/api/analytics/scorecard?planId=${u.plan}&year=2026`);
    expect(rows).toHaveLength(4);
    const [c2025, c2030, growth, museum] = rows;
    // The 2025 milestone has passed: judged on 2025, a year without reports.
    expect(c2025).toMatchObject({
      indicator: 'LIB_LLL_SERVICE_COVERAGE',
      year: 2025,
      dataYear: 2025,
      actual: null,
      status: 'no_data',
    });
    expect(c2030).toMatchObject({
      category: 'library_commune',
      year: 2030,
      target: { min: 60, max: 60 },
      actual: 100,
      status: 'achieved',
      reported: 4,
      expected: 4,
    });
    expect(c2030?.asOf).toEqual(expect.any(String));
    expect(c2030?.trend).toEqual([
      { year: 2023, actual: null },
      { year: 2024, actual: 50 },
      { year: 2025, actual: null },
      { year: 2026, actual: 100 },
    ]);
    // Visits 1,800 (2024) → 2,400 (2026): √(2400/1800) − 1 = 15.47 %/yr, above 10–12 %.
    expect(growth).toMatchObject({ baselineYear: 2024, status: 'on_track' });
    expect(growth?.actual).toBeCloseTo((Math.sqrt(2400 / 1800) - 1) * 100, 6);
    expect(museum).toMatchObject({ actual: null, status: 'no_data', reason: { code: 'no_institutions' } });
  });

  it('answers 404 for a plan that does not exist and 400 for a bad year', async () => {
    await getJson(admin, '/api/analytics/scorecard?planId=999999', 404);
    await getJson(admin, `/api/analytics/scorecard?planId=${u.plan}&year=abc`, 400);
  });
});
