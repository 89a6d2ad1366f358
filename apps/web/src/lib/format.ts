import { formatDateVi, isIsoDate } from '@suotdoi/shared';
import dayjs, { type Dayjs } from 'dayjs';

/** The display format of every date in the UI: dd/mm/yyyy, whatever the language. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** A calendar date (YYYY-MM-DD, or the date part of a timestamp) as dd/mm/yyyy; '' for none. */
export function formatDate(value: string | null | undefined): string {
  return formatDateVi(value ?? null);
}

const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A timestamp as dd/mm/yyyy HH:mm in Vietnam's time, whatever the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = Object.fromEntries(VN_TIME.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** A validity window as "dd/mm/yyyy – dd/mm/yyyy", or "từ dd/mm/yyyy" style via `openEnded` when still valid. */
export function formatValidity(
  from: string | null | undefined,
  to: string | null | undefined,
  openEnded: (from: string) => string,
): string {
  if (!from) return '';
  return to ? `${formatDate(from)} – ${formatDate(to)}` : openEnded(formatDate(from));
}

const numberFormats: Record<string, Intl.NumberFormat> = {};

/** 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(
  value: number | null | undefined,
  lang: string = 'vi',
  maxFractionDigits = 2,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const locale = lang.startsWith('en') ? 'en-GB' : 'vi-VN';
  const key = `${locale}:${maxFractionDigits}`;
  numberFormats[key] ??= new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits });
  return numberFormats[key].format(value);
}

/** The ISO date of a picker value, or undefined when empty. */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value?.isValid() ? value.format('YYYY-MM-DD') : undefined;
}

/** A picker value from an ISO date; null for none or a malformed date. */
export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return isIsoDate(day) ? dayjs(day) : null;
}

/** dd/mm/yyyy typed by a person → ISO date, or null when it is not a real date. */
export function parseDisplayDate(value: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
