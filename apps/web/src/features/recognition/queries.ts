import type { RecognitionListQuery } from '@suotdoi/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getEvidenceOptions,
  getEvidenceTask,
  getRecognition,
  listRecognitions,
  type Recognition,
} from '../../api/recognition';

/** The react-query keys and hooks of Khen thưởng, so that the register and the detail drawer read one cache. */

export const recognitionKeys = {
  all: ['recognitions'] as const,
  list: (q: RecognitionListQuery) => ['recognitions', 'list', q] as const,
  detail: (id: number) => ['recognitions', 'detail', id] as const,
  evidence: (unitId: number, year: number) => ['recognitions', 'evidence-options', unitId, year] as const,
};

export function useRegister(query: RecognitionListQuery) {
  return useQuery({
    queryKey: recognitionKeys.list(query),
    queryFn: ({ signal }) => listRecognitions(query, signal),
  });
}

/** One nomination, starting from the register's copy so the drawer opens at once. */
export function useRecognition(id: number | undefined, initial?: Recognition, enabled = true) {
  return useQuery({
    queryKey: recognitionKeys.detail(id ?? 0),
    queryFn: ({ signal }) => getRecognition(id!, signal),
    // A drawer sliding shut reads nothing (after a withdrawal the nomination is gone: no 404 on the way out).
    enabled: id !== undefined && enabled,
    initialData: initial,
    // The register's copy may be older than a colleague's step: read the nomination again when the drawer opens.
    initialDataUpdatedAt: 0,
  });
}

export function useEvidenceOptions(unitId: number | null | undefined, year: number | null | undefined) {
  return useQuery({
    queryKey: recognitionKeys.evidence(unitId ?? 0, year ?? 0),
    queryFn: ({ signal }) => getEvidenceOptions(unitId!, year!, signal),
    enabled: !!unitId && !!year,
    staleTime: 60_000,
  });
}

/** The plan a task named as evidence belongs to, for its link (fetched only when the detail shows the task). */
export function useTaskPlanId(taskId: number | null) {
  const task = useQuery({
    queryKey: ['task', taskId],
    queryFn: ({ signal }) => getEvidenceTask(taskId!, signal),
    enabled: taskId !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
  return task.data?.planId ?? null;
}

/** After a write: the answer becomes the detail (or the detail goes, after a withdrawal), and every list is read again. */
export function useStoreRecognition() {
  const client = useQueryClient();
  return (saved: Recognition | { id: number; removed: true }) => {
    if ('removed' in saved) client.removeQueries({ queryKey: recognitionKeys.detail(saved.id) });
    else client.setQueryData(recognitionKeys.detail(saved.id), saved);
    void client.invalidateQueries({ queryKey: ['recognitions', 'list'] });
  };
}
