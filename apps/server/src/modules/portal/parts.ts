import type { Lang, PublicActivity } from '@suotdoi/shared';
import { isoInstant, spanPieces } from './format';
import { type Html, html } from './html';
import type { PageContext } from './layout';
import { ACTIVITY_TYPE_NAMES, AUDIENCE_NAMES, registrationStateName, WORDS } from './portal-words';

export interface Option {
  value: string;
  label: string;
}

/** A labelled select; the first option is "all" (empty value) unless `required`. */
export function selectField(f: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  value: string | undefined;
  allLabel?: string;
  hint?: string;
  disabled?: boolean;
}): Html {
  const hintId = `${f.id}-hint`;
  return html`<div class="field">
<label for="${f.id}">${f.label}</label>
${f.hint ? html`<span class="hint" id="${hintId}">${f.hint}</span>` : ''}
<select id="${f.id}" name="${f.name}"${f.hint ? html` aria-describedby="${hintId}"` : ''}${f.disabled ? html` disabled` : ''}>
${f.allLabel !== undefined ? html`<option value="">${f.allLabel}</option>` : ''}
${f.options.map((o) => html`<option value="${o.value}"${o.value === f.value ? html` selected` : ''}>${o.label}</option>`)}
</select>
</div>`;
}

/** A labelled text-like input with an optional hint and error, wired with aria-describedby. */
export function inputField(f: {
  id: string;
  name: string;
  label: string;
  type?: string;
  value?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: string;
  placeholder?: string;
  maxlength?: number;
}): Html {
  const hintId = `${f.id}-hint`;
  const errorId = `${f.id}-error`;
  const described = [f.hint ? hintId : null, f.error ? errorId : null].filter(Boolean).join(' ');
  return html`<div class="field">
<label for="${f.id}">${f.label}${f.required ? html` <span aria-hidden="true">*</span>` : ''}</label>
${f.hint ? html`<span class="hint" id="${hintId}">${f.hint}</span>` : ''}
${f.error ? html`<span class="field-error" id="${errorId}">${f.error}</span>` : ''}
<input type="${f.type ?? 'text'}" id="${f.id}" name="${f.name}" value="${f.value ?? ''}"${described ? html` aria-describedby="${described}"` : ''}${f.error ? html` aria-invalid="true"` : ''}${f.required ? html` required aria-required="true"` : ''}${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${f.inputmode ? html` inputmode="${f.inputmode}"` : ''}${f.placeholder ? html` placeholder="${f.placeholder}"` : ''}${f.maxlength ? html` maxlength="${f.maxlength}"` : ''}>
</div>`;
}

/** A <time> of a span whose pieces never break inside (no "10:00" alone on a line). */
export function timeSpan(startsAt: string, endsAt: string, lang: Lang): Html {
  const pieces = spanPieces(startsAt, endsAt, lang).map((p) => html`<span class="nw">${p}</span>`);
  return html`<time datetime="${isoInstant(startsAt)}">${pieces.flatMap((p, i) => (i === 0 ? [p] : [' ', p]))}</time>`;
}

/** Where an activity happens: its place, online, or both. */
export function placeText(a: Pick<PublicActivity, 'place' | 'onlineUrl'>, lang: Lang): string {
  const w = WORDS[lang];
  if (a.place && a.onlineUrl) return `${a.place} · ${w.online}`;
  return a.place ?? (a.onlineUrl ? w.online : '');
}

/** The institution with its commune and province. */
export function institutionLine(i: PublicActivity['institution']): string {
  return [i.name, i.communeName, i.provinceName].filter(Boolean).join(', ');
}

/** Badges: the kind, the national day, and whether one can still join. */
export function activityBadges(a: PublicActivity, ctx: PageContext): Html {
  const lang = ctx.lang;
  const w = WORDS[lang];
  const state =
    a.status === 'cancelled'
      ? html`<li class="badge bad">${w.cancelled}</li>`
      : a.status === 'completed'
        ? html`<li class="badge shut">${w.completed}</li>`
        : html`<li class="badge ${stateClass(a.registration)}">${registrationStateName(a.registration, a.placesLeft, lang)}</li>`;
  return html`<ul class="badges">
${state}
${a.observance ? html`<li class="badge day">${observanceName(a.observance, ctx)}</li>` : ''}
<li class="badge shut">${ACTIVITY_TYPE_NAMES[a.type][lang]}</li>
</ul>`;
}

function stateClass(state: PublicActivity['registration']): string {
  if (state === 'open' || state === 'walk_in') return 'open';
  if (state === 'full_waitlist') return 'wait';
  return 'shut';
}

/** An observance's name in the page's language; the service gives one name, the catalogue both. */
export function observanceName(o: { code: string; name: string }, ctx: PageContext): string {
  return ctx.observances.get(o.code)?.[ctx.lang] ?? o.name;
}

export function audiencesText(audiences: PublicActivity['audiences'], lang: Lang): string {
  return audiences.map((a) => AUDIENCE_NAMES[a][lang]).join(', ');
}

/** One activity as a card in a list; `heading` is the level its title takes in the page's outline. */
export function activityCard(a: PublicActivity, ctx: PageContext, heading: 'h2' | 'h3' = 'h3'): Html {
  const lang = ctx.lang;
  const w = WORDS[lang];
  const title = html`<a href="/portal/activities/${a.id}">${a.title}</a>`;
  return html`<li class="card">
${heading === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<dl class="meta">
<div><dt>${w.when}</dt><dd>${timeSpan(a.startsAt, a.endsAt, lang)}</dd></div>
<div><dt>${w.organiser}</dt><dd>${institutionLine(a.institution)}</dd></div>
<div><dt>${w.where}</dt><dd>${placeText(a, lang)}</dd></div>
<div><dt>${w.who}</dt><dd>${audiencesText(a.audiences, lang)}</dd></div>
</dl>
${activityBadges(a, ctx)}
</li>`;
}

/** Previous / next links and "page p of n"; nothing when everything fits on one page. */
export function pager(
  base: string,
  query: URLSearchParams,
  page: number,
  pageSize: number,
  total: number,
  lang: Lang,
): Html {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return html``;
  const w = WORDS[lang];
  const href = (p: number) => {
    const q = new URLSearchParams(query);
    if (p === 1) q.delete('page');
    else q.set('page', String(p));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  return html`<nav class="pager" aria-label="${w.pagination}">
${page > 1 ? html`<a class="button secondary" rel="prev" href="${href(page - 1)}">${w.previous}</a>` : html`<span></span>`}
<span>${w.pageOf(page, pages)}</span>
${page < pages ? html`<a class="button secondary" rel="next" href="${href(page + 1)}">${w.next}</a>` : html`<span></span>`}
</nav>`;
}
