import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '@suotdoi/shared';
import { type Html, html } from './html';
import { WORDS } from './portal-words';

/** The one style sheet, served from /portal/portal.css and named by its hash so a phone keeps it for a year. */
export const PORTAL_CSS = readFileSync(path.join(import.meta.dirname, 'portal.css'), 'utf8');
export const PORTAL_CSS_HASH = createHash('sha256').update(PORTAL_CSS).digest('hex').slice(0, 12);

export type Section = 'activities' | 'institutions' | 'resources' | 'news' | 'days' | null;

/** A feed of the page's content, announced in its head so that a reader finds it from the page's address. */
export interface FeedLink {
  title: string;
  href: string;
  type: 'application/rss+xml' | 'application/atom+xml';
}

export interface PageContext {
  lang: Lang;
  /** The path and query of this page as a GET, for the language switch. */
  path: string;
  query: URLSearchParams;
  /** The national days' names in both languages, by code (the catalogue). */
  observances: Map<string, Record<Lang, string>>;
}

/** The same page in the other language: the query kept, `lang` switched (the handler remembers it in a cookie). */
export function otherLangHref(ctx: PageContext): string {
  const q = new URLSearchParams(ctx.query);
  q.set('lang', ctx.lang === 'vi' ? 'en' : 'vi');
  return `${ctx.path}?${q.toString()}`;
}

/** The shell of every portal page: skip link, header with the sections and the language switch, main, footer. */
export function layout(
  ctx: PageContext,
  page: {
    title: string;
    body: Html;
    section?: Section;
    noindex?: boolean;
    description?: string;
    feeds?: FeedLink[];
  },
): string {
  const w = WORDS[ctx.lang];
  const other: Lang = ctx.lang === 'vi' ? 'en' : 'vi';
  const navLink = (section: Section, href: string, text: string) =>
    html`<a href="${href}"${page.section === section ? html` aria-current="page"` : ''}>${text}</a>`;
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${w.siteName}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.noindex ? html`<meta name="robots" content="noindex, nofollow">` : ''}
<link rel="stylesheet" href="/portal/portal.css?v=${PORTAL_CSS_HASH}">${(page.feeds ?? []).map(
    (f) => html`\n<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}">`,
  )}
</head>
<body>
<a class="skip" href="#main">${w.skip}</a>
<header class="site"><div class="wrap">
<a class="brand" href="/portal">${w.siteName}</a>
<a href="${otherLangHref(ctx)}" lang="${other}" hreflang="${other}">${w.switchLang}</a>
<nav aria-label="${w.navLabel}">
${navLink('activities', '/portal', w.navActivities)}
${navLink('institutions', '/portal/institutions', w.navInstitutions)}
${navLink('resources', '/portal/resources', w.navResources)}
${navLink('news', '/portal/news', w.navNews)}
${navLink('days', '/portal/days', w.navDays)}
</nav>
</div></header>
<main id="main" tabindex="-1"><div class="wrap">
${page.body}
</div></main>
<footer><div class="wrap">
<p>${w.footer}</p>
<p>${w.footerPrivacy}</p>
</div></footer>
</body>
</html>
`.value;
}
