import { type DigitalResource, type PublicResourcePage, RESOURCE_KINDS } from '@suotdoi/shared';
import { html } from './html';
import { resourceList } from './institutions-page';
import { layout, type PageContext } from './layout';
import { inputField, type Option, pager, selectField } from './parts';
import { RESOURCE_KIND_NAMES, WORDS } from './portal-words';

type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface ResourceFilters {
  provinceId?: number;
  kind?: ResourceKind;
  q?: string;
  page: number;
}

export function resourceFilterQuery(f: ResourceFilters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.q) q.set('q', f.q);
  if (f.provinceId) q.set('provinceId', String(f.provinceId));
  if (f.kind) q.set('kind', f.kind);
  return q;
}

/** "/portal/resources": the digital resources catalogue, grouped by kind. */
export function resourcesPage(
  ctx: PageContext,
  v: { filters: ResourceFilters; result: PublicResourcePage; provinces: Option[] },
): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const f = v.filters;
  const byKind = new Map<ResourceKind, DigitalResource[]>();
  for (const r of v.result.items) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const body = html`<h1>${w.resourcesTitle}</h1>
<p class="lead">${w.resourcesIntro}</p>
<form class="panel" method="get" action="/portal/resources" role="search" aria-label="${w.resourcesTitle}">
<div class="grid">
${inputField({ id: 'f-q', name: 'q', label: w.keyword, type: 'search', value: f.q, hint: w.keywordHint, maxlength: 100 })}
${selectField({ id: 'f-kind', name: 'kind', label: w.kind, options: RESOURCE_KINDS.map((k) => ({ value: k, label: RESOURCE_KIND_NAMES[k][lang] })), value: f.kind, allLabel: w.all })}
${selectField({ id: 'f-province', name: 'provinceId', label: w.province, options: v.provinces, value: f.provinceId ? String(f.provinceId) : undefined, allLabel: w.all })}
</div>
<div class="actions">
<button type="submit">${w.apply}</button>
<a class="button secondary" href="/portal/resources">${w.reset}</a>
</div>
</form>
<p class="status">${w.resourcesCount(v.result.total)}</p>
${RESOURCE_KINDS.filter((k) => byKind.has(k)).map(
  (k) =>
    html`<h2 id="kind-${k}">${RESOURCE_KIND_NAMES[k][lang]}</h2>${resourceList(byKind.get(k)!, ctx, `kind-${k}`)}`,
)}
${pager('/portal/resources', resourceFilterQuery(f), v.result.page, v.result.pageSize, v.result.total, lang)}`;
  return layout(ctx, { title: w.resourcesTitle, body, section: 'resources', description: w.resourcesIntro });
}
