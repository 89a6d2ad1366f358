import type { LearnerRecord } from '@suotdoi/shared';
import { formatDate, formatHours, isoInstant } from './format';
import { html } from './html';
import { layout, type PageContext } from './layout';
import { ACTIVITY_TYPE_NAMES, WORDS } from './portal-words';

/** "/portal/learners/:token": the learning record, its PDF, and deleting it. */
export function learnerPage(ctx: PageContext, v: { token: string; record: LearnerRecord }): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const r = v.record;
  const body = html`<h1>${w.learnerTitle}</h1>
${r.name ? html`<p class="lead">${r.name}</p>` : ''}
${
  r.activities.length === 0
    ? html`<p class="notice">${w.learnerEmpty}</p>`
    : html`<div class="table-scroll" role="region" aria-labelledby="record-caption" tabindex="0">
<table>
<caption id="record-caption" class="vh">${w.learnerTitle}</caption>
<thead><tr><th scope="col">${w.activity}</th><th scope="col">${w.date}</th><th scope="col" class="num">${w.sessionsAttended}</th><th scope="col" class="num">${w.hours}</th></tr></thead>
<tbody>
${r.activities.map(
  (a) =>
    html`<tr><td>${a.title}<br><span class="hint">${ACTIVITY_TYPE_NAMES[a.type][lang]} · ${a.institutionName}</span></td><td><time datetime="${isoInstant(a.startsAt)}">${formatDate(a.startsAt)}</time></td><td class="num">${a.sessionsAttended}</td><td class="num">${formatHours(a.hours, lang)}</td></tr>`,
)}
</tbody>
<tfoot><tr><th scope="row" colspan="3">${w.total}</th><td class="num"><strong>${formatHours(r.totalHours, lang)}</strong></td></tr></tfoot>
</table>
</div>`
}
<div class="actions">
<a class="button" href="/portal/learners/${v.token}/record.pdf" type="application/pdf" download>${w.downloadPdf}</a>
</div>
<h2>${w.deleteData}</h2>
<form method="post" action="/portal/learners/${v.token}/delete">
<p>${w.deleteConfirmText}</p>
<button type="submit" class="danger">${w.deleteData}</button>
</form>`;
  return layout(ctx, { title: w.learnerTitle, body, noindex: true });
}

export function deleteConfirmPage(ctx: PageContext, v: { token: string }): string {
  const w = WORDS[ctx.lang];
  const body = html`<h1>${w.deleteConfirmTitle}</h1>
<p>${w.deleteConfirmText}</p>
<form method="post" action="/portal/learners/${v.token}/delete" class="actions">
<input type="hidden" name="confirm" value="yes">
<button type="submit" class="danger">${w.deleteConfirm}</button>
<a class="button secondary" href="/portal/learners/${v.token}">${w.keep}</a>
</form>`;
  return layout(ctx, { title: w.deleteConfirmTitle, body, noindex: true });
}

export function deletedPage(ctx: PageContext): string {
  const w = WORDS[ctx.lang];
  const body = html`<h1>${w.deletedTitle}</h1>
<p class="notice good" role="status">${w.deletedText}</p>
<p><a class="inline-link" href="/portal">${w.home}</a></p>`;
  return layout(ctx, { title: w.deletedTitle, body, noindex: true });
}

/** A page with one message: not found, an error, too many requests. */
export function messagePage(ctx: PageContext, v: { title: string; text: string; noindex?: boolean }): string {
  const w = WORDS[ctx.lang];
  const body = html`<h1>${v.title}</h1>
<p class="notice">${v.text}</p>
<p><a class="inline-link" href="/portal">${w.home}</a></p>`;
  return layout(ctx, { title: v.title, body, noindex: v.noindex ?? true });
}
