import { formatDateVi, isIsoDate } from '@suotdoi/shared';

/**
 * Activity times as people type them (a date dd/mm/yyyy and a time HH:mm, both in Vietnam) and as the API takes
 * them (an ISO instant with its offset). Vietnam keeps UTC+7 all year (no daylight saving), so the offset is a
 * constant and none of this depends on the browser's time zone. No React.
 */

export const VIETNAM_OFFSET = '+07:00';
const OFFSET_MS = 7 * 3600 * 1000;

/**
 * A time as typed → "HH:mm", or null when it is not one: "8", "8h", "8h30", "8:30", "08.30", "0830" and "830"
 * all give a time (a phone's number pad has no colon).
 */
export function normalizeTime(text: string | null | undefined): string | null {
  const value = (text ?? '').trim().toLowerCase().replace(/\s+/g, '');
  if (!value) return null;
  let hours: number;
  let minutes: number;
  const separated = /^(\d{1,2})(?:[:h.](\d{2})?)?$/.exec(value);
  const packed = /^(\d{1,2})(\d{2})$/.exec(value);
  if (separated) {
    hours = Number(separated[1]);
    minutes = Number(separated[2] ?? 0);
  } else if (packed) {
    hours = Number(packed[1]);
    minutes = Number(packed[2]);
  } else {
    return null;
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "2027-04-21" and "08:00" → "2027-04-21T08:00:00+07:00"; null when either is not valid. */
export function toInstant(date: string | null | undefined, time: string | null | undefined): string | null {
  const hhmm = normalizeTime(time);
  if (!date || !isIsoDate(date) || !hhmm) return null;
  return `${date}T${hhmm}:00${VIETNAM_OFFSET}`;
}

/** An instant (any offset) as its date and time in Vietnam: { date: "2027-04-21", time: "08:00" }. */
export function instantParts(instant: string | null | undefined): { date: string; time: string } | null {
  if (!instant) return null;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** An instant as "dd/mm/yyyy HH:mm" in Vietnam; '' for none. */
export function formatInstant(instant: string | null | undefined): string {
  const parts = instantParts(instant);
  return parts ? `${formatDateVi(parts.date)} ${parts.time}` : '';
}

/** A session as people read it: "21/04/2027 08:00–10:00", or both ends in full when it runs over midnight. */
export function formatSessionRange(startsAt: string, endsAt: string): string {
  const start = instantParts(startsAt);
  const end = instantParts(endsAt);
  if (!start || !end) return '';
  if (start.date === end.date) return `${formatDateVi(start.date)} ${start.time}–${end.time}`;
  return `${formatDateVi(start.date)} ${start.time} – ${formatDateVi(end.date)} ${end.time}`;
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Minutes from the first time to the second ("08:00", "10:30" → 150); null when either is not a time. */
export function minutesBetween(
  from: string | null | undefined,
  to: string | null | undefined,
): number | null {
  const a = normalizeTime(from);
  const b = normalizeTime(to);
  if (!a || !b) return null;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return minutes(b) - minutes(a);
}
