import {
  compareVi,
  foldDiacritics,
  RECOGNITION_FORMS,
  RECOGNITION_STATUSES,
  type Recognition,
  type RecognitionForm,
  type RecognitionStatus,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import type { Cell } from '../../lib/xlsx';
import { formLabel, nomineeName, STATUS_ORDER, statusLabel } from './labels';

/** The register's filters, counts, sorting and the rows its Excel export writes (the table's order). No React. */

/** The first year of the Program's records (the contract's lower bound). */
export const FIRST_YEAR = 2020;

/**
 * The years a register or a nomination may be for, newest first: next year (nominations prepared ahead of the
 * year's review) down to the first.
 */
export function registerYears(today: string): number[] {
  const last = Number(today.slice(0, 4)) + 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

export interface RegisterFilter {
  status?: RecognitionStatus;
  form?: RecognitionForm;
  /** Part of the nominee's name (a person or a collective), diacritics ignored. */
  q?: string;
}

/** The year's nominations without the status filter: the counts above the table are taken from these. */
export function filterByFormAndName(rows: readonly Recognition[], filter: RegisterFilter): Recognition[] {
  const q = foldDiacritics(filter.q ?? '');
  return rows.filter(
    (r) =>
      (!filter.form || r.form === filter.form) &&
      (!q || foldDiacritics(nomineeName(r)).includes(q) || foldDiacritics(r.unit.name).includes(q)),
  );
}

export function filterRegister(rows: readonly Recognition[], filter: RegisterFilter): Recognition[] {
  return filterByFormAndName(rows, filter).filter((r) => !filter.status || r.status === filter.status);
}

export type StatusCounts = Record<RecognitionStatus, number>;

export function countByStatus(rows: readonly Recognition[]): StatusCounts {
  const counts = Object.fromEntries(RECOGNITION_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

export const REGISTER_SORT_KEYS = ['nominee', 'form', 'year', 'nominatedOn', 'status', 'decision'] as const;
export type RegisterSortKey = (typeof REGISTER_SORT_KEYS)[number];

export interface RegisterSort {
  key: RegisterSortKey;
  order: 'ascend' | 'descend';
}

/** The newest nominations first: what is waiting for a step. */
export const DEFAULT_REGISTER_SORT: RegisterSort = { key: 'nominatedOn', order: 'descend' };

const SORTERS: Record<RegisterSortKey, (a: Recognition, b: Recognition) => number> = {
  nominee: (a, b) => compareVi(nomineeName(a), nomineeName(b)),
  form: (a, b) => RECOGNITION_FORMS.indexOf(a.form) - RECOGNITION_FORMS.indexOf(b.form),
  year: (a, b) => a.year - b.year,
  nominatedOn: (a, b) => a.nominatedOn.localeCompare(b.nominatedOn),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  decision: (a, b) => (a.decisionDate ?? '').localeCompare(b.decisionDate ?? ''),
};

/**
 * The rows in the table's order (ties: the newest nomination, then the newest id). Sorted by decision, the
 * nominations not decided yet come last in either direction: the column is about the decisions.
 */
export function sortRegister(
  rows: readonly Recognition[],
  sort: RegisterSort = DEFAULT_REGISTER_SORT,
): Recognition[] {
  const sign = sort.order === 'ascend' ? 1 : -1;
  const undecided = (r: Recognition) => (sort.key === 'decision' && !r.decisionDate ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      undecided(a) - undecided(b) ||
      sign * SORTERS[sort.key](a, b) ||
      b.nominatedOn.localeCompare(a.nominatedOn) ||
      b.id - a.id,
  );
}

/** "QĐ 123/QĐ-UBND, 15/05/2026"; empty without a decision. */
export function decisionText(r: Pick<Recognition, 'decisionNumber' | 'decisionDate'>): string {
  return [r.decisionNumber, formatDate(r.decisionDate)].filter(Boolean).join(', ');
}

/** A timestamp's calendar day in Vietnam, dd/mm/yyyy. */
const dayOf = (instant: string | null) => formatDateTime(instant).slice(0, 10);

/**
 * The register as a sheet, every column: a header row, then one row per nomination. Dates dd/mm/yyyy (the
 * review's day in Vietnam's time); the year stays a number; the evidence's names in one cell.
 */
export function registerExportRows(rows: readonly Recognition[], t: TFunction): Cell[][] {
  const c = (key: string) => t(`recognition.export.${key}`);
  return [
    [
      c('id'),
      c('kind'),
      c('nominee'),
      c('position'),
      c('unit'),
      c('province'),
      c('form'),
      c('year'),
      c('nominatedOn'),
      c('nominatedBy'),
      c('status'),
      c('reviewedOn'),
      c('reviewedBy'),
      c('reviewNote'),
      c('decisionNumber'),
      c('decisionDate'),
      c('decidedBy'),
      c('declineReason'),
      c('reason'),
      c('evidence'),
    ],
    ...rows.map((r) => [
      r.id,
      t(`recognition.kinds.${r.nomineeKind}`),
      nomineeName(r),
      r.personPosition ?? '',
      r.unit.name,
      r.province?.name ?? '',
      formLabel(r.form, t),
      r.year,
      formatDate(r.nominatedOn),
      r.nominatedBy?.name ?? '',
      statusLabel(r.status, t),
      dayOf(r.reviewedAt),
      r.reviewedBy?.name ?? '',
      r.reviewNote ?? '',
      r.decisionNumber ?? '',
      formatDate(r.decisionDate),
      r.decidedBy?.name ?? '',
      r.declineReason ?? '',
      r.reason,
      r.evidence.map((e) => (e.value ? `${e.label}: ${e.value}` : e.label)).join('; '),
    ]),
  ];
}
