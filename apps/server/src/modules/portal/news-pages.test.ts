import type { Lang, PublicArticle } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { articlePage } from './article-page';
import { dayPage, daysPage } from './days-page';
import { absoluteUrls, buildFeed } from './feeds';
import type { PageContext } from './layout';
import { ARTICLE_CSP } from './news.routes';
import { newsPage } from './news-page';
import { CSP } from './portal-request';
import { expectAccessiblePage, publicActivity } from './portal-test-support';
import { childText, findAll, parseXml } from './xml-test-support';

const ctx = (lang: Lang = 'vi', path = '/portal/news'): PageContext => ({
  lang,
  path,
  query: new URLSearchParams(),
  observances: new Map([
    ['world_book_day', { vi: 'Ngày Sách và Bản quyền thế giới', en: 'World Book and Copyright Day' }],
  ]),
});

const COVER = '/media/0b7c1d6e-3f4a-4b5c-8d9e-0a1b2c3d4e5f';

function article(over: Partial<PublicArticle> = {}): PublicArticle {
  return {
    id: 5,
    title: 'Ngày hội đọc sách 23/4',
    summary: 'Hơn 1.200 lượt bạn đọc đến thư viện.',
    body: `<h2>Chương trình</h2><p>Đọc sách cùng bé.</p><figure><img src="${COVER}" alt="Bạn đọc nhỏ" /></figure><p><a href="/portal/days/world_book_day" rel="noopener noreferrer nofollow">Ngày 23/4</a></p>`,
    author: 'Nguyễn Thị Thư',
    unitName: 'Thư viện xã An Bình',
    provinceId: 3,
    provinceName: 'Tỉnh Ninh Bình',
    coverUrl: COVER,
    topic: 'reading_culture',
    observanceCode: 'world_book_day',
    featured: false,
    publishedAt: '2027-04-22T17:30:00.000Z',
    updatedAt: '2027-04-22T17:30:00.000Z',
    ...over,
  };
}

const page = (items: PublicArticle[], p = 1) => ({ items, total: items.length, page: p, pageSize: 12 });

describe('newsPage', () => {
  it('shows featured articles first, then cards with cover, date in Vietnam, unit and summary', () => {
    const html = newsPage(ctx(), {
      filters: { page: 1 },
      result: page([
        article({ id: 1, title: 'Tin nổi bật', featured: true }),
        article({ id: 2, coverUrl: null }),
      ]),
      provinces: [{ value: '3', label: 'Tỉnh Ninh Bình' }],
    });
    expectAccessiblePage(html);
    expect(html.indexOf('id="featured"')).toBeLessThan(html.indexOf('/portal/news/2'));
    expect(html).toContain('<h2 id="featured">Tin nổi bật</h2>');
    expect(html).toContain(`<img class="cover" src="${COVER}" alt="" loading="lazy">`);
    // 00:30 on 23/4 in Vietnam, though still 22/4 in UTC.
    expect(html).toContain(
      '<time datetime="2027-04-22T17:30:00.000Z">23/04/2027</time> · Thư viện xã An Bình, Tỉnh Ninh Bình',
    );
    expect(html).toContain('Hơn 1.200 lượt bạn đọc đến thư viện.');
    expect(html).toContain('<li class="badge day">Ngày Sách và Bản quyền thế giới</li>');
    expect(html).toContain('<li class="badge shut">Văn hóa đọc</li>');
    expect(html).toContain('<a href="/portal/news" aria-current="page">Tin tức</a>');
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Nguồn tin RSS" href="/portal/feed.rss">',
    );
  });

  it('leaves out the "latest" heading when every article of the page is featured', () => {
    const only = newsPage(ctx(), {
      filters: { page: 1 },
      result: page([article({ id: 1, featured: true })]),
      provinces: [],
    });
    expectAccessiblePage(only);
    expect(only).toContain('id="featured"');
    expect(only).not.toContain('id="results"');
    const none = newsPage(ctx(), { filters: { page: 1 }, result: page([]), provinces: [] });
    expect(none).toContain('id="results"');
  });

  it('keeps the filters in the form, the pager and the feeds', () => {
    const html = newsPage(ctx(), {
      filters: { page: 2, provinceId: 3, topic: 'libraries', day: 'world_book_day', q: 'sach' },
      result: { items: [article()], total: 30, page: 2, pageSize: 12 },
      provinces: [{ value: '3', label: 'Tỉnh Ninh Bình' }],
    });
    expectAccessiblePage(html);
    expect(html).toContain('<option value="3" selected>Tỉnh Ninh Bình</option>');
    expect(html).toContain('<option value="libraries" selected>Thư viện</option>');
    expect(html).toContain('<option value="world_book_day" selected>');
    expect(html).toContain(
      'href="/portal/news?q=sach&amp;provinceId=3&amp;topic=libraries&amp;day=world_book_day&amp;page=3"',
    );
    expect(html).toContain(
      'href="/portal/feed.atom?provinceId=3&amp;day=world_book_day&amp;topic=libraries"',
    );
    expect(html).not.toContain('id="featured"');
  });

  it('says when nothing matches, in English too', () => {
    const html = newsPage(ctx('en'), { filters: { page: 1 }, result: page([]), provinces: [] });
    expectAccessiblePage(html);
    expect(html).toContain('No article matches these filters yet.');
    expect(html).toContain('<h1>News</h1>');
  });
});

describe('articlePage', () => {
  it('shows the title, byline, author, cover and the sanitised body as markup, with the day’s link', () => {
    const a = article({ title: 'Tin <b>đậm</b>' });
    const html = articlePage(ctx(), { article: a, bodyHtml: a.body });
    expectAccessiblePage(html);
    expect(html).toContain('<h1>Tin &lt;b&gt;đậm&lt;/b&gt;</h1>');
    expect(html).toContain('<li aria-current="page">Tin &lt;b&gt;đậm&lt;/b&gt;</li>');
    expect(html).toContain('<a href="/portal/news">Tin tức</a>');
    expect(html).toContain('<div><dt>Tác giả</dt><dd>Nguyễn Thị Thư</dd></div>');
    expect(html).toContain(`<figure class="cover"><img src="${COVER}" alt=""></figure>`);
    expect(html).toContain('<h2>Chương trình</h2><p>Đọc sách cùng bé.</p>');
    expect(html).toContain(
      '<a href="/portal/days/world_book_day?provinceId=3">Hoạt động và tin bài hưởng ứng Ngày Sách và Bản quyền thế giới</a>',
    );
    expect(html).toContain('· Thư viện xã An Bình, Tỉnh Ninh Bình');
  });

  it('names a province once when the province itself wrote the article', () => {
    const a = article({ unitName: 'Tỉnh Ninh Bình' });
    const html = articlePage(ctx(), { article: a, bodyHtml: a.body });
    expect(html).toContain('· Tỉnh Ninh Bình</');
    expect(html).not.toContain('Tỉnh Ninh Bình, Tỉnh Ninh Bình');
  });
});

describe('daysPage and dayPage', () => {
  const day = {
    code: 'world_book_day',
    name: { vi: 'Ngày Sách và Bản quyền thế giới', en: 'World Book and Copyright Day' },
    from: '2027-04-23',
    to: '2027-04-23',
  };

  it('lists every day with its next date, and says when it is today', () => {
    const html = daysPage(ctx('vi', '/portal/days'), {
      days: [
        day,
        {
          code: 'lifelong_learning_week',
          name: { vi: 'Tuần lễ học tập suốt đời', en: 'Lifelong Learning Week' },
          from: '2027-10-01',
          to: '2027-10-07',
        },
      ],
      today: '2027-04-23',
    });
    expectAccessiblePage(html);
    expect(html).toContain('<a href="/portal/days/world_book_day">Ngày Sách và Bản quyền thế giới</a>');
    expect(html).toContain('<time datetime="2027-04-23">23/04/2027</time> (hôm nay)');
    expect(html).toContain('<time datetime="2027-10-01">01/10–07/10/2027</time>');
  });

  it('gathers the day’s upcoming and recent activities and its articles, with the day’s feeds', () => {
    const html = dayPage(ctx('vi', '/portal/days/world_book_day'), {
      day,
      today: '2027-03-01',
      provinceId: 3,
      provinces: [{ value: '3', label: 'Tỉnh Ninh Bình' }],
      upcoming: [publicActivity({ id: 11, title: 'Đọc sách 23/4 năm nay' })],
      recent: [publicActivity({ id: 12, title: 'Đọc sách 23/4 năm ngoái', status: 'completed' })],
      articles: [article()],
    });
    expectAccessiblePage(html);
    expect(html).toContain('<h1>Ngày Sách và Bản quyền thế giới</h1>');
    expect(html).toContain('<a href="/portal/activities/11">Đọc sách 23/4 năm nay</a>');
    expect(html).toContain('<a href="/portal/activities/12">Đọc sách 23/4 năm ngoái</a>');
    expect(html).toContain('<a href="/portal/news/5">Ngày hội đọc sách 23/4</a>');
    expect(html).toContain('href="/portal?observance=world_book_day&amp;provinceId=3"');
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Nguồn tin Atom" href="/portal/feed.atom?provinceId=3&amp;day=world_book_day">',
    );
    expect(html).toContain('<option value="">Cả nước</option>');
  });

  it('says so when the day has nothing yet', () => {
    const html = dayPage(ctx('en', '/portal/days/world_book_day'), {
      day,
      today: '2027-03-01',
      provinces: [],
      upcoming: [],
      recent: [],
      articles: [],
    });
    expectAccessiblePage(html);
    expect(html).toContain('No activity coming up yet.');
    expect(html).toContain('No article about this day yet.');
  });
});

describe('buildFeed', () => {
  const origin = 'https://hoctap.example.vn';
  const input = {
    articles: [
      article({ title: 'A & <B>', summary: 'Tóm tắt <i>x</i>' }),
      article({ id: 6, coverUrl: null, summary: null }),
    ],
    origin,
    filters: { day: 'world_book_day', provinceId: 3 },
    provinceName: 'Tỉnh Ninh Bình',
    now: new Date('2027-04-23T00:00:00Z'),
  };

  it('writes RSS 2.0 that parses, with absolute links, the content, author, date and categories', () => {
    const rss = parseXml(buildFeed('rss', ctx(), input));
    expect(rss.name).toBe('rss');
    const channel = findAll(rss, 'channel')[0]!;
    expect(childText(channel, 'title')).toBe(
      'Tin tức học tập suốt đời · Ngày Sách và Bản quyền thế giới · Tỉnh Ninh Bình',
    );
    expect(childText(channel, 'link')).toBe(`${origin}/portal/days/world_book_day?provinceId=3`);
    const items = findAll(rss, 'item');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(childText(first, 'title')).toBe('A &amp; &lt;B&gt;');
    expect(childText(first, 'link')).toBe(`${origin}/portal/news/5`);
    expect(childText(first, 'description')).toBe('Tóm tắt &lt;i&gt;x&lt;/i&gt;');
    expect(childText(first, 'author')).toBe('Nguyễn Thị Thư');
    expect(childText(first, 'pubDate')).toBe('Thu, 22 Apr 2027 17:30:00 GMT');
    expect(findAll(first, 'category').map((c) => c.text)).toEqual([
      'Văn hóa đọc',
      'Ngày Sách và Bản quyền thế giới',
    ]);
    const content = childText(first, 'content:encoded');
    expect(content).toContain(`<figure><img src="${origin}${COVER}" alt="" /></figure><h2>Chương trình</h2>`);
    expect(content).toContain(`<a href="${origin}/portal/days/world_book_day"`);
  });

  it('writes Atom 1.0 that parses, in the page’s language', () => {
    const atom = parseXml(buildFeed('atom', ctx('en'), input));
    expect(atom.name).toBe('feed');
    expect(childText(atom, 'title')).toBe(
      'Lifelong-learning news · World Book and Copyright Day · Tỉnh Ninh Bình',
    );
    const entries = findAll(atom, 'entry');
    expect(entries.map((e) => childText(e, 'id'))).toEqual([
      `${origin}/portal/news/5`,
      `${origin}/portal/news/6`,
    ]);
    expect(childText(entries[0]!, 'published')).toBe('2027-04-22T17:30:00.000Z');
    expect(findAll(entries[0]!, 'name').map((n) => n.text)).toEqual(['Nguyễn Thị Thư']);
    expect(findAll(atom, 'link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe(
      `${origin}/portal/feed.atom?provinceId=3&day=world_book_day&lang=en`,
    );
  });

  it('sanitises the content again, so a body stored under a looser list loses its script', () => {
    const xml = buildFeed('rss', ctx(), {
      ...input,
      articles: [article({ body: '<p>x</p><script>alert(1)</script>' })],
    });
    expect(xml).not.toContain('<script');
    expect(xml).toContain('<p>x</p>');
  });
});

describe('absoluteUrls', () => {
  it('prefixes this site’s paths and leaves other addresses alone', () => {
    expect(
      absoluteUrls(
        '<a href="/portal/news" rel="x">a</a><img src="/media/1" /><a href="https://x.vn/">b</a><a href="//x.vn">c</a>',
        'https://h.vn',
      ),
    ).toBe(
      '<a href="https://h.vn/portal/news" rel="x">a</a><img src="https://h.vn/media/1" /><a href="https://x.vn/">b</a><a href="//x.vn">c</a>',
    );
  });
});

describe('ARTICLE_CSP', () => {
  it('is the portal’s policy with images over HTTPS allowed, and nothing else loosened', () => {
    expect(ARTICLE_CSP).not.toBe(CSP);
    expect(ARTICLE_CSP).toContain("img-src 'self' data: https:");
    expect(ARTICLE_CSP.replace(' https:', '')).toBe(CSP);
    expect(ARTICLE_CSP).toContain("default-src 'none'");
  });
});
