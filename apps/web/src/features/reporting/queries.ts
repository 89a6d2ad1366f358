import type { ReportListQuery } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { getReport, listForms, listReports } from '../../api/reporting';

export const reportKeys = {
  all: ['reports'] as const,
  list: (query: ReportListQuery) => ['reports', 'list', query] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
};

export function useReportList(query: ReportListQuery) {
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) => listReports(query, signal),
  });
}

/**
 * One report. Not refetched on window focus: the entry page rebases its unsent changes on every fresh copy
 * itself (use-report-draft.ts), and a refetch under a person's typing would only move the ground.
 */
export function useReport(id: number) {
  return useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) => getReport(id, signal),
    enabled: id > 0,
    refetchOnWindowFocus: false,
  });
}

/** The report forms: they change with a release or a form manager's edit, not during a session. */
export function useForms() {
  return useQuery({
    queryKey: ['forms'],
    queryFn: ({ signal }) => listForms(signal),
    staleTime: 10 * 60_000,
  });
}
