import {
  ACTIVITY_TYPES,
  type ActivityType,
  AUDIENCES,
  type Audience,
  type PublicActivityPage,
} from '@suotdoi/shared';
import { html } from './html';
import { layout, type PageContext } from './layout';
import { activityCard, inputField, type Option, pager, selectField } from './parts';
import { ACTIVITY_TYPE_NAMES, AUDIENCE_NAMES, WORDS } from './portal-words';

/** The filters of the portal's list as the form shows them; dates are ISO (what <input type=date> holds). */
export interface ActivityFilters {
  provinceId?: number;
  communeId?: number;
  type?: ActivityType;
  audience?: Audience;
  observance?: string;
  from?: string;
  to?: string;
  q?: string;
  page: number;
}

export interface FilterErrors {
  from?: boolean;
  to?: boolean;
}

/** The filters as a query string (no page): the list's links, the pager and the iCal feed share it. */
export function filterQuery(f: ActivityFilters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.q) q.set('q', f.q);
  if (f.provinceId) q.set('provinceId', String(f.provinceId));
  if (f.communeId) q.set('communeId', String(f.communeId));
  if (f.type) q.set('type', f.type);
  if (f.audience) q.set('audience', f.audience);
  if (f.observance) q.set('observance', f.observance);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  return q;
}

/** "/portal": upcoming activities, the filter form (GET, works without JavaScript), cards and pages. */
export function activitiesPage(
  ctx: PageContext,
  v: {
    filters: ActivityFilters;
    errors: FilterErrors;
    result: PublicActivityPage;
    provinces: Option[];
    communes: Option[];
  },
): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const f = v.filters;
  const query = filterQuery(f);
  const more = Boolean(
    f.provinceId || f.type || f.audience || f.observance || f.from || f.to || v.errors.from || v.errors.to,
  );
  const feed = query.toString();
  const body = html`<h1>${w.listTitle}</h1>
<p class="lead">${w.listIntro}</p>
<form class="panel" method="get" action="/portal" role="search" aria-label="${w.filters}">
${inputField({ id: 'f-q', name: 'q', label: w.keyword, type: 'search', value: f.q, hint: w.keywordHint, maxlength: 100 })}
<details${more ? html` open` : ''}>
<summary>${w.moreFilters}</summary>
<div class="grid">
${selectField({ id: 'f-province', name: 'provinceId', label: w.province, options: v.provinces, value: f.provinceId ? String(f.provinceId) : undefined, allLabel: w.all })}
${selectField({
  id: 'f-commune',
  name: 'communeId',
  label: w.commune,
  options: v.communes,
  value: f.communeId ? String(f.communeId) : undefined,
  allLabel: w.all,
  hint: v.communes.length === 0 ? w.communeHint : undefined,
  disabled: v.communes.length === 0,
})}
${selectField({ id: 'f-type', name: 'type', label: w.type, options: ACTIVITY_TYPES.map((t) => ({ value: t, label: ACTIVITY_TYPE_NAMES[t][lang] })), value: f.type, allLabel: w.all })}
${selectField({ id: 'f-audience', name: 'audience', label: w.audience, options: AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_NAMES[a][lang] })), value: f.audience, allLabel: w.all })}
${selectField({
  id: 'f-observance',
  name: 'observance',
  label: w.observance,
  options: [...ctx.observances].map(([code, name]) => ({ value: code, label: name[lang] })),
  value: f.observance,
  allLabel: w.all,
})}
${inputField({ id: 'f-from', name: 'from', label: w.from, type: 'date', value: f.from, placeholder: w.datePlaceholder, error: v.errors.from ? w.badDate : undefined })}
${inputField({ id: 'f-to', name: 'to', label: w.to, type: 'date', value: f.to, placeholder: w.datePlaceholder, error: v.errors.to ? w.badDate : undefined })}
</div>
</details>
<div class="actions">
<button type="submit">${w.apply}</button>
<a class="button secondary" href="/portal">${w.reset}</a>
</div>
</form>
<h2 id="results">${w.results(v.result.total)}</h2>
${
  v.result.items.length === 0
    ? html`<p class="notice">${w.noResults}</p>`
    : html`<ul class="cards" aria-labelledby="results">${v.result.items.map((a) => activityCard(a, ctx))}</ul>`
}
${pager('/portal', query, v.result.page, v.result.pageSize, v.result.total, lang)}
<ul class="links">
<li><a href="/portal/calendar.ics${feed ? `?${feed}` : ''}" type="text/calendar">${w.subscribe}</a> <span class="hint">${w.subscribeHint}</span></li>
<li><a href="/portal/institutions">${w.seeInstitutions}</a></li>
<li><a href="/portal/resources">${w.seeResources}</a></li>
</ul>`;
  return layout(ctx, { title: w.listTitle, body, section: 'activities', description: w.listIntro });
}
