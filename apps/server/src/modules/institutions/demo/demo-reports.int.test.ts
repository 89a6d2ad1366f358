import type { FiguresResponse, GoodModel, PublicArticlePage, Recognition } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import { getJson, signInAdmin, unitId } from '../../units/units-test-support';
import { createDemoAccounts } from '../../users/demo-accounts';
import { loadDemoContent } from './demo-content';
import { loadDemoReports } from './demo-reports';
import { loadDemoInstitutions } from './load-demo';

const clock = () => new Date('2026-11-21T03:00:00Z');
const t = useTestApp({ clock });

describe('demo reports', () => {
  it('writes 2025 and 2026 reports once, leaves the demo cast’s commune free in 2026, and feeds the figures', async () => {
    const log = () => {};
    expect(await loadDemoInstitutions(t.database, log, clock)).toBeGreaterThan(0);
    await createDemoAccounts(t.database);
    const written = await loadDemoReports(t.database, clock);
    expect(written).toBeGreaterThan(100);
    expect(await loadDemoReports(t.database, clock)).toBe(0);

    const statuses = await t.database.db.execute<{ period: string; status: string; n: number }>(sql`
      select period, status, count(*)::int as n from reports group by 1, 2 order by 1, 2`);
    expect(statuses.rows.filter((r) => r.period === '2025').map((r) => r.status)).toEqual(['locked']);
    expect(
      statuses.rows
        .filter((r) => r.period === '2026')
        .map((r) => r.status)
        .sort(),
    ).toEqual(['approved', 'draft', 'submitted']);
    const castCommune = await t.database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from reports r join role_assignments ra on ra.unit_id = r.commune_id
        join users u on u.id = ra.user_id
      where u.username = 'demo.commune' and r.period = '2026'`);
    expect(castCommune.rows[0]!.n).toBe(0);

    const ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    const admin = await signInAdmin(t);
    const r = await getJson<FiguresResponse>(
      admin,
      `/api/analytics/figures?unitId=${ninhBinh}&years=2025,2026&indicators=LIB_LLL_SERVICE_COVERAGE`,
    );
    const [y2025, y2026] = r.figures;
    expect(y2025!.reported).toBeGreaterThan(0);
    expect(y2025!.actual).toBeGreaterThan(0);
    // The population counts every demo library; only approved reports feed the figure.
    expect(y2026!.expected).toBeGreaterThanOrEqual(y2026!.reported);
    expect(y2026!.submitted).toBeGreaterThan(y2026!.reported);
  });

  it('writes the demo content once: a good model with its figures, its commendation in the annual report, an article for 23/4', async () => {
    expect(await loadDemoContent(t.database, clock)).toBe(true);
    expect(await loadDemoContent(t.database, clock)).toBe(false);
    const admin = await signInAdmin(t);
    const [model] = await getJson<GoodModel[]>(admin, '/api/good-models');
    expect(model).toMatchObject({ status: 'published', title: 'Tủ sách gia đình liên thế hệ' });
    expect(model!.figures.length).toBeGreaterThan(0);
    expect(model!.figures.some((f) => f.actual !== null)).toBe(true);

    const ninhBinh = await unitId(t, 'province', '37', '2026-01-01');
    const register = await getJson<Recognition[]>(admin, `/api/recognitions?unitId=${ninhBinh}&year=2026`);
    expect(register.map((r) => r.status).sort()).toEqual(['granted', 'nominated']);
    const report = await getJson<unknown>(
      admin,
      `/api/reports/annual?unitId=${ninhBinh}&year=2026&format=json`,
    );
    expect(JSON.stringify(report)).toContain('125/QĐ-SVHTTDL');

    const news = await getJson<PublicArticlePage>(
      admin,
      '/api/public/articles?observanceCode=world_book_day',
    );
    expect(news.items.map((a) => a.featured)).toEqual([true]);
  });
});
