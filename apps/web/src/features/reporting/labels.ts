import { type ReportStatus, todayInVietnam } from '@suotdoi/shared';

/** Colours of report states, the same on every page. */
export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  approved: 'success',
  locked: 'purple',
};

/**
 * The annual period whose data window holds today: the reporting regime cuts a year from 15/12 of the year
 * before (cutoffWindow), so from 15/12 the next year's report is the one being filled in.
 */
export function currentYearPeriod(today: string = todayInVietnam()): string {
  const year = Number(today.slice(0, 4));
  return String(today.slice(5) >= '12-15' ? year + 1 : year);
}

/** The annual periods a person usually opens: the current one and the four before, newest first. */
export function recentYearPeriods(today: string = todayInVietnam(), count = 5): string[] {
  const year = Number(currentYearPeriod(today));
  return Array.from({ length: count }, (_, i) => String(year - i));
}

export const langOf = (language: string): 'vi' | 'en' => (language.startsWith('en') ? 'en' : 'vi');
