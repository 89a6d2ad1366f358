import type { Article } from '@suotdoi/shared';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { clock, useActivitiesWorld } from '../activities/activities-test-support';
import {
  articleInput,
  createArticle,
  expectStatusOf,
  insertImage,
  publishedArticle,
} from '../articles/articles-test-support';
import { expectAccessiblePage, insertPublicActivity } from './portal-test-support';
import { childText, findAll, parseXml } from './xml-test-support';

/** The portal's news, national days and feeds through the real application, at 1/3/2027. */
describe('the portal’s news, national days and feeds', () => {
  const t = useTestApp({ clock });
  const w = useActivitiesWorld(t);
  /** Tagged World Book Day (23/4), its body trying to run a script. */
  let bookDay: Article;
  let other: Article;
  let draft: Article;
  let thisYear: number;
  let lastYear: number;
  let elsewhere: number;
  let cancelled: number;

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const page = (res: LightMyRequestResponse, status = 200) => {
    expectStatusOf(res, status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expectAccessiblePage(res.body);
    return res.body;
  };

  beforeAll(async () => {
    const cover = await insertImage(t.database.db, w.library, 'bia.png');
    bookDay = await publishedArticle(
      w.staff,
      w.commune,
      articleInput(w.library, {
        title: 'Thư viện xã A1 hưởng ứng Ngày Sách',
        summary: 'Ngày hội đọc sách cho thiếu nhi.',
        body: '<h2>Chương trình</h2><p>Đọc sách cùng bé.</p><script>alert("xss")</script><img src="x" onerror="alert(1)">',
        coverImageId: cover,
      }),
    );
    other = await publishedArticle(
      w.commune,
      w.commune,
      articleInput(w.f.communeA1, {
        title: 'Chuyển đổi số ở xã A1',
        topic: 'digital_transformation',
        observanceCode: null,
        featured: true,
      }),
    );
    draft = await createArticle(w.staff, articleInput(w.library, { title: 'Bản nháp chưa đăng' }));
    const at = (id: number, provinceId: number, communeId: number) => ({
      id,
      name: 'Thư viện',
      provinceId,
      communeId,
    });
    thisYear = await insertPublicActivity(t.database.db, {
      institution: at(w.library, w.f.provinceA, w.f.communeA1),
      title: 'Đọc sách cùng bé 23/4/2027',
      startsAt: '2027-04-23T08:00:00+07:00',
      endsAt: '2027-04-23T10:00:00+07:00',
      observanceCode: 'world_book_day',
    });
    lastYear = await insertPublicActivity(t.database.db, {
      institution: at(w.library, w.f.provinceA, w.f.communeA1),
      title: 'Đọc sách cùng bé 23/4/2026',
      startsAt: '2026-04-23T08:00:00+07:00',
      endsAt: '2026-04-23T10:00:00+07:00',
      observanceCode: 'world_book_day',
      status: 'completed',
    });
    elsewhere = await insertPublicActivity(t.database.db, {
      institution: at(w.otherLibrary, w.f.provinceB, w.f.communeB1),
      title: 'Ngày Sách ở tỉnh B',
      startsAt: '2027-04-23T08:00:00+07:00',
      endsAt: '2027-04-23T10:00:00+07:00',
      observanceCode: 'world_book_day',
    });
    cancelled = await insertPublicActivity(t.database.db, {
      institution: at(w.library, w.f.provinceA, w.f.communeA1),
      title: 'Buổi đọc bị hủy',
      startsAt: '2027-04-23T14:00:00+07:00',
      endsAt: '2027-04-23T16:00:00+07:00',
      observanceCode: 'world_book_day',
      status: 'cancelled',
      cancelReason: 'Mưa',
    });
  });

  it('lists the published news, featured first, with cover, date, unit and summary', async () => {
    const html = page(await get('/portal/news'));
    expect(html).toContain('<h1>Tin tức</h1>');
    expect(html.indexOf(`/portal/news/${other.id}`)).toBeLessThan(html.indexOf(`/portal/news/${bookDay.id}`));
    expect(html).toContain(`<img class="cover" src="${bookDay.cover!.url}" alt="" loading="lazy">`);
    expect(html).toContain('01/03/2027');
    expect(html).toContain('Thư viện xã A1, Thử Nghiệm A');
    expect(html).toContain('Ngày hội đọc sách cho thiếu nhi.');
    expect(html).not.toContain('Bản nháp chưa đăng');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"');
  });

  it('filters the news by topic, province and day, ignoring a day not in the catalogue', async () => {
    const digital = page(await get('/portal/news?topic=digital_transformation'));
    expect(digital).toContain('Chuyển đổi số ở xã A1');
    expect(digital).not.toContain('hưởng ứng Ngày Sách');
    const b = page(await get(`/portal/news?provinceId=${w.f.provinceB}`));
    expect(b).toContain('Chưa có tin bài nào khớp bộ lọc.');
    const day = page(await get('/portal/news?day=world_book_day&q=thu vien'));
    expect(day).toContain('hưởng ứng Ngày Sách');
    expect(day).not.toContain('Chuyển đổi số ở xã A1');
    const unknown = page(await get('/portal/news?day=<script>'));
    expect(unknown).toContain('Chuyển đổi số ở xã A1');
  });

  it('shows an article with its sanitised body and no script, under a policy that runs none', async () => {
    const res = await get(`/portal/news/${bookDay.id}`);
    const html = page(res);
    expect(html).toContain('<h1>Thư viện xã A1 hưởng ứng Ngày Sách</h1>');
    expect(html).toContain('<h2>Chương trình</h2><p>Đọc sách cùng bé.</p>');
    expect(html).not.toContain('alert');
    expect(html).not.toContain('onerror');
    expect(html).toContain(`href="/portal/days/world_book_day?provinceId=${w.f.provinceA}"`);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).not.toContain('script-src');
  });

  it('answers an unpublished or unknown article with the portal’s not-found page', async () => {
    expect(page(await get(`/portal/news/${draft.id}`), 404)).toContain('Không tìm thấy trang');
    page(await get('/portal/news/999999'), 404);
    page(await get('/portal/news/abc'), 404);
  });

  it('lists every national day with its next date', async () => {
    const html = page(await get('/portal/days'));
    expect(html).toContain('<a href="/portal/days/world_book_day">Ngày Sách và Bản quyền thế giới</a>');
    expect(html).toContain('<time datetime="2027-04-23">23/04/2027</time>');
    expect(html).toContain('<a href="/portal/days" aria-current="page">Ngày lễ</a>');
  });

  it('gathers World Book Day’s activities and articles in the province, with its feeds', async () => {
    const html = page(await get(`/portal/days/world_book_day?provinceId=${w.f.provinceA}`));
    expect(html).toContain('<h1>Ngày Sách và Bản quyền thế giới</h1>');
    expect(html).toContain(`<a href="/portal/activities/${thisYear}">Đọc sách cùng bé 23/4/2027</a>`);
    expect(html).toContain(`<a href="/portal/activities/${lastYear}">Đọc sách cùng bé 23/4/2026</a>`);
    expect(html).toContain(`<a href="/portal/news/${bookDay.id}">Thư viện xã A1 hưởng ứng Ngày Sách</a>`);
    expect(html).not.toContain(`/portal/activities/${elsewhere}"`);
    expect(html).not.toContain(`/portal/activities/${cancelled}"`);
    expect(html).not.toContain('Chuyển đổi số ở xã A1');
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Nguồn tin RSS" href="/portal/feed.rss?provinceId=${w.f.provinceA}&amp;day=world_book_day">`,
    );
    const country = page(await get('/portal/days/world_book_day?lang=en'));
    expect(country).toContain(`/portal/activities/${elsewhere}"`);
    expect(country).toContain('World Book and Copyright Day');
    page(await get('/portal/days/no_such_day'), 404);
  });

  it('serves the RSS feed of a day as XML that parses and holds the article', async () => {
    const res = await get('/portal/feed.rss?day=world_book_day');
    expectStatusOf(res, 200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const rss = parseXml(res.body);
    const items = findAll(rss, 'item');
    expect(items.map((i) => childText(i, 'title'))).toEqual(['Thư viện xã A1 hưởng ứng Ngày Sách']);
    const item = items[0]!;
    expect(childText(item, 'link')).toMatch(new RegExp(`^http://[^/]+/portal/news/${bookDay.id}$`));
    const content = childText(item, 'content:encoded');
    expect(content).toContain('<h2>Chương trình</h2>');
    expect(content).not.toContain('script');
    expect(content).not.toContain('onerror');
    expect(childText(item, 'author')).toBe(bookDay.author);
  });

  it('serves the Atom feed of everything, the latest first, and of a topic', async () => {
    const res = await get('/portal/feed.atom');
    expectStatusOf(res, 200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const atom = parseXml(res.body);
    const titles = findAll(atom, 'entry').map((e) => childText(e, 'title'));
    expect(titles).toEqual(['Chuyển đổi số ở xã A1', 'Thư viện xã A1 hưởng ứng Ngày Sách']);
    const topic = parseXml((await get('/portal/feed.atom?topic=digital_transformation')).body);
    expect(findAll(topic, 'entry').map((e) => childText(e, 'title'))).toEqual(['Chuyển đổi số ở xã A1']);
  });
});
