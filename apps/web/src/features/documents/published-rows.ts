import { compareVi, DOCUMENT_KINDS, type DocumentKind, foldDiacritics } from '@suotdoi/shared';
import type { PublishedReport } from '../../api/documents';

/** What the list of published reports does with the rows it holds: status, filters, sorting. No React. */

/** same: today's data gives the same document; changed: some figure moved; unknown: not asked (yet). */
export const PUBLISHED_STATUSES = ['same', 'changed', 'unknown'] as const;
export type PublishedStatus = (typeof PUBLISHED_STATUSES)[number];

export interface PublishedRow extends PublishedReport {
  status: PublishedStatus;
}

/** The rows with their status, from the `upToDate` of the details fetched so far (by id). */
export function withStatus(
  reports: readonly PublishedReport[],
  upToDate: ReadonlyMap<number, boolean>,
): PublishedRow[] {
  return reports.map((r) => {
    const known = upToDate.get(r.id);
    return { ...r, status: known === undefined ? 'unknown' : known ? 'same' : 'changed' };
  });
}

export interface PublishedFilters {
  /** Title or publisher, diacritics and case ignored. */
  q?: string;
  kind?: DocumentKind;
  year?: number;
  status?: PublishedStatus;
}

export function filterPublished(rows: readonly PublishedRow[], f: PublishedFilters): PublishedRow[] {
  const q = f.q ? foldDiacritics(f.q.trim()) : '';
  return rows.filter(
    (r) =>
      (!q || foldDiacritics(`${r.title} ${r.publishedBy ?? ''} ${r.contentHash}`).includes(q)) &&
      (!f.kind || r.kind === f.kind) &&
      (!f.year || r.year === f.year) &&
      (!f.status || r.status === f.status),
  );
}

const STATUS_ORDER: Record<PublishedStatus, number> = { changed: 0, same: 1, unknown: 2 };

export const PUBLISHED_SORT_KEYS = ['kind', 'year', 'title', 'publishedAt', 'publishedBy', 'status'] as const;
export type PublishedSortKey = (typeof PUBLISHED_SORT_KEYS)[number];

/** Comparators of the sortable columns (ascending); names in Vietnamese order. */
export const publishedSorters: Record<PublishedSortKey, (a: PublishedRow, b: PublishedRow) => number> = {
  kind: (a, b) => DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind),
  year: (a, b) => a.year - b.year,
  title: (a, b) => compareVi(a.title, b.title),
  publishedAt: (a, b) => a.publishedAt.localeCompare(b.publishedAt),
  publishedBy: (a, b) => compareVi(a.publishedBy ?? '', b.publishedBy ?? ''),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
};

export interface PublishedSort {
  key: PublishedSortKey;
  order: 'ascend' | 'descend';
}

/** Newest first, as the server lists them. */
export const DEFAULT_SORT: PublishedSort = { key: 'publishedAt', order: 'descend' };

/**
 * The rows in the table's order, so that the Excel export and the phone's cards follow what the table shows.
 * Ties keep the newest first.
 */
export function sortPublished(
  rows: readonly PublishedRow[],
  sort: PublishedSort = DEFAULT_SORT,
): PublishedRow[] {
  const compare = publishedSorters[sort.key];
  const sign = sort.order === 'ascend' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compare(a, b) || b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id,
  );
}

/** The years present, newest first: the year filter offers them. */
export function publishedYears(rows: readonly Pick<PublishedReport, 'year'>[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}

/** The first characters of a SHA-256, enough to tell two versions apart when read aloud or compared by eye. */
export function shortHash(hash: string, length = 10): string {
  return hash.slice(0, length);
}
