import type { PublicActivity, PublicInstitution } from '@suotdoi/shared';
import { type Html, html, safeExternalUrl } from './html';
import { layout, type PageContext } from './layout';
import { activityBadges, audiencesText, inputField, observanceName, placeText, timeSpan } from './parts';
import { ACTIVITY_TYPE_NAMES, WORDS } from './portal-words';

/** What the person typed, given back when the form has errors (never the consent: it is ticked again). */
export interface RegistrationFormValues {
  name: string;
  contact: string;
  keepRecord: boolean;
}

export interface RegistrationFormErrors {
  name?: string;
  contact?: string;
  consent?: string;
  /** An error about the whole form (closed meanwhile, too many tries, …). */
  form?: string;
}

/** The consent texts in the page's language, the retention period filled in. */
export interface ConsentTexts {
  registration: string;
  keepRecord: string;
}

/** The activity as the portal shows it. */
export type PortalActivity = PublicActivity;

const takesRegistrations = (a: PublicActivity) =>
  a.status === 'published' && (a.registration === 'open' || a.registration === 'full_waitlist');

/** "/portal/activities/:id": details, sessions, the institution, the calendar file and the registration form. */
export function activityPage(
  ctx: PageContext,
  v: {
    activity: PortalActivity;
    institution: PublicInstitution | null;
    consent: ConsentTexts;
    values?: RegistrationFormValues;
    errors?: RegistrationFormErrors;
  },
): string {
  const { lang } = ctx;
  const w = WORDS[lang];
  const a = v.activity;
  const errors = v.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const online = safeExternalUrl(a.onlineUrl);
  const inst = v.institution;
  const where = [
    inst?.address ?? a.institution.address,
    a.institution.communeName,
    a.institution.provinceName,
  ]
    .filter(Boolean)
    .join(', ');
  const body = html`<p><a class="inline-link" href="/portal">← ${w.backToList}</a></p>
<article>
<h1>${a.title}</h1>
${hasErrors ? html`<p class="notice bad"><a href="#errors">${w.errorJump}</a></p>` : ''}
${activityBadges(a, ctx)}
${
  a.status === 'cancelled'
    ? html`<div class="notice bad" role="status"><p><strong>${w.cancelledNotice}</strong></p>${a.cancelReason ? html`<p>${w.reason}: ${a.cancelReason}</p>` : ''}</div>`
    : a.status === 'completed'
      ? html`<p class="notice">${w.completedNotice}</p>`
      : ''
}
<dl class="meta panel">
<div><dt>${w.when}</dt><dd>${timeSpan(a.startsAt, a.endsAt, lang)}</dd></div>
<div><dt>${w.where}</dt><dd>${placeText(a, lang)}</dd></div>
<div><dt>${w.type}</dt><dd>${ACTIVITY_TYPE_NAMES[a.type][lang]}</dd></div>
<div><dt>${w.who}</dt><dd>${audiencesText(a.audiences, lang)}</dd></div>
${a.observance ? html`<div><dt>${w.observance}</dt><dd>${observanceName(a.observance, ctx)}</dd></div>` : ''}
</dl>
${a.description ? a.description.split(/\n{2,}/).map((p) => html`<p>${p}</p>`) : ''}
<div class="actions">
<a class="button secondary" href="/portal/activities/${a.id}/calendar.ics" type="text/calendar">${w.addToCalendar}</a>
${online && a.status === 'published' ? html`<a class="button secondary" href="${online}" rel="noopener noreferrer">${w.joinOnline} <span class="vh">${w.opensElsewhere}</span></a>` : ''}
</div>
${
  a.sessions.length > 1
    ? html`<h2>${w.sessions}</h2>
<ol class="sessions">${a.sessions.map((s) => html`<li>${timeSpan(s.startsAt, s.endsAt, lang)}</li>`)}</ol>`
    : ''
}
<h2>${w.organiser}</h2>
<div class="panel">
<p><strong>${inst ? html`<a href="/portal/institutions/${a.institution.id}">${inst.name}</a>` : a.institution.name}</strong></p>
<dl class="meta">
${where ? html`<div><dt>${w.address}</dt><dd>${where}</dd></div>` : ''}
${inst?.openingHours ? html`<div><dt>${w.openingHours}</dt><dd>${inst.openingHours}</dd></div>` : ''}
${inst?.phone ? html`<div><dt>${w.phone}</dt><dd><a href="tel:${inst.phone.replace(/[^\d+]/g, '')}">${inst.phone}</a></dd></div>` : ''}
</dl>
</div>
</article>
${registrationSection(ctx, a, v.consent, v.values, errors, hasErrors)}`;
  return layout(ctx, {
    title: hasErrors ? `${lang === 'vi' ? 'Lỗi' : 'Error'}: ${a.title}` : a.title,
    body,
    section: 'activities',
    description: a.description?.slice(0, 160) ?? undefined,
  });
}

function registrationSection(
  ctx: PageContext,
  a: PortalActivity,
  consent: ConsentTexts,
  values: RegistrationFormValues | undefined,
  errors: RegistrationFormErrors,
  hasErrors: boolean,
): Html {
  const { lang } = ctx;
  const w = WORDS[lang];
  // Why the registration just sent was refused (closed or cancelled meanwhile), where there is no form.
  const refused = errors.form ? html`<p class="notice bad" id="errors" role="alert">${errors.form}</p>` : '';
  if (a.status !== 'published') return refused ? html`<h2>${w.register}</h2>${refused}` : html``;
  if (a.registration === 'walk_in') return html`${refused}<p class="notice good">${w.walkIn}</p>`;
  if (!takesRegistrations(a)) {
    return html`<h2>${w.register}</h2>${refused}<p class="notice warn">${a.registration === 'not_yet_open' ? w.notYetOpen : w.closed}</p>`;
  }
  const fieldErrors = (['name', 'contact', 'consent'] as const).filter((k) => errors[k]);
  return html`<section aria-labelledby="register">
<h2 id="register">${w.register}</h2>
${
  hasErrors
    ? html`<div class="errors" role="alert" tabindex="-1" id="errors">
<h3>${w.errorSummary}</h3>
${errors.form ? html`<p>${errors.form}</p>` : ''}
${fieldErrors.length > 0 ? html`<ul>${fieldErrors.map((k) => html`<li><a href="#f-${k}">${errors[k]}</a></li>`)}</ul>` : ''}
</div>`
    : ''
}
${a.registration === 'full_waitlist' ? html`<p class="notice warn">${w.waitlistNotice}</p>` : ''}
<form class="panel" method="post" action="/portal/activities/${a.id}" novalidate>
<p class="hint">${w.registerIntro}</p>
${inputField({ id: 'f-name', name: 'name', label: w.name, value: values?.name, error: errors.name, required: true, autocomplete: 'name', maxlength: 100 })}
${inputField({ id: 'f-contact', name: 'contact', label: w.contact, value: values?.contact, hint: w.contactHint, error: errors.contact, required: true, maxlength: 120 })}
<div class="hp" aria-hidden="true">
<label for="f-website">${w.website}</label>
<input type="text" id="f-website" name="website" value="" tabindex="-1" autocomplete="off">
</div>
<fieldset>
<legend>${w.consentLegend}</legend>
<p class="consent-text" id="consent-text">${consent.registration}</p>
${errors.consent ? html`<p class="field-error" id="f-consent-error">${errors.consent}</p>` : ''}
<label class="check" for="f-consent"><input type="checkbox" id="f-consent" name="consent" value="yes" required aria-required="true" aria-describedby="consent-text${errors.consent ? ' f-consent-error' : ''}"${errors.consent ? html` aria-invalid="true"` : ''}> <span>${w.consent} <span aria-hidden="true">*</span></span></label>
<p class="consent-text" id="keep-text">${consent.keepRecord}</p>
<label class="check" for="f-keepRecord"><input type="checkbox" id="f-keepRecord" name="keepRecord" value="yes" aria-describedby="keep-text"${values?.keepRecord ? html` checked` : ''}> <span>${w.keepRecord}</span></label>
</fieldset>
<div class="actions"><button type="submit">${w.submitRegistration}</button></div>
</form>
</section>`;
}
