/** Calendar dates travel as ISO strings (YYYY-MM-DD): no time zone can shift them. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * Built once: a formatter per call cost 40 % of an annual report's time and held ICU memory until collected
 * (4 GiB at a 6,000-institution province; docs/benchmarks.md, official documents).
 */
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's date in Vietnam, whatever the server's time zone. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return VIETNAM_DAY.format(now);
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(value: IsoDate | null | undefined): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** A validity window is half-open: valid on validFrom, no longer valid on validTo. */
export function isValidOn(window: { validFrom: IsoDate; validTo: IsoDate | null }, day: IsoDate): boolean {
  return window.validFrom <= day && (window.validTo === null || day < window.validTo);
}
