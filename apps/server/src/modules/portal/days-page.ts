import type { IsoDate, PublicActivity, PublicArticleSummary } from '@suotdoi/shared';
import type { ObservanceDay } from '../articles/observance-days';
import { breadcrumbs } from './article-page';
import { type Html, html } from './html';
import { layout, type PageContext } from './layout';
import { articleCard, feedLinks, feedList } from './news-page';
import { activityCard, type Option, selectField } from './parts';
import { WORDS } from './portal-words';

const dmy = (d: IsoDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** "23/04/2027", or "01/10–07/10/2027" for a week; "today" when it is today. */
export function nextDateText(
  day: Pick<ObservanceDay, 'from' | 'to'>,
  today: IsoDate,
  ctx: PageContext,
): Html {
  const w = WORDS[ctx.lang];
  const text = day.from === day.to ? dmy(day.from) : `${dmy(day.from).slice(0, 5)}–${dmy(day.to)}`;
  const now = day.from <= today && today <= day.to;
  return html`<time datetime="${day.from}">${text}</time>${now ? html` (${w.isToday})` : ''}`;
}

/** "/portal/days": every national day of the catalogue with its next date, the nearest first. */
export function daysPage(ctx: PageContext, v: { days: ObservanceDay[]; today: IsoDate }): string {
  const w = WORDS[ctx.lang];
  const body = html`<h1>${w.daysTitle}</h1>
<p class="lead">${w.daysIntro}</p>
<ul class="cards days">
${v.days.map(
  (d) => html`<li class="card">
<h2><a href="/portal/days/${d.code}">${d.name[ctx.lang]}</a></h2>
<p><span class="day-label">${w.nextDate}:</span> ${nextDateText(d, v.today, ctx)}</p>
</li>`,
)}
</ul>
<ul class="links"><li><a href="/portal/news">${w.allNews}</a></li></ul>`;
  return layout(ctx, { title: w.daysTitle, body, section: 'days', description: w.daysIntro });
}

/**
 * "/portal/days/:code": a national day's page: its next date, a province to look at (the whole country
 * otherwise), the activities for it coming up and those held in the last year, its articles, and its feeds.
 */
export function dayPage(
  ctx: PageContext,
  v: {
    day: ObservanceDay;
    today: IsoDate;
    provinceId?: number;
    provinces: Option[];
    upcoming: PublicActivity[];
    recent: PublicActivity[];
    articles: PublicArticleSummary[];
  },
): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const name = v.day.name[lang];
  const listing = new URLSearchParams({ observance: v.day.code });
  if (v.provinceId) listing.set('provinceId', String(v.provinceId));
  const feeds = feedLinks({ day: v.day.code, provinceId: v.provinceId }, ctx);
  const activities = (id: string, title: string, list: PublicActivity[], empty: string) =>
    html`<section aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
${
  list.length === 0
    ? html`<p class="notice">${empty}</p>`
    : html`<ul class="cards" aria-labelledby="${id}">${list.map((a) => activityCard(a, ctx))}</ul>`
}
</section>`;
  const body = html`${breadcrumbs(ctx, [{ href: '/portal/days', text: w.daysTitle }], name)}
<h1>${name}</h1>
<p class="lead"><span class="day-label">${w.nextDate}:</span> ${nextDateText(v.day, v.today, ctx)}</p>
<p>${w.dayIntro(name)}</p>
<form class="panel" method="get" action="/portal/days/${v.day.code}" aria-label="${w.dayFilter}">
${selectField({ id: 'f-province', name: 'provinceId', label: w.province, options: v.provinces, value: v.provinceId ? String(v.provinceId) : undefined, allLabel: w.allProvinces })}
<div class="actions"><button type="submit">${w.show}</button></div>
</form>
${activities('upcoming', w.upcomingActivities, v.upcoming, w.noUpcomingActivities)}
${v.upcoming.length > 0 ? html`<p><a class="inline-link" href="/portal?${listing.toString()}">${w.dayInListing} →</a></p>` : ''}
${activities('recent', w.recentActivities, v.recent, w.noRecentActivities)}
<section aria-labelledby="day-articles">
<h2 id="day-articles">${w.dayArticles}</h2>
${
  v.articles.length === 0
    ? html`<p class="notice">${w.noDayArticles}</p>`
    : html`<ul class="cards news-cards" aria-labelledby="day-articles">${v.articles.map((a) => articleCard(a, ctx))}</ul>`
}
</section>
<h2 id="follow">${w.feeds}</h2>
${feedList(feeds, ctx, html`<li><a href="/portal/days">${w.allDays}</a></li>`)}`;
  return layout(ctx, { title: name, body, section: 'days', description: w.dayIntro(name), feeds });
}
