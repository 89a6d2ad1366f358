import type { FiguresResponse, ReportDetail, ScorecardRow } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { openReport, saveValues, step, useReportingWorld } from '../reporting/reporting-test-support';
import { getJson } from '../units/units-test-support';
import { insertReport, rollupSnapshot } from './analytics-test-support';
import { refreshReportFacts } from './facts.repo';
import { rebuildAnalytics } from './rebuild';

/** Figures follow the report workflow in the same transaction, and incremental upkeep equals a rebuild. */
const clock = () => new Date('2026-11-05T03:00:00Z');
const t = useTestApp({ clock });
const w = useReportingWorld(t);
let planId: number;

beforeAll(async () => {
  // The world's institutions went in by SQL, so count them once.
  await rebuildAnalytics(t.database.db, { clock });
  const plan = await t.database.db.execute<{ id: number }>(sql`
    insert into plans (key, kind, title, issuer_name, date, scope_unit_id)
    values ('analytics-a', 'plan', 'Kế hoạch tỉnh A', 'UBND tỉnh A', '2023-03-01', ${w.f.provinceA}) returning id`);
  planId = plan.rows[0]!.id;
  await t.database.db.execute(sql`
    insert into targets (plan_id, position, indicator_code, category, year, value)
    values (${planId}, 0, 'LIB_LLL_SERVICE_COVERAGE', 'library_commune', 2030, 60)`);
});

const coverage = async (unitId: number) => {
  const r = await getJson<FiguresResponse>(
    w.province,
    `/api/analytics/figures?unitId=${unitId}&years=2026&indicators=LIB_LLL_SERVICE_COVERAGE`,
  );
  return r.figures[0]!;
};

describe('figures follow the workflow', () => {
  it('a submitted report counts for completeness, an approved one for the figure, a reopened one for neither', async () => {
    expect(await coverage(w.f.provinceA)).toMatchObject({ expected: 1, submitted: 0, actual: null });
    let report: ReportDetail = await openReport(w.staff, w.library);
    report = (
      await saveValues(w.staff, report, {
        LIB_LLL_SERVICE: 'có',
        LIB_IT_DIGITAL: 'không',
        LLL_ACTIVITIES: 8,
        EVENTS_READING_CULTURE_DAY: 3,
      })
    ).json();
    const submitted = await step(w.staff, report, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    report = submitted.json();
    expect(await coverage(w.f.provinceA)).toMatchObject({
      submitted: 1,
      reported: 0,
      actual: null,
      reason: { code: 'no_reports' },
    });
    report = (await step(w.commune, report, 'approve')).json();
    const changes = await getJson<{ asOf: string }>(
      w.province,
      `/api/analytics/changes?unitId=${w.f.provinceA}`,
    );
    expect(changes.asOf).toBe(clock().toISOString());
    const approved = await coverage(w.f.provinceA);
    expect(approved).toMatchObject({ submitted: 1, reported: 1, met: 1, actual: 100 });
    expect(approved.asOf).toBe(clock().toISOString());
    // Province B saw nothing of it; the commune and the country did.
    expect((await coverage(w.f.communeA1)).actual).toBe(100);
    const scorecard = await getJson<ScorecardRow[]>(
      w.province,
      `/api/analytics/scorecard?planId=${planId}&year=2026`,
    );
    expect(scorecard[0]).toMatchObject({ actual: 100, status: 'achieved', reported: 1, expected: 1 });

    const unlocked = await step(w.province, report, 'unlock', { reason: 'Sửa số lượt' });
    expect(unlocked.statusCode).toBe(200);
    expect(await coverage(w.f.provinceA)).toMatchObject({ submitted: 0, reported: 0, actual: null });
  });

  it('nobody reads figures outside their subtree', async () => {
    const res = await w.outsider.request({
      method: 'GET',
      url: `/api/analytics/figures?unitId=${w.f.provinceA}&years=2026`,
    });
    expect(res.statusCode).toBe(404);
    const bad = await w.province.request({
      method: 'GET',
      url: `/api/analytics/figures?unitId=${w.f.provinceA}&years=2026&indicators=NOPE`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'indicators', reason: 'unknown_indicator' });
  });
});

describe('incremental upkeep', () => {
  it('equals a full rebuild after any sequence of submissions, approvals and reopenings', async () => {
    const db = t.database.db;
    const ids: number[] = [];
    for (const [i, unitId] of [w.library, w.otherLibrary, w.museum].entries()) {
      const [province, commune] =
        unitId === w.otherLibrary ? [w.f.provinceB, w.f.communeB1] : [w.f.provinceA, w.f.communeA1];
      ids.push(
        await insertReport(db, {
          formCode: unitId === w.museum ? 'MUSEUM_ANNUAL' : 'LIBRARY_ANNUAL',
          unitId,
          period: '2024',
          status: 'draft',
          provinceId: province,
          communeId: commune,
          values: {
            LIB_LLL_SERVICE: i % 2,
            LIB_USER_VISITS: 100 * (i + 1),
            MUSEUM_EDU_PROGRAMME: 1,
            EVENTS_MUSEUM_DAY: 2,
          },
        }),
      );
    }
    const statusArb = fc.constantFrom('draft', 'submitted', 'approved', 'returned', 'locked');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ report: fc.constantFrom(...ids), status: statusArb, visits: fc.nat(5000) }), {
          maxLength: 12,
        }),
        async (steps) => {
          for (const s of steps) {
            // Values change only while a report is open, as the workflow allows.
            await db.execute(sql`
              update report_values set value = ${s.visits}
              where report_id = ${s.report} and element_code = 'LIB_USER_VISITS'
                and (select status from reports where id = ${s.report}) in ('draft', 'returned')`);
            await db.execute(sql`update reports set status = ${s.status} where id = ${s.report}`);
            await refreshReportFacts(db, [s.report], clock());
          }
          const incremental = await rollupSnapshot(db);
          await rebuildAnalytics(db, { clock });
          expect(await rollupSnapshot(db)).toEqual(incremental);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a parent’s rollup is the sum of its children’s', async () => {
    const rows = await t.database.db.execute<{ diff: number }>(sql`
      select coalesce(max(abs(p.value - c.value) + abs(p.reported - c.reported) + abs(p.met - c.met)), 0) as diff
      from analytics_rollups p
      join (
        select f.province_id, f.year, f.indicator_code, f.category,
          sum(f.value) as value, sum(f.reported) as reported, sum(f.met) as met
        from analytics_facts f group by 1, 2, 3, 4) c
        on c.province_id = p.unit_id and c.year = p.year and c.indicator_code = p.indicator_code
          and c.category = p.category`);
    expect(Number(rows.rows[0]!.diff)).toBeLessThan(1e-9);
  });
});

describe('the public scorecard', () => {
  it('is hidden until the province switches it on, then readable without signing in', async () => {
    const anonymous = () => t.app.inject({ method: 'GET', url: `/api/public/scorecards/${w.f.provinceA}` });
    expect((await anonymous()).statusCode).toBe(404);
    const denied = await w.commune.request({
      method: 'PUT',
      url: `/api/analytics/public-scorecards/${w.f.provinceA}`,
      payload: { planId, enabled: true },
    });
    // The commune cannot even see the province: 404, as everywhere outside one's subtree.
    expect(denied.statusCode).toBe(404);
    const on = await w.province.request({
      method: 'PUT',
      url: `/api/analytics/public-scorecards/${w.f.provinceA}`,
      payload: { planId, enabled: true },
    });
    expect(on.statusCode).toBe(200);
    const res = await anonymous();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      unit: { id: w.f.provinceA },
      plan: { id: planId },
      rows: [{ indicator: 'LIB_LLL_SERVICE_COVERAGE' }],
    });
    const list = await t.app.inject({ method: 'GET', url: '/api/public/scorecards' });
    expect(list.json().map((x: { unit: { id: number } }) => x.unit.id)).toContain(w.f.provinceA);
  });
});

describe('boundaries for the choropleth', () => {
  const square = (code: string) => ({
    type: 'Feature',
    properties: { code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [105, 20],
          [106, 20],
          [106, 21],
          [105, 20],
        ],
      ],
    },
  });

  it('refuses what is not a FeatureCollection of provinces, naming the feature, and keeps a good one', async () => {
    const put = (payload: unknown) =>
      w.admin.request({ method: 'PUT', url: '/api/analytics/boundaries', payload: payload as object });
    const bad = await put({
      type: 'FeatureCollection',
      features: [square('ZZ1'), { type: 'Feature', properties: {}, geometry: { type: 'Point' } }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'features[1].geometry', reason: 'not_polygon' }]);
    expect((await put({ type: 'Topology' })).json().error.details[0].reason).toBe('not_feature_collection');
    expect(
      (await put({ type: 'FeatureCollection', features: [square('99')] })).json().error.details[0].reason,
    ).toBe('no_province_matched');
    expect((await w.admin.request({ method: 'GET', url: '/api/analytics/boundaries' })).json()).toBeNull();
    const ok = await put({
      type: 'FeatureCollection',
      features: [square('ZZ1'), square('ZZ2'), square('99')],
    });
    expect(ok.json()).toMatchObject({ features: 3, matched: 2 });
    expect(
      (await w.province.request({ method: 'PUT', url: '/api/analytics/boundaries', payload: {} })).statusCode,
    ).toBe(403);
    const back = await getJson<{ info: { matched: number }; geojson: { features: unknown[] } }>(
      w.province,
      '/api/analytics/boundaries',
    );
    expect(back.info.matched).toBe(2);
    expect(back.geojson.features).toHaveLength(3);
  });
});
