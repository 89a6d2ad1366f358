import type {
  Activity,
  ActivityInput,
  ActivityTemplate,
  ActivityType,
  ActivityUpdate,
  Audience,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { addDays, formatInstant, instantParts, toInstant } from './activity-time';
import { fromRecurrence, NO_RECURRENCE, type RecurrenceFormValues, toRecurrence } from './recurrence-form';

/**
 * The activity drawer's values and the API's ActivityInput / ActivityUpdate, both ways, and where a server field
 * error belongs in the form. No React.
 */

export interface ActivityFormValues {
  institutionId: number | null;
  type: ActivityType | null;
  title: string;
  description: string;
  audiences: Audience[];
  observanceCode: string | null;
  /** The first session: its date (YYYY-MM-DD) and times (HH:mm) in Vietnam. */
  date: string | null;
  startTime: string;
  endTime: string;
  /** When the first session ends on another day (a two-day exhibition); empty: the same day. */
  endDate: string | null;
  recurrence: RecurrenceFormValues;
  place: string;
  onlineUrl: string;
  /** Empty: no limit (and no waitlist). */
  capacity: number | null;
  requiresRegistration: boolean;
  opensDate: string | null;
  opensTime: string;
  closesDate: string | null;
  closesTime: string;
  status: 'draft' | 'published';
}

/** What a registration window's time defaults to when only its date is given: the start or the end of the day. */
export const OPENS_DEFAULT_TIME = '00:00';
export const CLOSES_DEFAULT_TIME = '23:59';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const PLACE_MAX = 300;
export const URL_MAX = 500;
export const CAPACITY_MAX = 100_000;

export function emptyActivityForm(defaults: { institutionId?: number | null; date?: string | null } = {}) {
  const values: ActivityFormValues = {
    institutionId: defaults.institutionId ?? null,
    type: null,
    title: '',
    description: '',
    audiences: ['everyone'],
    observanceCode: null,
    date: defaults.date ?? null,
    startTime: '08:00',
    endTime: '10:00',
    endDate: null,
    recurrence: { ...NO_RECURRENCE },
    place: '',
    onlineUrl: '',
    capacity: null,
    requiresRegistration: true,
    opensDate: null,
    opensTime: '',
    closesDate: null,
    closesTime: '',
    status: 'draft',
  };
  return values;
}

const blankToNull = (v: string | null | undefined) => {
  const trimmed = (v ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * The form's values → ActivityInput. The form's own rules have run, so required fields are there; an impossible
 * time gives an empty instant and the server names the field.
 */
export function toActivityInput(values: ActivityFormValues): ActivityInput {
  const startsAt = toInstant(values.date, values.startTime) ?? '';
  const endsAt = toInstant(values.endDate || values.date, values.endTime) ?? '';
  const opens = values.opensDate ? toInstant(values.opensDate, values.opensTime || OPENS_DEFAULT_TIME) : null;
  const closes = values.closesDate
    ? toInstant(values.closesDate, values.closesTime || CLOSES_DEFAULT_TIME)
    : null;
  return {
    institutionId: values.institutionId ?? 0,
    type: values.type ?? 'event',
    title: values.title.trim(),
    description: blankToNull(values.description),
    audiences: [...values.audiences],
    observanceCode: values.observanceCode || null,
    startsAt,
    endsAt,
    recurrence: toRecurrence(values.recurrence, values.date),
    place: blankToNull(values.place),
    onlineUrl: blankToNull(values.onlineUrl),
    capacity: values.capacity ?? null,
    requiresRegistration: values.requiresRegistration,
    registrationOpensAt: values.requiresRegistration ? opens : null,
    registrationClosesAt: values.requiresRegistration ? closes : null,
    status: values.status,
  };
}

/** An activity as the form edits it. */
export function toActivityForm(activity: Activity): ActivityFormValues {
  const start = instantParts(activity.startsAt);
  // endsAt is the last session's end; the first session's end is what the form edits.
  const firstEnd = instantParts(activity.sessions[0]?.endsAt ?? activity.endsAt);
  const opens = instantParts(activity.registrationOpensAt);
  const closes = instantParts(activity.registrationClosesAt);
  return {
    institutionId: activity.institution.id,
    type: activity.type,
    title: activity.title,
    description: activity.description ?? '',
    audiences: [...activity.audiences],
    observanceCode: activity.observanceCode,
    date: start?.date ?? null,
    startTime: start?.time ?? '',
    endTime: firstEnd?.time ?? '',
    endDate: firstEnd && start && firstEnd.date !== start.date ? firstEnd.date : null,
    recurrence: fromRecurrence(activity.recurrence),
    place: activity.place ?? '',
    onlineUrl: activity.onlineUrl ?? '',
    capacity: activity.capacity,
    requiresRegistration: activity.requiresRegistration,
    opensDate: opens?.date ?? null,
    opensTime: opens?.time ?? '',
    closesDate: closes?.date ?? null,
    closesTime: closes?.time ?? '',
    status: activity.status === 'published' ? 'published' : 'draft',
  };
}

/** The fields an edit may send (the institution stays). */
export const UPDATABLE_FIELDS = [
  'type',
  'title',
  'description',
  'audiences',
  'observanceCode',
  'startsAt',
  'endsAt',
  'recurrence',
  'place',
  'onlineUrl',
  'capacity',
  'requiresRegistration',
  'registrationOpensAt',
  'registrationClosesAt',
  'status',
] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields where two versions of the form differ, in the form's order. */
export function changedActivityFields(a: ActivityFormValues, b: ActivityFormValues): UpdatableField[] {
  const left = toActivityInput(a);
  const right = toActivityInput(b);
  return UPDATABLE_FIELDS.filter((f) => !same(left[f], right[f]));
}

/**
 * The PATCH body: only what changed since `base` was read (a second person's edit of another field survives),
 * with `base`'s version. The status is left alone once the activity is cancelled or completed.
 */
export function toActivityUpdate(values: ActivityFormValues, base: Activity): ActivityUpdate {
  const input = toActivityInput(values);
  const changed = changedActivityFields(values, toActivityForm(base)).filter(
    (f) => f !== 'status' || base.status === 'draft' || base.status === 'published',
  );
  const body: Record<string, unknown> = { version: base.version };
  for (const f of changed) body[f] = input[f];
  return body as ActivityUpdate;
}

/** A form field's name path, as antd's Form takes it. */
export type FormPath = keyof ActivityFormValues | ['recurrence', keyof RecurrenceFormValues];

const FIELD_OF: Record<string, FormPath> = {
  institutionId: 'institutionId',
  type: 'type',
  title: 'title',
  description: 'description',
  audiences: 'audiences',
  observanceCode: 'observanceCode',
  startsAt: 'date',
  endsAt: 'endTime',
  recurrence: ['recurrence', 'kind'],
  place: 'place',
  onlineUrl: 'onlineUrl',
  capacity: 'capacity',
  requiresRegistration: 'requiresRegistration',
  registrationOpensAt: 'opensDate',
  registrationClosesAt: 'closesDate',
  status: 'status',
};

const RECURRENCE_FIELD_OF: Record<string, keyof RecurrenceFormValues> = {
  freq: 'kind',
  interval: 'interval',
  byWeekday: 'weekdays',
  count: 'count',
  until: 'until',
};

/**
 * Where a server field error ("body.recurrence.count", "body.audiences.2", "startsAt") shows in the form;
 * undefined for a path the form has no field for (the alert above the form still lists it).
 */
export function formPathOf(serverField: string): FormPath | undefined {
  const [head, next] = serverField.replace(/^body\./, '').split('.');
  if (!head) return undefined;
  if (head === 'recurrence' && next && RECURRENCE_FIELD_OF[next]) {
    return ['recurrence', RECURRENCE_FIELD_OF[next]];
  }
  return FIELD_OF[head];
}

/** The schedule problems the server names (activity-rules.ts) that the shared reason table does not hold. */
export const SCHEDULE_REASONS = [
  'ends_before_start',
  'no_sessions',
  'too_many_sessions',
  'after_last_session',
  'not_before_close',
] as const;

/**
 * A schedule problem in the person's words ("Hạn đăng ký phải trước khi buổi cuối kết thúc (21/04/2027 11:00)"),
 * or undefined for a reason the shared table translates (ErrorAlert and reasonMessage do those).
 */
export function scheduleProblemText(
  problem: { reason: string; value?: unknown },
  t: TFunction,
): string | undefined {
  if (!(SCHEDULE_REASONS as readonly string[]).includes(problem.reason)) return undefined;
  const value = problem.value;
  const at = typeof value === 'string' ? formatInstant(value) || value : '';
  return t(`activities.form.reasons.${problem.reason}`, { at, max: value ?? '' });
}

/** The server field a path belongs to, for the alert's labels: "body.recurrence.count" → "recurrence". */
export function serverFieldOf(serverField: string): string {
  return serverField.replace(/^body\./, '').split('.')[0] ?? serverField;
}

/**
 * A national day's suggested activity (GET /api/activities/templates) as the form's starting values: its fields
 * over the empty form, at its next date, in the institution the person works in (the template names none).
 */
export function templateToForm(
  template: ActivityTemplate,
  defaults: { institutionId?: number | null } = {},
): ActivityFormValues {
  const { input } = template;
  const base = emptyActivityForm(defaults);
  const start = instantParts(input.startsAt);
  const end = instantParts(input.endsAt);
  const date = start?.date ?? template.date;
  return {
    ...base,
    type: input.type,
    title: input.title,
    description: input.description ?? '',
    audiences: input.audiences.length ? [...input.audiences] : base.audiences,
    observanceCode: input.observanceCode ?? template.observance.code,
    date,
    startTime: start?.time ?? base.startTime,
    endTime: end?.time ?? base.endTime,
    endDate: end && end.date !== date ? end.date : null,
    requiresRegistration: input.requiresRegistration,
    status: 'draft',
  };
}

/** The date a copy is suggested to start: a week after the original, or a week from today if that has passed. */
export function suggestedCopyDate(activity: Pick<Activity, 'startsAt'>, today: string): string {
  const start = instantParts(activity.startsAt)?.date ?? today;
  let date = addDays(start, 7);
  while (date < today) date = addDays(date, 7);
  return date;
}
