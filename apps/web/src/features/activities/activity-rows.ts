import {
  ACTIVITY_TYPES,
  type Activity,
  type AttendanceEntry,
  type AttendanceSource,
  compareVi,
  type StaffRegistration,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import type { Cell } from '../../lib/xlsx';
import { formatInstant } from './activity-time';
import { nextSession, registrationStatusLabel, STATUS_ORDER, sourceLabel, statusLabel } from './labels';

/** The activity list's sorting and the rows its Excel exports write (the same order as the table). No React. */

export const ACTIVITY_SORT_KEYS = [
  'title',
  'type',
  'institution',
  'next',
  'places',
  'waitlist',
  'status',
] as const;
export type ActivitySortKey = (typeof ACTIVITY_SORT_KEYS)[number];

export interface ActivitySort {
  key: ActivitySortKey;
  order: 'ascend' | 'descend';
}

/** The soonest first: what staff prepare next. */
export const DEFAULT_ACTIVITY_SORT: ActivitySort = { key: 'next', order: 'ascend' };

const nextStart = (a: Activity, now: Date) => Date.parse(nextSession(a, now)?.startsAt ?? a.startsAt);

export function activitySorters(
  now: Date = new Date(),
): Record<ActivitySortKey, (a: Activity, b: Activity) => number> {
  return {
    title: (a, b) => compareVi(a.title, b.title),
    type: (a, b) => ACTIVITY_TYPES.indexOf(a.type) - ACTIVITY_TYPES.indexOf(b.type),
    institution: (a, b) => compareVi(a.institution.name, b.institution.name),
    next: (a, b) => nextStart(a, now) - nextStart(b, now),
    places: (a, b) => a.counts.confirmed - b.counts.confirmed,
    waitlist: (a, b) => a.counts.waitlisted - b.counts.waitlisted,
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  };
}

/** The rows in the table's order (ties: the soonest, then the newest id), for the table, the cards and Excel. */
export function sortActivities(
  rows: readonly Activity[],
  sort: ActivitySort = DEFAULT_ACTIVITY_SORT,
  now: Date = new Date(),
): Activity[] {
  const sorters = activitySorters(now);
  const sign = sort.order === 'ascend' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * sorters[sort.key](a, b) || nextStart(a, now) - nextStart(b, now) || b.id - a.id,
  );
}

export interface ExportContext {
  t: TFunction;
  /** An observance code's name in the UI's language. */
  observanceName: (code: string) => string;
  now?: Date;
}

/**
 * The activity list as a sheet: a header row then one row per activity. Numbers stay numbers (places, waitlist,
 * participants) so Excel can add them; an unlimited capacity is an empty cell.
 */
export function activityExportRows(rows: readonly Activity[], ctx: ExportContext): Cell[][] {
  const { t, observanceName } = ctx;
  const now = ctx.now ?? new Date();
  return [
    [
      t('activities.columns.title'),
      t('activities.columns.type'),
      t('activities.columns.institution'),
      t('activities.columns.next'),
      t('activities.columns.sessions'),
      t('activities.columns.audiences'),
      t('activities.columns.observance'),
      t('activities.columns.place'),
      t('activities.columns.confirmed'),
      t('activities.columns.capacity'),
      t('activities.columns.waitlist'),
      t('activities.columns.checkedIn'),
      t('activities.columns.participants'),
      t('activities.columns.status'),
    ],
    ...rows.map((a) => [
      a.title,
      t(`activities.types.${a.type}`),
      a.institution.name,
      formatInstant(nextSession(a, now)?.startsAt ?? a.startsAt),
      a.sessions.length,
      a.audiences.map((x) => t(`activities.audiences.${x}`)).join(', '),
      a.observanceCode ? observanceName(a.observanceCode) : '',
      [a.place, a.onlineUrl].filter(Boolean).join(' · '),
      a.counts.confirmed,
      a.capacity,
      a.counts.waitlisted,
      a.counts.checkedIn,
      a.counts.participants,
      statusLabel(a.status, t),
    ]),
  ];
}

/** The registrations tab as a sheet (personal data: the page says the list is logged). */
export function registrationExportRows(rows: readonly StaffRegistration[], t: TFunction): Cell[][] {
  return [
    [
      t('activities.registrations.code'),
      t('activities.registrations.name'),
      t('activities.registrations.contact'),
      t('activities.registrations.status'),
      t('activities.registrations.position'),
      t('activities.registrations.checkedIn'),
      t('activities.registrations.createdAt'),
    ],
    ...rows.map((r) => [
      r.code,
      r.name ?? '',
      r.contact ?? '',
      registrationStatusLabel(r.status, t),
      r.position,
      r.checkedIn ? t('activities.registrations.yes') : t('activities.registrations.no'),
      formatInstant(r.createdAt),
    ]),
  ];
}

/** Who recorded an attendance figure; the system (at completion) when nobody did. */
export function recorderName(row: Pick<AttendanceEntry, 'recordedBy'>, t: TFunction): string {
  return row.recordedBy?.name ?? t('activities.attendance.system');
}

/** Attendance figures summed by source: check-ins, headcounts, registrations counted at completion. */
export function totalsBySource(rows: readonly AttendanceEntry[]): Record<AttendanceSource, number> {
  const totals: Record<AttendanceSource, number> = { check_in: 0, headcount: 0, registration: 0 };
  for (const r of rows) totals[r.source] += r.count;
  return totals;
}

/** The attendance tab as a sheet. */
export function attendanceExportRows(rows: readonly AttendanceEntry[], t: TFunction): Cell[][] {
  return [
    [
      t('activities.attendance.source'),
      t('activities.attendance.count'),
      t('activities.attendance.session'),
      t('activities.attendance.code'),
      t('activities.attendance.note'),
      t('activities.attendance.recordedBy'),
      t('activities.attendance.recordedAt'),
    ],
    ...rows.map((r) => [
      sourceLabel(r.source, t),
      r.count,
      formatInstant(r.sessionStartsAt),
      r.registrationCode ?? '',
      r.note ?? '',
      recorderName(r, t),
      formatInstant(r.recordedAt),
    ]),
  ];
}
