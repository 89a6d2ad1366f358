import type { Article, PublicArticle, PublicArticlePage } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { NOW, signInAt, useActivitiesWorld } from '../activities/activities-test-support';
import { errorCode, getJson } from '../units/units-test-support';
import {
  articleInput,
  createArticle,
  expectStatusOf,
  insertImage,
  publishedArticle,
  step,
} from './articles-test-support';

/** A clock the public window tests move; everything else runs at the activities tests' now (1/3/2027). */
let now = NOW;
const t = useTestApp({ clock: () => now });
const w = useActivitiesWorld(t);
const hours = (h: number) => new Date(NOW.getTime() + h * 3600_000);

const countArticles = async () =>
  (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from articles`)).rows[0]!.n;
const storedBody = async (id: number) =>
  (await t.database.db.execute<{ body: string }>(sql`select body from articles where id = ${id}`)).rows[0]!
    .body;
const anonymous = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  await t.database.db.execute(
    sql`update users set display_name = 'Nguyễn Thị Thư' where username = ${w.staff.username}`,
  );
});

describe('createArticle', () => {
  it('writes a draft of the unit, its province named, the author defaulting to the writer’s name', async () => {
    const a = await createArticle(w.staff, articleInput(w.library, { title: 'Ngày  hội đọc sách' }));
    expect(a).toMatchObject({
      status: 'draft',
      title: 'Ngày hội đọc sách',
      author: 'Nguyễn Thị Thư',
      unit: { id: w.library, name: 'Thư viện xã A1', kind: 'institution' },
      province: { id: w.f.provinceA, name: 'Thử Nghiệm A' },
      observanceCode: 'world_book_day',
      featured: false,
      publishedAt: null,
      removed: [],
      version: 1,
    });
    expect(a.history.map((h) => [h.action, h.username])).toEqual([['article.create', w.staff.username]]);
    const audit = await t.database.db.execute<{
      entity_id: string;
      unit_id: number;
      after: { title: string };
    }>(
      sql`select entity_id, unit_id, after from audit_entries where entity = 'article' and action = 'article.create'
        and entity_id = ${String(a.id)}`,
    );
    expect(audit.rows).toMatchObject([
      { entity_id: String(a.id), unit_id: w.library, after: { title: a.title } },
    ]);
  });

  it('places a commune’s and a province’s own articles in their province', async () => {
    const commune = await createArticle(w.commune, articleInput(w.f.communeA1, { author: 'Phòng Văn hóa' }));
    expect(commune).toMatchObject({ author: 'Phòng Văn hóa', province: { id: w.f.provinceA } });
    const province = await createArticle(w.province, articleInput(w.f.provinceA));
    expect(province.province?.id).toBe(w.f.provinceA);
  });

  it('stores the body without a script or an onerror handler and says what it removed', async () => {
    const a = await createArticle(
      w.staff,
      articleInput(w.library, {
        body: '<p onclick="steal()">Sách hay</p><script>alert(document.cookie)</script><img src=x onerror=alert(1)>',
      }),
    );
    expect(a.removed).toEqual(['<script>', 'onclick', 'onerror', 'src']);
    expect(a.body).toBe('<p>Sách hay</p>');
    expect(await storedBody(a.id)).toBe('<p>Sách hay</p>');
    // The list and the detail answer what is stored, and `removed` only to the write.
    const read = await getJson<Article>(w.staff, `/api/articles/${a.id}`);
    expect(read).toMatchObject({ body: '<p>Sách hay</p>', removed: [] });

    const patched = await w.staff.request({
      method: 'PATCH',
      url: `/api/articles/${a.id}`,
      payload: {
        body: '<p>Đọc <a href="javascript:alert(1)" style="color:red">thêm</a></p>',
        version: a.version,
      },
    });
    expectStatusOf(patched, 200);
    expect(patched.json().removed).toEqual(['javascript: URL', 'style']);
    expect(await storedBody(a.id)).toBe('<p>Đọc <a rel="noopener noreferrer nofollow">thêm</a></p>');
  });

  it('takes a cover among the images of the writer’s units, and answers its address', async () => {
    const image = await insertImage(t.database.db, w.library, 'bia.png');
    const a = await createArticle(w.staff, articleInput(w.library, { coverImageId: image }));
    expect(a.cover).toMatchObject({ id: image, url: `/media/${image}`, name: 'bia.png', mime: 'image/png' });
  });

  it('names a foreign cover, an unknown day and a backwards window at once, and saves nothing', async () => {
    const foreign = await insertImage(t.database.db, w.otherLibrary);
    const before = await countArticles();
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/articles',
      payload: articleInput(w.library, {
        coverImageId: foreign,
        observanceCode: 'no_such_day',
        publishFrom: '2027-03-05T00:00:00+07:00',
        publishUntil: '2027-03-04T00:00:00+07:00',
      }),
    });
    expectStatusOf(res, 400);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(
      res.json().error.details.map((d: { field: string; reason: string }) => [d.field, d.reason]),
    ).toEqual([
      ['body.coverImageId', 'unknown_image'],
      ['body.observanceCode', 'unknown_observance'],
      ['body.publishUntil', 'window_backwards'],
    ]);
    const missing = await w.staff.request({
      method: 'POST',
      url: '/api/articles',
      payload: articleInput(w.library, { coverImageId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(missing.json().error.details[0]).toMatchObject({
      field: 'body.coverImageId',
      reason: 'unknown_image',
    });
    expect(await countArticles()).toBe(before);
  });

  it('refuses a unit outside the writer’s scope (404) and a viewer of the unit (403)', async () => {
    const outside = await w.outsider.request({
      method: 'POST',
      url: '/api/articles',
      payload: articleInput(w.library),
    });
    expectStatusOf(outside, 404);
    const viewer = await signInAt(t, [{ role: 'viewer', unitId: w.f.provinceA }]);
    const denied = await viewer.request({
      method: 'POST',
      url: '/api/articles',
      payload: articleInput(w.library),
    });
    expectStatusOf(denied, 403);
  });
});

describe('the editorial workflow', () => {
  it('goes draft → review → returned with a note → review → published → taken down, each step in the history', async () => {
    let a = await createArticle(w.staff, articleInput(w.library, { title: 'Tin quy trình' }));
    a = (await step(w.staff, a, 'submit', 'Nhờ anh chị duyệt')).json();
    expect(a.status).toBe('in_review');

    // Institution staff write, but do not publish nor change an article once sent.
    expect(errorCode(await step(w.staff, a, 'publish', undefined, 403))).toBe('FORBIDDEN');
    const edit = await w.staff.request({
      method: 'PATCH',
      url: `/api/articles/${a.id}`,
      payload: { title: 'Sửa khi đang duyệt', version: a.version },
    });
    expectStatusOf(edit, 403);

    expect((await step(w.commune, a, 'return', undefined, 400)).json().error.details[0]).toMatchObject({
      field: 'body.note',
      reason: 'required',
    });
    a = (await step(w.commune, a, 'return', 'Cần thêm ảnh')).json();
    expect(a).toMatchObject({ status: 'draft', reviewNote: 'Cần thêm ảnh' });

    a = (await step(w.staff, a, 'submit')).json();
    a = (await step(w.commune, a, 'publish')).json();
    expect(a).toMatchObject({
      status: 'published',
      publishedAt: NOW.toISOString(),
      publishFrom: NOW.toISOString(),
      reviewNote: null,
    });

    // An editor may still correct a published article.
    const fix = await w.province.request({
      method: 'PATCH',
      url: `/api/articles/${a.id}`,
      payload: { summary: 'Đã sửa lỗi chính tả', featured: true, version: a.version },
    });
    expectStatusOf(fix, 200);
    a = fix.json();
    expect(a).toMatchObject({ status: 'published', summary: 'Đã sửa lỗi chính tả', featured: true });

    a = (await step(w.province, a, 'unpublish', 'Thông tin đã cũ')).json();
    expect(a).toMatchObject({ status: 'draft', publishedAt: null, reviewNote: 'Thông tin đã cũ' });

    expect(a.history.map((h) => [h.action, h.username, h.note])).toEqual([
      ['article.create', w.staff.username, null],
      ['article.submit', w.staff.username, 'Nhờ anh chị duyệt'],
      ['article.return', w.commune.username, 'Cần thêm ảnh'],
      ['article.submit', w.staff.username, null],
      ['article.publish', w.commune.username, null],
      ['article.update', w.province.username, null],
      ['article.unpublish', w.province.username, 'Thông tin đã cũ'],
    ]);
    const fetched = await getJson<Article>(w.staff, `/api/articles/${a.id}`);
    expect(fetched.history).toEqual(a.history);
  });

  it('lets an editor publish a draft directly', async () => {
    const a = await createArticle(w.commune, articleInput(w.f.communeA1));
    const published = (await step(w.commune, a, 'publish')).json();
    expect(published.status).toBe('published');
  });

  it('refuses a stale version (CONFLICT) and a step from the wrong status (ARTICLE_STATE), changing nothing', async () => {
    const a = await createArticle(w.staff, articleInput(w.library));
    const submitted = (await step(w.staff, a, 'submit')).json();
    const stale = await step(w.commune, a, 'publish', undefined, 409);
    expect(errorCode(stale)).toBe('CONFLICT');
    const stalePatch = await w.staff.request({
      method: 'PATCH',
      url: `/api/articles/${a.id}`,
      payload: { title: 'Cũ', version: a.version },
    });
    expect(stalePatch.statusCode).toBe(403);

    expect(errorCode(await step(w.staff, submitted, 'submit', undefined, 409))).toBe('ARTICLE_STATE');
    expect(errorCode(await step(w.commune, submitted, 'unpublish', undefined, 409))).toBe('ARTICLE_STATE');
    const published = (await step(w.commune, submitted, 'publish')).json();
    expect(errorCode(await step(w.commune, published, 'return', 'x', 409))).toBe('ARTICLE_STATE');
    const del = await w.province.request({ method: 'DELETE', url: `/api/articles/${a.id}` });
    expectStatusOf(del, 409);
    expect(errorCode(del)).toBe('ARTICLE_STATE');
    expect((await getJson<Article>(w.staff, `/api/articles/${a.id}`)).version).toBe(published.version);
  });

  it('refuses a stale version on a draft’s change', async () => {
    const a = await createArticle(w.staff, articleInput(w.library));
    await w.staff.request({
      method: 'PATCH',
      url: `/api/articles/${a.id}`,
      payload: { title: 'Một', version: 1 },
    });
    const res = await w.staff.request({
      method: 'PATCH',
      url: `/api/articles/${a.id}`,
      payload: { title: 'Hai', version: 1 },
    });
    expectStatusOf(res, 409);
    expect(errorCode(res)).toBe('CONFLICT');
    expect((await getJson<Article>(w.staff, `/api/articles/${a.id}`)).title).toBe('Một');
  });

  it('deletes a draft, audited', async () => {
    const a = await createArticle(w.staff, articleInput(w.library));
    const res = await w.staff.request({ method: 'DELETE', url: `/api/articles/${a.id}` });
    expectStatusOf(res, 204);
    expectStatusOf(await w.staff.request({ method: 'GET', url: `/api/articles/${a.id}` }), 404);
    const audit = await t.database.db.execute(
      sql`select 1 from audit_entries where entity = 'article' and action = 'article.delete' and entity_id = ${String(a.id)}`,
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('hides an article outside the reader’s scope: 404 on read, change, steps and delete; absent from lists', async () => {
    const a = await createArticle(w.staff, articleInput(w.library, { title: 'Tin riêng của A1' }));
    for (const [method, url, payload] of [
      ['GET', `/api/articles/${a.id}`, undefined],
      ['PATCH', `/api/articles/${a.id}`, { title: 'x', version: a.version }],
      ['POST', `/api/articles/${a.id}/submit`, { version: a.version }],
      ['POST', `/api/articles/${a.id}/publish`, { version: a.version }],
      ['DELETE', `/api/articles/${a.id}`, undefined],
    ] as const) {
      const res = await w.outsider.request({ method, url, payload });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const theirs = await getJson<Article[]>(w.outsider, '/api/articles');
    expect(theirs.map((x) => x.id)).not.toContain(a.id);
    const ours = await getJson<Article[]>(w.commune, '/api/articles?q=tin rieng');
    expect(ours.map((x) => x.id)).toContain(a.id);
    expect(ours[0]!.history).toEqual([]);
  });

  it('filters the staff list by unit, status, national day and words without diacritics', async () => {
    const a = await createArticle(
      w.staff,
      articleInput(w.library, { title: 'Bảo tàng mở cửa đêm', observanceCode: null }),
    );
    const list = (q: string) => getJson<Article[]>(w.province, `/api/articles?${q}`);
    expect((await list('q=bao tang mo cua')).map((x) => x.id)).toEqual([a.id]);
    expect((await list(`unitId=${w.library}&status=draft`)).map((x) => x.id)).toContain(a.id);
    expect((await list('status=published')).map((x) => x.id)).not.toContain(a.id);
    expect((await list('observanceCode=world_book_day')).map((x) => x.id)).not.toContain(a.id);
  });
});

describe('the public articles', () => {
  let visible: Article;
  let featured: Article;
  let later: Article;
  let ended: Article;
  let draft: Article;
  let inReview: Article;
  beforeAll(async () => {
    now = NOW;
    visible = await publishedArticle(
      w.staff,
      w.commune,
      articleInput(w.library, { title: 'Công khai: sách mới', topic: 'libraries' }),
    );
    featured = await publishedArticle(
      w.staff,
      w.commune,
      articleInput(w.library, { title: 'Công khai: tin nổi bật', featured: true, observanceCode: null }),
    );
    later = await publishedArticle(
      w.staff,
      w.commune,
      articleInput(w.library, { title: 'Công khai: đăng sau', publishFrom: hours(2).toISOString() }),
    );
    ended = await publishedArticle(
      w.staff,
      w.commune,
      articleInput(w.library, {
        title: 'Công khai: hết hạn',
        publishFrom: hours(-5).toISOString(),
        publishUntil: hours(1).toISOString(),
      }),
    );
    draft = await createArticle(w.staff, articleInput(w.library, { title: 'Công khai: bản nháp' }));
    inReview = (await step(w.staff, await createArticle(w.staff, articleInput(w.library)), 'submit')).json();
  });

  const titles = async (query = '') => {
    const res = await anonymous(`/api/public/articles?q=cong khai${query}`);
    expectStatusOf(res, 200);
    return (res.json() as PublicArticlePage).items.map((a) => a.title);
  };

  it('shows the published articles inside their window, featured first, then the latest published', async () => {
    now = NOW;
    expect(await titles()).toEqual(['Công khai: tin nổi bật', 'Công khai: hết hạn', 'Công khai: sách mới']);
    now = hours(3);
    expect(await titles()).toEqual(['Công khai: tin nổi bật', 'Công khai: đăng sau', 'Công khai: sách mới']);
    now = NOW;
  });

  it('answers one article only while it is visible', async () => {
    now = NOW;
    const one = await anonymous(`/api/public/articles/${visible.id}`);
    expectStatusOf(one, 200);
    expect(one.json() as PublicArticle).toMatchObject({
      id: visible.id,
      title: 'Công khai: sách mới',
      unitName: 'Thư viện xã A1',
      provinceId: w.f.provinceA,
      provinceName: 'Thử Nghiệm A',
      topic: 'libraries',
      observanceCode: 'world_book_day',
      featured: false,
      publishedAt: NOW.toISOString(),
    });
    for (const hidden of [draft, inReview, later]) {
      expectStatusOf(await anonymous(`/api/public/articles/${hidden.id}`), 404);
    }
    expectStatusOf(await anonymous(`/api/public/articles/${ended.id}`), 200);
    now = hours(1);
    expectStatusOf(await anonymous(`/api/public/articles/${ended.id}`), 404);
    expectStatusOf(await anonymous(`/api/public/articles/${later.id}`), 404);
    now = hours(2);
    expectStatusOf(await anonymous(`/api/public/articles/${later.id}`), 200);
    now = NOW;
  });

  it('filters by province, topic and national day, and pages', async () => {
    now = NOW;
    expect(await titles(`&provinceId=${w.f.provinceB}`)).toEqual([]);
    expect(await titles(`&provinceId=${w.f.provinceA}&topic=libraries`)).toEqual(['Công khai: sách mới']);
    expect(await titles('&observanceCode=world_book_day')).toEqual([
      'Công khai: hết hạn',
      'Công khai: sách mới',
    ]);
    const page = (
      await anonymous('/api/public/articles?q=cong khai&pageSize=1&page=2')
    ).json() as PublicArticlePage;
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(page.items.map((a) => a.title)).toEqual(['Công khai: hết hạn']);
  });

  it('takes an article off the portal when it is unpublished', async () => {
    now = NOW;
    const current = await getJson<Article>(w.staff, `/api/articles/${featured.id}`);
    await step(w.province, current, 'unpublish');
    expectStatusOf(await anonymous(`/api/public/articles/${featured.id}`), 404);
    expect(await titles()).not.toContain('Công khai: tin nổi bật');
  });
});
