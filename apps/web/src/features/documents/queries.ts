import { todayInVietnam } from '@suotdoi/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import {
  type DocumentRequest,
  getDocumentModel,
  getPublishedReport,
  listPublishedReports,
} from '../../api/documents';
import { getUnit, listAncestors } from '../../api/units';

/** The react-query keys and hooks of Công bố, so that every page reads the same cache. */

export const documentKeys = {
  all: ['documents'] as const,
  model: (r: DocumentRequest) =>
    ['documents', 'model', r.kind, r.unitId, r.year ?? null, r.planId ?? null, r.lang] as const,
  published: (unitId: number) => ['documents', 'published', 'list', unitId] as const,
  detail: (id: number) => ['documents', 'published', 'detail', id] as const,
  template: (unitId: number) => ['documents', 'template', unitId] as const,
};

/** Today's document tree (the JSON the print view lays out); live data, so kept only briefly. */
export function useDocumentModel(request: DocumentRequest | null) {
  return useQuery({
    queryKey: request ? documentKeys.model(request) : ['documents', 'model', 'none'],
    queryFn: ({ signal }) => getDocumentModel(request!, signal),
    enabled: request !== null,
    staleTime: 15_000,
  });
}

export function usePublishedList(unitId: number | undefined) {
  return useQuery({
    queryKey: documentKeys.published(unitId ?? 0),
    queryFn: ({ signal }) => listPublishedReports({ unitId }, signal),
    enabled: unitId !== undefined,
  });
}

export function usePublishedDetail(id: number | undefined) {
  return useQuery({
    queryKey: documentKeys.detail(id ?? 0),
    queryFn: ({ signal }) => getPublishedReport(id!, signal),
    enabled: id !== undefined,
    staleTime: 15_000,
  });
}

/**
 * Whether each published copy still matches today's data, from its detail: the list does not say, so the newest
 * `ids` are asked one by one (each compares the frozen figures with today's).
 */
export function usePublishedStatuses(ids: readonly number[]): Map<number, boolean> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: documentKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getPublishedReport(id, signal),
      staleTime: 15_000,
    })),
  });
  const statuses = new Map<number, boolean>();
  results.forEach((r, i) => {
    if (r.data) statuses.set(ids[i]!, r.data.upToDate);
  });
  return statuses;
}

/** A unit's name and code (for the confirm dialog and file names), shared with the other pages' cache. */
export function useUnit(unitId: number | undefined) {
  return useQuery({
    queryKey: ['unit', unitId],
    queryFn: ({ signal }) => getUnit(unitId!, signal),
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** The unit and its ancestors' ids: a role on any of them covers the unit. */
export function useUnitLineage(unitId: number | undefined): number[] {
  const today = todayInVietnam();
  const ancestors = useQuery({
    queryKey: ['unit', unitId, 'ancestors', today],
    queryFn: ({ signal }) => listAncestors(unitId!, today, signal),
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
  return unitId === undefined ? [] : [unitId, ...(ancestors.data ?? []).map((u) => u.id)];
}
