import { DOCUMENT_KINDS, type DocumentKind, todayInVietnam } from '@suotdoi/shared';
import type { DocumentLang, DocumentRequest } from '../../api/documents';

/** Which document a page shows, read from and written to its URL (so a print view can be bookmarked or shared). */

/** The first year the Program's plans report on (Decision 1520 of 9/12/2022; the first plans are of 2023). */
export const FIRST_REPORT_YEAR = 2023;

/** The milestone year of a review, or the chosen year of an annual report. */
export function documentYear(request: Pick<DocumentRequest, 'kind' | 'year'>): number | undefined {
  if (request.kind === 'midterm') return 2025;
  if (request.kind === 'final') return 2030;
  return request.year;
}

/**
 * The year an annual report is written for by default: the current one. The Program's report is due before
 * 25/11, so through December people are still writing, correcting and publishing this year's.
 */
export function defaultReportYear(today: string = todayInVietnam()): number {
  return Number(today.slice(0, 4));
}

/** Years offered for the annual report, newest first: this year back to the Program's first. */
export function reportYears(today: string = todayInVietnam()): number[] {
  const last = defaultReportYear(today);
  const years: number[] = [];
  for (let y = last; y >= Math.min(FIRST_REPORT_YEAR, last); y--) years.push(y);
  return years;
}

const positive = (value: string | null): number | undefined => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * A request from a query string (`kind`, `unitId`, `year`, `planId`, `lang`), completed with `fallback` where a
 * key is missing or malformed; null without a unit. Reviews carry no year.
 */
export function requestFromParams(
  params: URLSearchParams,
  fallback: { unitId?: number; year: number; lang?: DocumentLang },
): DocumentRequest | null {
  const rawKind = params.get('kind');
  const kind: DocumentKind = (DOCUMENT_KINDS as readonly string[]).includes(rawKind ?? '')
    ? (rawKind as DocumentKind)
    : 'annual';
  const unitId = positive(params.get('unitId')) ?? fallback.unitId;
  if (unitId === undefined) return null;
  const year = positive(params.get('year'));
  const lang =
    params.get('lang') === 'en' ? 'en' : params.get('lang') === 'vi' ? 'vi' : (fallback.lang ?? 'vi');
  return {
    kind,
    unitId,
    ...(kind === 'annual' ? { year: year && year >= 2000 && year <= 2100 ? year : fallback.year } : {}),
    ...(positive(params.get('planId')) ? { planId: positive(params.get('planId')) } : {}),
    lang,
  };
}

/** The print view of a request: /documents/print?kind=annual&unitId=37&year=2026&lang=vi. */
export function printPath(request: DocumentRequest): string {
  const search = new URLSearchParams({ kind: request.kind, unitId: String(request.unitId) });
  if (request.kind === 'annual' && request.year) search.set('year', String(request.year));
  if (request.planId) search.set('planId', String(request.planId));
  search.set('lang', request.lang);
  return `/documents/print?${search.toString()}`;
}
