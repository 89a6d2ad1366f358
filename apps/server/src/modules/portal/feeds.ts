import type { ContentTopic, PublicArticle } from '@suotdoi/shared';
import { Feed } from 'feed';
import { sanitizeArticleBody } from '../articles/sanitize-article';
import { escapeHtml } from './html';
import type { PageContext } from './layout';
import { dayName, feedQuery } from './news-page';
import { TOPIC_NAMES, WORDS } from './portal-words';

/** Tin bài as RSS 2.0 and Atom 1.0 feeds, with the filters of the news page (province, national day, topic). */

export type FeedKind = 'rss' | 'atom';

export const FEED_TYPES: Record<FeedKind, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export interface FeedFilters {
  provinceId?: number;
  day?: string;
  topic?: ContentTopic;
}

/**
 * Links and images of a body relative to this site ("/media/…", "/portal/…") made absolute: a feed is read
 * elsewhere. Sanitised HTML writes every attribute as name="value", so the pattern is exact here.
 */
export function absoluteUrls(bodyHtml: string, origin: string): string {
  return bodyHtml.replace(/(\s(?:src|href)=")\/(?![/\\])/g, `$1${origin}/`);
}

/**
 * The feed of `articles` (the latest first). Titles and summaries are text: they are escaped, since both
 * formats carry them as HTML; the content is the sanitised body, sanitised again here as the page does.
 */
export function buildFeed(
  kind: FeedKind,
  ctx: PageContext,
  v: { articles: PublicArticle[]; origin: string; filters: FeedFilters; provinceName?: string; now: Date },
): string {
  const w = WORDS[ctx.lang];
  const { origin, filters: f } = v;
  const scope = [
    f.day ? dayName(f.day, ctx) : null,
    f.topic ? TOPIC_NAMES[f.topic][ctx.lang] : null,
    v.provinceName ?? null,
  ].filter(Boolean);
  const query = feedQuery(f);
  const lang = ctx.lang === 'vi' ? '' : `${query ? '&' : '?'}lang=${ctx.lang}`;
  const newsPage = f.day
    ? `${origin}/portal/days/${encodeURIComponent(f.day)}${f.provinceId ? `?provinceId=${f.provinceId}` : ''}`
    : `${origin}/portal/news${query}`;
  const latest = v.articles.reduce<Date | null>((max, a) => {
    const at = new Date(a.updatedAt);
    return max && max > at ? max : at;
  }, null);
  const feed = new Feed({
    id: `${origin}/portal/feed.${kind}${query}${lang}`,
    title: [w.feedTitle, ...scope].join(' · '),
    description: w.feedDescription,
    link: newsPage,
    language: ctx.lang,
    updated: latest ?? v.now,
    generator: false,
    copyright: w.siteName,
    feedLinks: {
      rss: `${origin}/portal/feed.rss${query}${lang}`,
      atom: `${origin}/portal/feed.atom${query}${lang}`,
    },
  });
  for (const a of v.articles) {
    const link = `${origin}/portal/news/${a.id}`;
    const categories = [
      ...(a.topic ? [{ name: TOPIC_NAMES[a.topic][ctx.lang], term: a.topic }] : []),
      ...(a.observanceCode ? [{ name: dayName(a.observanceCode, ctx), term: a.observanceCode }] : []),
    ];
    feed.addItem({
      title: escapeHtml(a.title),
      id: link,
      link,
      date: new Date(a.publishedAt),
      published: new Date(a.publishedAt),
      description: a.summary ? escapeHtml(a.summary) : undefined,
      // The cover opens the content: an enclosure would need the image's type in its name, which /media lacks.
      content: absoluteUrls(
        `${a.coverUrl ? `<figure><img src="${a.coverUrl}" alt="" /></figure>` : ''}${sanitizeArticleBody(a.body).html}`,
        origin,
      ),
      author: [{ name: a.author }],
      category: categories,
    });
  }
  return kind === 'rss' ? feed.rss2() : feed.atom1();
}
