import type { PublicArticle } from '@suotdoi/shared';
import { type Html, html, trustedHtml } from './html';
import { layout, type PageContext } from './layout';
import { articleByline, dayName, feedLinks } from './news-page';
import { TOPIC_NAMES, WORDS } from './portal-words';

/** "Trang chủ › Tin tức › …": where a page sits, the last crumb being the page itself. */
export function breadcrumbs(
  ctx: PageContext,
  trail: { href: string; text: string }[],
  current: string,
): Html {
  const w = WORDS[ctx.lang];
  return html`<nav class="crumbs" aria-label="${w.breadcrumb}"><ol>
<li><a href="/portal">${w.homeCrumb}</a></li>
${trail.map((c) => html`<li><a href="${c.href}">${c.text}</a></li>`)}
<li aria-current="page">${current}</li>
</ol></nav>`;
}

/**
 * "/portal/news/:id": one article. `bodyHtml` is the article's body as the sanitiser left it (sanitised at
 * every write, and again on the way out by getPublicArticlePage): it is the one piece of stored markup the portal
 * inserts as it is.
 */
export function articlePage(ctx: PageContext, v: { article: PublicArticle; bodyHtml: string }): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const a = v.article;
  const day = a.observanceCode ? dayName(a.observanceCode, ctx) : null;
  const body = html`${breadcrumbs(ctx, [{ href: '/portal/news', text: w.newsTitle }], a.title)}
<article class="news-article">
<h1>${a.title}</h1>
<p class="muted">${articleByline(a)}</p>
<dl class="meta">
<div><dt>${w.author}</dt><dd>${a.author}</dd></div>
${a.topic ? html`<div><dt>${w.topic}</dt><dd><a href="/portal/news?topic=${a.topic}">${TOPIC_NAMES[a.topic][lang]}</a></dd></div>` : ''}
${day ? html`<div><dt>${w.articleDay}</dt><dd>${day}</dd></div>` : ''}
</dl>
${a.coverUrl ? html`<figure class="cover"><img src="${a.coverUrl}" alt=""></figure>` : ''}
${a.summary ? html`<p class="lead">${a.summary}</p>` : ''}
<div class="article-body">
${trustedHtml(v.bodyHtml)}
</div>
</article>
${day ? html`<p class="notice"><a href="/portal/days/${a.observanceCode}${a.provinceId ? `?provinceId=${a.provinceId}` : ''}">${w.seeDay(day)}</a></p>` : ''}
<p><a class="inline-link" href="/portal/news">← ${w.backToNews}</a></p>`;
  return layout(ctx, {
    title: a.title,
    body,
    section: 'news',
    description: a.summary?.slice(0, 160) ?? undefined,
    feeds: feedLinks({}, ctx),
  });
}
