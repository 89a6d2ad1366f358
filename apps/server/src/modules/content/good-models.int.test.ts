import type { FiguresResponse, GoodModel, ReportDetail } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import { rebuildAnalytics } from '../analytics/rebuild';
import { openReport, saveValues, step, useReportingWorld } from '../reporting/reporting-test-support';
import { getJson } from '../units/units-test-support';
import { countRows, uploadOne } from './content-test-support';

/**
 * Mô hình hay: figures frozen from the unit's approved reports, photos of the writer's scope, drafts kept in
 * scope, published models for everyone, adoptions counted once per unit.
 */
const clock = () => new Date('2026-11-05T03:00:00Z');
const t = useTestApp({ clock });
const w = useReportingWorld(t);
const COVERAGE = 'LIB_LLL_SERVICE_COVERAGE';
const DIGITAL = 'LIB_DIGITAL_COVERAGE';
/** The library's 2026 report, approved by the commune: commune A1's coverage is 100 %, its digital one 0 %. */
let report: ReportDetail;

beforeAll(async () => {
  // The world's institutions went in by SQL, so count them once (as the analytics tests do).
  await rebuildAnalytics(t.database.db, { clock });
  report = await openReport(w.staff, w.library);
  report = (await saveValues(w.staff, report, { LIB_LLL_SERVICE: 'có', LIB_IT_DIGITAL: 'không' })).json();
  report = (await step(w.staff, report, 'submit')).json();
  const approved = await step(w.commune, report, 'approve');
  expect(approved.statusCode, approved.body).toBe(200);
  report = approved.json();
});

const input = (unitId: number, overrides: Record<string, unknown> = {}) => ({
  unitId,
  title: 'Thư viện  mở cửa buổi tối',
  topic: 'reading_culture',
  categories: ['library_commune'],
  summary: 'Mở cửa đến 21 giờ cho người đi làm.',
  description: 'Thư viện xã mở thêm buổi tối ba ngày mỗi tuần.',
  contactName: 'Nguyễn Thị Lan',
  contactPhone: '0912 345 678',
  contactEmail: 'lan@example.vn',
  ...overrides,
});

function expectStatus(res: LightMyRequestResponse, status: number) {
  if (res.statusCode !== status)
    throw new Error(`${res.statusCode} (expected ${status}): ${res.body.slice(0, 600)}`);
}

async function create(client: Client, body: object): Promise<GoodModel> {
  const res = await client.request({ method: 'POST', url: '/api/good-models', payload: body });
  expectStatus(res, 201);
  return res.json();
}

const patch = (client: Client, id: number, body: object) =>
  client.request({ method: 'PATCH', url: `/api/good-models/${id}`, payload: body });

async function publish(client: Client, model: GoodModel): Promise<GoodModel> {
  const res = await patch(client, model.id, { status: 'published', version: model.version });
  expectStatus(res, 200);
  return res.json();
}

const adopt = (client: Client, id: number, body: object) =>
  client.request({ method: 'POST', url: `/api/good-models/${id}/adoptions`, payload: body });

const problem = (res: LightMyRequestResponse) => res.json().error.details[0];

const ids = (list: GoodModel[]) => list.map((m) => m.id);

describe('createGoodModel', () => {
  it('freezes the unit’s figures as its dashboard shows them, in the reader’s language', async () => {
    const model = await create(
      w.commune,
      input(w.f.communeA1, {
        figures: [
          { indicator: COVERAGE, year: 2026 },
          { indicator: DIGITAL, year: 2026 },
          { indicator: COVERAGE, year: 2025 },
        ],
      }),
    );
    const dashboard = await getJson<FiguresResponse>(
      w.commune,
      `/api/analytics/figures?unitId=${w.f.communeA1}&years=2026&indicators=${COVERAGE},${DIGITAL}`,
    );
    const shown = (code: string) => dashboard.figures.find((f) => f.indicator === code)!;
    expect(shown(COVERAGE).actual).toBe(100);
    expect(model.figures).toEqual([
      {
        indicator: COVERAGE,
        year: 2026,
        name: { vi: expect.any(String), en: expect.any(String) },
        actual: shown(COVERAGE).actual,
        text: '100 %',
        asOf: shown(COVERAGE).asOf,
      },
      expect.objectContaining({ indicator: DIGITAL, actual: shown(DIGITAL).actual, text: '0 %' }),
      expect.objectContaining({ indicator: COVERAGE, year: 2025, actual: null, text: '—' }),
    ]);
    expect(model).toMatchObject({
      unit: { id: w.f.communeA1, name: 'An Bình', kind: 'commune' },
      province: { id: w.f.provinceA, name: 'Thử Nghiệm A' },
      title: 'Thư viện mở cửa buổi tối',
      status: 'draft',
      publishedAt: null,
      adoptionCount: 0,
      adoptions: [],
      version: 1,
    });
    const english = await w.commune.request({
      method: 'GET',
      url: `/api/good-models/${model.id}`,
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().figures[0].text).toBe('100%');
  });

  it('freezes an institution’s own figures: its staff write a model from the library’s results', async () => {
    const own = await getJson<FiguresResponse>(
      w.staff,
      `/api/analytics/figures?unitId=${w.library}&years=2026&indicators=${COVERAGE},${DIGITAL}`,
    );
    expect(own.units.map((u) => u.id)).toEqual([w.library]);
    expect(Object.fromEntries(own.figures.map((f) => [f.indicator, f.actual]))).toEqual({
      [COVERAGE]: 100,
      [DIGITAL]: 0,
    });
    const model = await create(w.staff, input(w.library, { figures: [{ indicator: COVERAGE, year: 2026 }] }));
    expect(model.figures).toEqual([
      expect.objectContaining({ indicator: COVERAGE, actual: 100, text: '100 %' }),
    ]);
  });

  it('keeps the frozen figure when the report is reopened, and reads it again when the figures are re-sent', async () => {
    const model = await create(
      w.commune,
      input(w.f.communeA1, { figures: [{ indicator: COVERAGE, year: 2026 }] }),
    );
    const unlocked = await step(w.province, report, 'unlock', { reason: 'Sửa số liệu' });
    expectStatus(unlocked, 200);
    report = unlocked.json();
    const now = await getJson<GoodModel>(w.commune, `/api/good-models/${model.id}`);
    expect(now.figures[0]!.actual).toBe(100);
    const refreshed = await patch(w.commune, model.id, {
      figures: [{ indicator: COVERAGE, year: 2026 }],
      version: model.version,
    });
    expectStatus(refreshed, 200);
    expect(refreshed.json().figures[0]).toMatchObject({ actual: null, text: '—' });
    // Approved again for the tests below.
    report = (await step(w.staff, report, 'submit')).json();
    report = (await step(w.commune, report, 'approve')).json();
    expect(report.status).toBe('approved');
  });

  it('refuses an unknown indicator and a photo outside the writer’s scope, naming each, writing nothing', async () => {
    const mine = await uploadOne(w.commune, w.f.communeA1);
    const foreign = await uploadOne(w.outsider, w.f.communeB1);
    const before = await countRows(t, 'good_models');
    const res = await w.commune.request({
      method: 'POST',
      url: '/api/good-models',
      payload: input(w.f.communeA1, {
        figures: [
          { indicator: COVERAGE, year: 2026 },
          { indicator: 'KHONG_CO', year: 2026 },
        ],
        photoIds: [mine.id, foreign.id],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.figures.1', reason: 'unknown_indicator', value: 'KHONG_CO' },
      { field: 'body.photoIds.1', reason: 'unknown_image', value: foreign.id },
    ]);
    expect(await countRows(t, 'good_models')).toBe(before);
  });

  it('shows its own photos as images served at /media', async () => {
    const photo = await uploadOne(w.staff, w.library, 'buoi-toi.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const model = await create(w.commune, input(w.f.communeA1, { photoIds: [photo.id] }));
    expect(model.photos).toEqual([
      { id: photo.id, url: `/media/${photo.id}`, name: 'buoi-toi.jpg', mime: 'image/jpeg', size: 4 },
    ]);
  });

  it('is written only on a unit where the writer holds content.write', async () => {
    const outside = await w.commune.request({
      method: 'POST',
      url: '/api/good-models',
      payload: input(w.f.communeB1),
    });
    expect(outside.statusCode).toBe(404);
    const institutionModel = await create(w.staff, input(w.library, { title: 'Góc đọc thiếu nhi' }));
    expect(institutionModel.province).toEqual({ id: w.f.provinceA, name: 'Thử Nghiệm A' });
    // The library's staff do not reach the commune above them; a reader of the commune may not write there.
    const above = await w.staff.request({
      method: 'POST',
      url: '/api/good-models',
      payload: input(w.f.communeA1),
    });
    expect(above.statusCode).toBe(404);
    const viewer = await signInAs(t, [{ role: 'viewer', unitId: w.f.communeA1 }]);
    const reader = await viewer.request({
      method: 'POST',
      url: '/api/good-models',
      payload: input(w.f.communeA1),
    });
    expect(reader.statusCode).toBe(403);
  });
});

describe('visibility and the catalogue', () => {
  let draft: GoodModel;
  let published: GoodModel;
  beforeAll(async () => {
    draft = await create(w.commune, input(w.f.communeA1, { title: 'Câu lạc bộ đọc sách nháp' }));
    published = await publish(
      w.commune,
      await create(w.commune, input(w.f.communeA1, { title: 'Tủ sách cộng đồng', topic: 'libraries' })),
    );
  });

  it('sets publishedAt when published, and audits the step', async () => {
    expect(published).toMatchObject({ status: 'published', publishedAt: clock().toISOString(), version: 2 });
    const audit = await t.database.db.execute<{ action: string; unitId: number }>(sql`
      select action, unit_id as "unitId" from audit_entries where entity = 'good_model'
        and entity_id = ${String(published.id)} order by id`);
    expect(audit.rows).toEqual([
      { action: 'good_model.create', unitId: w.f.communeA1 },
      { action: 'good_model.publish', unitId: w.f.communeA1 },
    ]);
  });

  it('hides a draft from another province’s user and shows them the published model', async () => {
    const theirs = await getJson<GoodModel[]>(w.outsider, '/api/good-models');
    expect(ids(theirs)).toContain(published.id);
    expect(ids(theirs)).not.toContain(draft.id);
    expect(
      (await w.outsider.request({ method: 'GET', url: `/api/good-models/${draft.id}` })).statusCode,
    ).toBe(404);
    expect(await getJson<GoodModel>(w.outsider, `/api/good-models/${published.id}`)).toMatchObject({
      title: 'Tủ sách cộng đồng',
    });
    const ours = await getJson<GoodModel[]>(w.province, '/api/good-models');
    expect(ids(ours)).toEqual(expect.arrayContaining([draft.id, published.id]));
    // Asked for commune A1's models, the outsider still sees only the published one.
    const under = await getJson<GoodModel[]>(w.outsider, `/api/good-models?unitId=${w.f.communeA1}`);
    expect(ids(under)).toContain(published.id);
    expect(ids(under)).not.toContain(draft.id);
  });

  it('finds models by words without their diacritics, in the title or the unit’s name', async () => {
    const found = await getJson<GoodModel[]>(
      w.province,
      `/api/good-models?q=${encodeURIComponent('tu SACH cong')}`,
    );
    expect(ids(found)).toEqual([published.id]);
    const byUnit = await getJson<GoodModel[]>(w.province, '/api/good-models?q=an%20binh&status=draft');
    expect(ids(byUnit)).toContain(draft.id);
    expect(byUnit.every((m) => m.status === 'draft')).toBe(true);
    const none = await getJson<GoodModel[]>(w.province, '/api/good-models?q=100%25');
    expect(none).toEqual([]);
  });

  it('filters by topic and by the category a model suits', async () => {
    const libraries = await getJson<GoodModel[]>(w.province, '/api/good-models?topic=libraries');
    expect(ids(libraries)).toEqual([published.id]);
    const museums = await getJson<GoodModel[]>(w.province, '/api/good-models?category=museum_public');
    expect(ids(museums)).not.toContain(published.id);
    const any = await create(w.commune, input(w.f.communeA1, { title: 'Hợp với mọi nơi', categories: [] }));
    const again = await getJson<GoodModel[]>(w.province, '/api/good-models?category=museum_public');
    expect(ids(again)).toContain(any.id);
  });

  it('refuses a stale version and a writer of another commune', async () => {
    const stale = await patch(w.commune, published.id, { title: 'Đổi tên', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const foreign = await patch(w.outsider, published.id, { title: 'Đổi tên', version: published.version });
    expect(foreign.statusCode).toBe(403);
    const hidden = await patch(w.outsider, draft.id, { title: 'Đổi tên', version: draft.version });
    expect(hidden.statusCode).toBe(404);
    const removed = await w.outsider.request({ method: 'DELETE', url: `/api/good-models/${draft.id}` });
    expect(removed.statusCode).toBe(404);
    expect((await getJson<GoodModel>(w.commune, `/api/good-models/${draft.id}`)).title).toBe(draft.title);
  });
});

describe('adoptions', () => {
  let model: GoodModel;
  let other: GoodModel;
  beforeAll(async () => {
    model = await publish(
      w.commune,
      await create(w.commune, input(w.f.communeA1, { title: 'Ngày hội đọc' })),
    );
    other = await publish(
      w.commune,
      await create(w.commune, input(w.f.communeA1, { title: 'Xe sách lưu động' })),
    );
  });

  it('counts a unit that adopted it, once, and lists the most adopted first', async () => {
    const res = await adopt(w.outsider, model.id, { unitId: w.f.communeB1, note: 'Làm theo từ tháng 9' });
    expectStatus(res, 201);
    const adopted: GoodModel = res.json();
    expect(adopted.adoptionCount).toBe(1);
    expect(adopted.adoptions).toEqual([
      {
        id: expect.any(Number),
        unit: { id: w.f.communeB1, name: 'Tây Sơn', kind: 'commune' },
        adoptedOn: '2026-11-05',
        note: 'Làm theo từ tháng 9',
        createdAt: clock().toISOString(),
      },
    ]);
    const twice = await adopt(w.outsider, model.id, { unitId: w.f.communeB1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CONFLICT');
    expect(problem(twice)).toMatchObject({ reason: 'already_adopted', value: 'Tây Sơn' });
    const list = await getJson<GoodModel[]>(w.outsider, '/api/good-models');
    expect(list[0]).toMatchObject({ id: model.id, adoptionCount: 1, adoptions: [] });
    expect(list.findIndex((m) => m.id === model.id)).toBeLessThan(list.findIndex((m) => m.id === other.id));
    const audit = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_entries
      where entity = 'good_model_adoption' and action = 'good_model.adopt' and unit_id = ${w.f.communeB1}`);
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('refuses its own unit, a draft, and a unit outside the adopter’s scope', async () => {
    const own = await adopt(w.commune, other.id, { unitId: w.f.communeA1 });
    expect(own.statusCode).toBe(400);
    expect(problem(own)).toMatchObject({ field: 'body.unitId', reason: 'own_model' });
    const draft = await create(w.commune, input(w.f.communeA1, { title: 'Chưa công bố' }));
    const early = await adopt(w.province, draft.id, { unitId: w.f.communeA2 });
    expect(early.statusCode).toBe(409);
    expect(problem(early)).toMatchObject({ reason: 'not_published' });
    const outside = await adopt(w.commune, other.id, { unitId: w.f.communeB1 });
    expect(outside.statusCode).toBe(404);
    expect((await getJson<GoodModel>(w.commune, `/api/good-models/${other.id}`)).adoptionCount).toBe(0);
  });

  it('keeps a model with adoptions, and deletes it once the adoption is taken back', async () => {
    const kept = await w.commune.request({ method: 'DELETE', url: `/api/good-models/${model.id}` });
    expect(kept.statusCode).toBe(409);
    const adoptionId = (await getJson<GoodModel>(w.commune, `/api/good-models/${model.id}`)).adoptions[0]!.id;
    const notTheirs = await w.commune.request({
      method: 'DELETE',
      url: `/api/good-models/${model.id}/adoptions/${adoptionId}`,
    });
    expect(notTheirs.statusCode).toBe(404);
    const wrongModel = await w.outsider.request({
      method: 'DELETE',
      url: `/api/good-models/${other.id}/adoptions/${adoptionId}`,
    });
    expect(wrongModel.statusCode).toBe(404);
    const taken = await w.outsider.request({
      method: 'DELETE',
      url: `/api/good-models/${model.id}/adoptions/${adoptionId}`,
    });
    expect(taken.statusCode).toBe(204);
    expect((await getJson<GoodModel>(w.commune, `/api/good-models/${model.id}`)).adoptionCount).toBe(0);
    const deleted = await w.commune.request({ method: 'DELETE', url: `/api/good-models/${model.id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await w.commune.request({ method: 'GET', url: `/api/good-models/${model.id}` })).statusCode).toBe(
      404,
    );
    const audit = await t.database.db.execute<{ action: string }>(sql`select action from audit_entries
      where (entity = 'good_model' and entity_id = ${String(model.id)} and action = 'good_model.delete')
        or (entity = 'good_model_adoption' and entity_id = ${String(adoptionId)}) order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'good_model.adopt',
      'good_model.unadopt',
      'good_model.delete',
    ]);
  });
});
