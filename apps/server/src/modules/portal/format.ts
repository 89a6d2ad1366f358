import { isIsoDate, type Lang } from '@suotdoi/shared';

/** Activities happen in Vietnam: their times are shown there whatever the server's or the phone's zone. */
const ZONE = 'Asia/Ho_Chi_Minh';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const weekdayFormat: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, weekday: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long' }),
};

function parts(instant: string | Date) {
  const map: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(new Date(instant))) map[p.type] = p.value;
  return { date: `${map.day}/${map.month}/${map.year}`, time: `${map.hour}:${map.minute}` };
}

/** dd/mm/yyyy HH:mm in Vietnam. */
export function formatDateTime(instant: string | Date): string {
  const p = parts(instant);
  return `${p.date} ${p.time}`;
}

/** dd/mm/yyyy in Vietnam. */
export function formatDate(instant: string | Date): string {
  return parts(instant).date;
}

/**
 * "Thứ Ba, 21/04/2026" and "08:00–10:00": the pieces of a span that must not break inside (a phone wraps
 * between them). A span over several days names both ends in full.
 */
export function spanPieces(startsAt: string, endsAt: string, lang: Lang): string[] {
  const a = parts(startsAt);
  const b = parts(endsAt);
  const weekday = weekdayFormat[lang].format(new Date(startsAt));
  const day = `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${a.date}`;
  return a.date === b.date ? [day, `${a.time}–${b.time}`] : [`${day} ${a.time}`, `– ${b.date} ${b.time}`];
}

/** "Thứ Ba, 21/04/2026 08:00–10:00". */
export function formatSpan(startsAt: string, endsAt: string, lang: Lang): string {
  return spanPieces(startsAt, endsAt, lang).join(' ');
}

/** The machine-readable value of a <time> element. */
export function isoInstant(instant: string): string {
  return new Date(instant).toISOString();
}

/**
 * A date from a filter: yyyy-mm-dd as <input type=date> sends it, or dd/mm/yyyy as a person types it where the
 * browser shows a plain text box. Undefined when empty, null when it is not a date.
 */
export function parseFilterDate(value: string | undefined): string | undefined | null {
  const text = value?.trim();
  if (!text) return undefined;
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Hours with at most one decimal, in the page's language ("1,5" in Vietnamese). */
export function formatHours(hours: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(hours);
}
