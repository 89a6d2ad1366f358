import type { Article, PublicArticle, PublicArticlePage } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { NOW, useActivitiesWorld } from '../activities/activities-test-support';
import { childText, findAll, parseXml } from '../portal/xml-test-support';
import { errorCode } from '../units/units-test-support';
import { articleInput, createArticle, expectStatusOf, publishedArticle, step } from './articles-test-support';

/**
 * The public answers are kept (public-articles-cache.ts): a write must show at once, a window that opens must
 * show once its minute has passed, and the lists carry no body. The clock stands still unless a test moves it,
 * so only the articles version can make a kept answer give way within a minute.
 */
let now = NOW;
const t = useTestApp({ clock: () => now });
const w = useActivitiesWorld(t);
const seconds = (s: number) => new Date(NOW.getTime() + s * 1000);

const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
const listTitles = async () => {
  const res = await anonymous('/api/public/articles?pageSize=50');
  expectStatusOf(res, 200);
  return (res.json() as PublicArticlePage).items.map((a) => a.title);
};
const feedTitles = async () => {
  const res = await anonymous('/portal/feed.atom');
  expectStatusOf(res, 200);
  return findAll(parseXml(res.body), 'entry').map((e) => childText(e, 'title'));
};
const newsPage = async () => {
  const res = await anonymous('/portal/news');
  expectStatusOf(res, 200);
  return res.body;
};

describe('the kept public articles', () => {
  it('lists articles without their bodies, and gives the body with one article', async () => {
    now = NOW;
    const a = await publishedArticle(
      w.staff,
      w.commune,
      articleInput(w.library, { title: 'Không thân bài', body: '<p>Nội dung riêng của trang.</p>' }),
    );
    const res = await anonymous('/api/public/articles?pageSize=50');
    expectStatusOf(res, 200);
    const items = (res.json() as PublicArticlePage).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).not.toHaveProperty('body');
    expect(res.body).not.toContain('Nội dung riêng của trang.');
    const one = (await anonymous(`/api/public/articles/${a.id}`)).json() as PublicArticle;
    expect(one.body).toBe('<p>Nội dung riêng của trang.</p>');
    // The feed still carries the body of each entry.
    expect((await anonymous('/portal/feed.atom')).body).toContain('Nội dung riêng của trang.');
  });

  it('shows a publish, an edit and an unpublish at once in the list, the feed and the news page', async () => {
    now = NOW;
    const draft = await createArticle(w.staff, articleInput(w.library, { title: 'Tin vừa viết' }));
    // Read (and keep) every answer before the write.
    expect(await listTitles()).not.toContain('Tin vừa viết');
    expect(await feedTitles()).not.toContain('Tin vừa viết');
    expect(await newsPage()).not.toContain('Tin vừa viết');

    const published: Article = (await step(w.commune, draft, 'publish')).json();
    expect(await listTitles()).toContain('Tin vừa viết');
    expect(await feedTitles()).toContain('Tin vừa viết');
    expect(await newsPage()).toContain('Tin vừa viết');
    expectStatusOf(await anonymous(`/api/public/articles/${published.id}`), 200);

    const edit = await w.commune.request({
      method: 'PATCH',
      url: `/api/articles/${published.id}`,
      payload: { title: 'Tin đã sửa', body: '<p>Thân bài mới.</p>', version: published.version },
    });
    expect(edit.statusCode, edit.body.slice(0, 300)).toBe(200);
    const edited = edit.json() as Article;
    expect(await listTitles()).toContain('Tin đã sửa');
    expect(await listTitles()).not.toContain('Tin vừa viết');
    expect(await feedTitles()).toContain('Tin đã sửa');
    expect(((await anonymous(`/api/public/articles/${published.id}`)).json() as PublicArticle).body).toBe(
      '<p>Thân bài mới.</p>',
    );
    expect((await anonymous(`/portal/news/${published.id}`)).body).toContain('Thân bài mới.');

    await step(w.commune, edited, 'unpublish');
    expect(await listTitles()).not.toContain('Tin đã sửa');
    expect(await feedTitles()).not.toContain('Tin đã sửa');
    expect(await newsPage()).not.toContain('Tin đã sửa');
    const gone = await anonymous(`/api/public/articles/${published.id}`);
    expectStatusOf(gone, 404);
    expect(errorCode(gone)).toBe('NOT_FOUND');
  });

  it('shows an article whose window opens once the minute it opens in has passed', async () => {
    now = NOW;
    const later = await publishedArticle(
      w.staff,
      w.commune,
      articleInput(w.library, { title: 'Tin hẹn giờ', publishFrom: seconds(30).toISOString() }),
    );
    expect(await listTitles()).not.toContain('Tin hẹn giờ');
    expect(await feedTitles()).not.toContain('Tin hẹn giờ');
    expectStatusOf(await anonymous(`/api/public/articles/${later.id}`), 404);
    // No write since: only the clock moves past the minute the window opened in.
    now = seconds(61);
    expect(await listTitles()).toContain('Tin hẹn giờ');
    expect(await feedTitles()).toContain('Tin hẹn giờ');
    expectStatusOf(await anonymous(`/api/public/articles/${later.id}`), 200);
    now = NOW;
  });
});
