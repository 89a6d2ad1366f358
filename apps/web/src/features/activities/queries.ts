import type { ActivityListQuery } from '@suotdoi/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type Activity, getActivity, listActivities, listActivityTemplates } from '../../api/activities';
import { listObservances } from '../../api/plans';

/** The react-query keys and hooks of Hoạt động, so that the list, the detail and check-in read one cache. */

export const activityKeys = {
  all: ['activities'] as const,
  list: (q: ActivityListQuery) => ['activities', 'list', q] as const,
  detail: (id: number) => ['activities', 'detail', id] as const,
  registrations: (id: number) => ['activities', 'registrations', id] as const,
  attendance: (id: number) => ['activities', 'attendance', id] as const,
  templates: ['activities', 'templates'] as const,
  resources: (institutionId: number) => ['activities', 'resources', institutionId] as const,
};

export function useActivityList(query: ActivityListQuery) {
  return useQuery({
    queryKey: activityKeys.list(query),
    queryFn: ({ signal }) => listActivities(query, signal),
  });
}

export function useActivity(id: number | undefined) {
  return useQuery({
    queryKey: activityKeys.detail(id ?? 0),
    queryFn: ({ signal }) => getActivity(id!, signal),
    enabled: id !== undefined,
  });
}

export function useActivityTemplates(enabled: boolean) {
  return useQuery({
    queryKey: activityKeys.templates,
    queryFn: ({ signal }) => listActivityTemplates(signal),
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** The national days (the plans' catalogue): the form's select and the list's column name them. */
export function useObservances() {
  return useQuery({
    queryKey: ['observances'],
    queryFn: ({ signal }) => listObservances(signal),
    staleTime: 60 * 60_000,
  });
}

/** After a write: the answer becomes the detail, and every list is read again. */
export function useStoreActivity() {
  const client = useQueryClient();
  return (activity: Activity | undefined) => {
    if (activity?.id) {
      client.setQueryData(activityKeys.detail(activity.id), activity);
      void client.invalidateQueries({ queryKey: activityKeys.attendance(activity.id) });
    }
    void client.invalidateQueries({ queryKey: ['activities', 'list'] });
  };
}
