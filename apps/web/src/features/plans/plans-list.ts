import { compareVi, foldDiacritics } from '@suotdoi/shared';
import type { PlanSummary } from '../../api/plans';

/** The plan list's search, filters and sorting, pure. */

export type SortKey = 'symbol' | 'title' | 'issuer' | 'date' | 'scope' | 'targets' | 'tasks' | 'engagement';
export const SORT_KEYS: readonly SortKey[] = [
  'symbol',
  'title',
  'issuer',
  'date',
  'scope',
  'targets',
  'tasks',
  'engagement',
];

const SORTERS: Record<SortKey, (a: PlanSummary, b: PlanSummary) => number> = {
  symbol: (a, b) => compareVi(a.symbol ?? '', b.symbol ?? ''),
  title: (a, b) => compareVi(a.title, b.title),
  issuer: (a, b) => compareVi(a.issuerName, b.issuerName),
  date: (a, b) => a.date.localeCompare(b.date),
  scope: (a, b) => compareVi(a.scopeName ?? '', b.scopeName ?? ''),
  targets: (a, b) => a.targetCount - b.targetCount,
  tasks: (a, b) => a.taskCount - b.taskCount,
  engagement: (a, b) => (a.engagement.share ?? -1) - (b.engagement.share ?? -1),
};

/** The plans shown: searched (diacritics ignored), filtered by kind and status, sorted. Pure for the table. */
export function selectPlans(
  plans: readonly PlanSummary[],
  params: { q?: string; kind?: string; status?: string; sort?: SortKey; order?: 'asc' | 'desc' },
): PlanSummary[] {
  const q = params.q ? foldDiacritics(params.q) : '';
  const rows = plans.filter(
    (p) =>
      (!params.kind || p.kind === params.kind) &&
      (!params.status || p.status === params.status) &&
      (!q ||
        foldDiacritics([p.symbol, p.title, p.issuerName, p.scopeName].filter(Boolean).join(' ')).includes(q)),
  );
  // The plan hierarchy reads top-down by default: the Program first, then by date.
  const sorter = params.sort
    ? SORTERS[params.sort]
    : (a: PlanSummary, b: PlanSummary) =>
        Number(b.kind === 'program') - Number(a.kind === 'program') || SORTERS.date(a, b);
  const sorted = [...rows].sort(sorter);
  return params.order === 'desc' ? sorted.reverse() : sorted;
}

export function engagementPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100);
}
