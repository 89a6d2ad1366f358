import {
  CONTENT_TOPICS,
  type ContentTopic,
  type PublicArticlePage,
  type PublicArticleSummary,
} from '@suotdoi/shared';
import { formatDate, isoInstant } from './format';
import { type Html, html } from './html';
import { type FeedLink, layout, type PageContext } from './layout';
import { inputField, type Option, pager, selectField } from './parts';
import { TOPIC_NAMES, WORDS } from './portal-words';

/** The filters of the news page as its form shows them. */
export interface NewsFilters {
  provinceId?: number;
  topic?: ContentTopic;
  /** A national day's code (observances.code). */
  day?: string;
  q?: string;
  page: number;
}

/** The filters as a query string (no page): the pager's links share it. */
export function newsFilterQuery(f: NewsFilters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.q) q.set('q', f.q);
  if (f.provinceId) q.set('provinceId', String(f.provinceId));
  if (f.topic) q.set('topic', f.topic);
  if (f.day) q.set('day', f.day);
  return q;
}

/** What the feeds filter by (no words, no page), as a query string with its "?" or nothing. */
export function feedQuery(f: { provinceId?: number; topic?: ContentTopic; day?: string }): string {
  const q = new URLSearchParams();
  if (f.provinceId) q.set('provinceId', String(f.provinceId));
  if (f.day) q.set('day', f.day);
  if (f.topic) q.set('topic', f.topic);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The RSS and Atom feeds of these filters, for the page's head and its links. */
export function feedLinks(
  f: { provinceId?: number; topic?: ContentTopic; day?: string },
  ctx: PageContext,
): FeedLink[] {
  const w = WORDS[ctx.lang];
  const query = feedQuery(f);
  return [
    { title: w.feedRss, href: `/portal/feed.rss${query}`, type: 'application/rss+xml' },
    { title: w.feedAtom, href: `/portal/feed.atom${query}`, type: 'application/atom+xml' },
  ];
}

/** The feeds as links in the page, with a hint of what to do with them. */
export function feedList(feeds: FeedLink[], ctx: PageContext, more: Html | string = ''): Html {
  const w = WORDS[ctx.lang];
  return html`<ul class="links">
${feeds.map((f) => html`<li><a href="${f.href}" type="${f.type}">${f.title}</a></li>`)}
<li class="hint">${w.feedHint}</li>
${more}
</ul>`;
}

/** The name of a national day in the page's language, or its code when the catalogue does not hold it. */
export const dayName = (code: string, ctx: PageContext) => ctx.observances.get(code)?.[ctx.lang] ?? code;

/** The topic and the national day of an article, as badges. */
function articleBadges(a: PublicArticleSummary, ctx: PageContext): Html | '' {
  if (!a.topic && !a.observanceCode) return '';
  return html`<ul class="badges">
${a.topic ? html`<li class="badge shut">${TOPIC_NAMES[a.topic][ctx.lang]}</li>` : ''}
${a.observanceCode ? html`<li class="badge day">${dayName(a.observanceCode, ctx)}</li>` : ''}
</ul>`;
}

/** "21/04/2027 · Thư viện xã An Bình, Tỉnh Ninh Bình": when and by whom (a province's own article names it once). */
export function articleByline(a: PublicArticleSummary): Html {
  const from = [...new Set([a.unitName, a.provinceName].filter(Boolean))].join(', ');
  return html`<time datetime="${isoInstant(a.publishedAt)}">${formatDate(a.publishedAt)}</time> · ${from}`;
}

/**
 * One article as a card: its cover (decorative: the title beside it says what it is), title, date, unit,
 * summary and badges. `heading` is the level its title takes in the page's outline.
 */
export function articleCard(a: PublicArticleSummary, ctx: PageContext, heading: 'h2' | 'h3' = 'h3'): Html {
  const title = html`<a href="/portal/news/${a.id}">${a.title}</a>`;
  return html`<li class="card news-card${a.coverUrl ? ' has-cover' : ''}">
${a.coverUrl ? html`<img class="cover" src="${a.coverUrl}" alt="" loading="lazy">` : ''}
<div class="news-text">
${heading === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<p class="muted">${articleByline(a)}</p>
${a.summary ? html`<p>${a.summary}</p>` : ''}
${articleBadges(a, ctx)}
</div>
</li>`;
}

/**
 * "/portal/news": the featured articles first (on the first page), then the latest, with filters by province,
 * topic and national day (a GET form, no script), pages, and the feeds of the same filters.
 */
export function newsPage(
  ctx: PageContext,
  v: { filters: NewsFilters; result: PublicArticlePage; provinces: Option[] },
): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const f = v.filters;
  const more = Boolean(f.provinceId || f.topic || f.day);
  const featured = v.result.page === 1 ? v.result.items.filter((a) => a.featured) : [];
  const rest = v.result.items.filter((a) => !featured.includes(a));
  const feeds = feedLinks(f, ctx);
  const body = html`<h1>${w.newsTitle}</h1>
<p class="lead">${w.newsIntro}</p>
<form class="panel" method="get" action="/portal/news" role="search" aria-label="${w.newsFilters}">
${inputField({ id: 'f-q', name: 'q', label: w.keyword, type: 'search', value: f.q, hint: w.keywordHint, maxlength: 100 })}
<details${more ? html` open` : ''}>
<summary>${w.moreNewsFilters}</summary>
<div class="grid">
${selectField({ id: 'f-province', name: 'provinceId', label: w.province, options: v.provinces, value: f.provinceId ? String(f.provinceId) : undefined, allLabel: w.all })}
${selectField({ id: 'f-topic', name: 'topic', label: w.topic, options: CONTENT_TOPICS.map((t) => ({ value: t, label: TOPIC_NAMES[t][lang] })), value: f.topic, allLabel: w.all })}
${selectField({
  id: 'f-day',
  name: 'day',
  label: w.day,
  options: [...ctx.observances].map(([code, name]) => ({ value: code, label: name[lang] })),
  value: f.day,
  allLabel: w.all,
})}
</div>
</details>
<div class="actions">
<button type="submit">${w.apply}</button>
<a class="button secondary" href="/portal/news">${w.reset}</a>
</div>
</form>
${
  featured.length > 0
    ? html`<section aria-labelledby="featured">
<h2 id="featured">${w.featuredNews}</h2>
<ul class="cards news-cards featured" aria-labelledby="featured">${featured.map((a) => articleCard(a, ctx))}</ul>
</section>`
    : ''
}
${
  // Every article of the page is featured: no empty "latest" heading under them.
  featured.length > 0 && rest.length === 0
    ? ''
    : html`<h2 id="results">${featured.length > 0 ? w.latestNews : w.newsCount(v.result.total)}</h2>
${featured.length > 0 ? html`<p class="muted">${w.newsCount(v.result.total)}</p>` : ''}
${
  v.result.total === 0
    ? html`<p class="notice">${w.noNews}</p>`
    : html`<ul class="cards news-cards" aria-labelledby="results">${rest.map((a) => articleCard(a, ctx))}</ul>`
}`
}
${pager('/portal/news', newsFilterQuery(f), v.result.page, v.result.pageSize, v.result.total, lang)}
<h2 id="follow">${w.feeds}</h2>
${feedList(feeds, ctx, html`<li><a href="/portal/days">${w.allDays}</a></li>`)}`;
  return layout(ctx, { title: w.newsTitle, body, section: 'news', description: w.newsIntro, feeds });
}
