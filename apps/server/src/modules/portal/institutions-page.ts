import {
  categoryName,
  type DigitalResource,
  INSTITUTION_CATEGORIES,
  type InstitutionCategory,
  type PublicInstitution,
  type PublicInstitutionDetail,
  type PublicInstitutionPage,
} from '@suotdoi/shared';
import { type Html, html, safeExternalUrl } from './html';
import { layout, type PageContext } from './layout';
import { activityCard, inputField, type Option, pager, selectField } from './parts';
import { RESOURCE_KIND_NAMES, WORDS } from './portal-words';

export interface InstitutionFilters {
  provinceId?: number;
  communeId?: number;
  category?: InstitutionCategory;
  q?: string;
  page: number;
}

export function institutionFilterQuery(f: InstitutionFilters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.q) q.set('q', f.q);
  if (f.provinceId) q.set('provinceId', String(f.provinceId));
  if (f.communeId) q.set('communeId', String(f.communeId));
  if (f.category) q.set('category', f.category);
  return q;
}

const categoryLabel = (category: string, ctx: PageContext) =>
  (INSTITUTION_CATEGORIES as readonly string[]).includes(category)
    ? categoryName(category as InstitutionCategory, ctx.lang)
    : category;

/** Address, hours, phone, e-mail and website of an institution, as a definition list. */
function contactList(i: PublicInstitution, ctx: PageContext): Html {
  const w = WORDS[ctx.lang];
  const site = safeExternalUrl(i.website);
  const address = [i.address, i.communeName, i.provinceName].filter(Boolean).join(', ');
  return html`<dl class="meta">
${address ? html`<div><dt>${w.address}</dt><dd>${address}</dd></div>` : ''}
${i.openingHours ? html`<div><dt>${w.openingHours}</dt><dd>${i.openingHours}</dd></div>` : ''}
${i.services.length > 0 ? html`<div><dt>${w.services}</dt><dd>${i.services.join(', ')}</dd></div>` : ''}
${i.phone ? html`<div><dt>${w.phone}</dt><dd><a href="tel:${i.phone.replace(/[^\d+]/g, '')}">${i.phone}</a></dd></div>` : ''}
${i.email ? html`<div><dt>${w.email}</dt><dd><a href="mailto:${i.email}">${i.email}</a></dd></div>` : ''}
${site ? html`<div><dt>${w.websiteLink}</dt><dd><a href="${site}" rel="noopener noreferrer">${i.website}</a></dd></div>` : ''}
</dl>`;
}

/** "/portal/institutions": the directory with its filters. */
export function institutionsPage(
  ctx: PageContext,
  v: { filters: InstitutionFilters; result: PublicInstitutionPage; provinces: Option[]; communes: Option[] },
): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const f = v.filters;
  const query = institutionFilterQuery(f);
  const body = html`<h1>${w.institutionsTitle}</h1>
<p class="lead">${w.institutionsIntro}</p>
<form class="panel" method="get" action="/portal/institutions" role="search" aria-label="${w.institutionsTitle}">
<div class="grid">
${inputField({ id: 'f-q', name: 'q', label: w.keyword, type: 'search', value: f.q, hint: w.keywordHint, maxlength: 100 })}
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
${selectField({
  id: 'f-category',
  name: 'category',
  label: w.category,
  options: INSTITUTION_CATEGORIES.map((c) => ({ value: c, label: categoryName(c, lang) })),
  value: f.category,
  allLabel: w.all,
})}
</div>
<div class="actions">
<button type="submit">${w.apply}</button>
<a class="button secondary" href="/portal/institutions">${w.reset}</a>
</div>
</form>
<h2 id="results">${w.institutionsCount(v.result.total)}</h2>
${
  v.result.items.length === 0
    ? html`<p class="notice">${w.noInstitutions}</p>`
    : html`<ul class="cards" aria-labelledby="results">${v.result.items.map(
        (i) => html`<li class="card">
<h3><a href="/portal/institutions/${i.id}">${i.name}</a></h3>
<p class="hint">${categoryLabel(i.category, ctx)}</p>
${contactList(i, ctx)}
</li>`,
      )}</ul>`
}
${pager('/portal/institutions', query, v.result.page, v.result.pageSize, v.result.total, lang)}`;
  return layout(ctx, {
    title: w.institutionsTitle,
    body,
    section: 'institutions',
    description: w.institutionsIntro,
  });
}

/** "/portal/institutions/:id": details, upcoming activities and digital resources. */
export function institutionPage(ctx: PageContext, v: { detail: PublicInstitutionDetail }): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const { institution: i, activities, resources } = v.detail;
  const body = html`<p><a class="inline-link" href="/portal/institutions">← ${w.institutionsTitle}</a></p>
<h1>${i.name}</h1>
<p class="hint">${categoryLabel(i.category, ctx)}</p>
<div class="panel">${contactList(i, ctx)}</div>
<h2 id="upcoming">${w.upcoming}</h2>
${
  activities.length === 0
    ? html`<p class="notice">${w.noUpcoming}</p>`
    : html`<ul class="cards" aria-labelledby="upcoming">${activities.map((a) => activityCard(a, ctx))}</ul>`
}
<h2 id="resources">${w.resources}</h2>
${resources.length === 0 ? html`<p class="notice">${w.noResources}</p>` : resourceList(resources, ctx, 'resources', false)}`;
  return layout(ctx, { title: i.name, body, section: 'institutions' });
}

/** Resources as cards: title (a link out), kind, institution, description. */
export function resourceList(
  items: DigitalResource[],
  ctx: PageContext,
  labelledBy: string,
  showInstitution = true,
): Html {
  const w = WORDS[ctx.lang];
  return html`<ul class="cards" aria-labelledby="${labelledBy}">${items.map((r) => {
    const href = safeExternalUrl(r.url);
    return html`<li class="card">
<h3>${href ? html`<a href="${href}" rel="noopener noreferrer">${r.title} <span class="vh">${w.opensElsewhere}</span></a>` : r.title}</h3>
<p class="hint">${RESOURCE_KIND_NAMES[r.kind][ctx.lang]}${showInstitution ? html` · <a href="/portal/institutions/${r.institutionId}">${r.institutionName}</a>` : ''}</p>
${r.description ? html`<p>${r.description}</p>` : ''}
</li>`;
  })}</ul>`;
}
