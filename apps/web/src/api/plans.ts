import type {
  CalendarEntry,
  CreateTarget,
  CreateTask,
  IndicatorCatalogue,
  Observance,
  PlanDetail,
  PlanImportResult,
  PlanSummary,
  Target,
  TargetCompareRow,
  Task,
  TaskArea,
  TaskProgress,
  UpdatePlan,
  UpdateTarget,
  UpdateTask,
} from '@suotdoi/shared';
import { apiGet, apiRequest, downloadFile, uploadFile } from './client';

/**
 * Kế hoạch, chỉ tiêu, nhiệm vụ: the plans API (issue 3); the contracts are packages/shared/src/schemas/plans-api.ts.
 */

export type TaskStatus = Task['status'];
export type PlanStatus = PlanSummary['status'];
export type PlanKind = PlanSummary['kind'];
export type Timeliness = NonNullable<Task['timeliness']>;
export type {
  CalendarEntry,
  Observance,
  PlanDetail,
  PlanImportResult,
  PlanSummary,
  Target,
  TargetCompareRow,
  Task,
  TaskProgress,
};
export type Indicator = IndicatorCatalogue['indicators'][number];

export const listPlans = (signal?: AbortSignal) => apiGet<PlanSummary[]>('/api/plans', undefined, signal);

export const getPlan = (id: number, signal?: AbortSignal) =>
  apiGet<PlanDetail>(`/api/plans/${id}`, undefined, signal);

export const updatePlan = (id: number, body: UpdatePlan) =>
  apiRequest<PlanDetail>('PATCH', `/api/plans/${id}`, { body });

export const listTargets = (planId: number, signal?: AbortSignal) =>
  apiGet<Target[]>(`/api/plans/${planId}/targets`, undefined, signal);

export const createTarget = (planId: number, body: CreateTarget) =>
  apiRequest<Target>('POST', `/api/plans/${planId}/targets`, { body });

/** 409 CONFLICT when `expectedUpdatedAt` is not the stored one. */
export const updateTarget = (id: number, body: UpdateTarget) =>
  apiRequest<Target>('PATCH', `/api/targets/${id}`, { body });

export const deleteTarget = (id: number) => apiRequest<unknown>('DELETE', `/api/targets/${id}`);

export interface TaskFilters {
  area?: TaskArea;
  /** A unit id: tasks led by it or a unit under it. */
  lead?: number;
  status?: TaskStatus;
  year?: number;
}

export const listTasks = (planId: number, filters: TaskFilters, signal?: AbortSignal) =>
  apiGet<Task[]>(`/api/plans/${planId}/tasks`, { ...filters }, signal);

export const createTask = (planId: number, body: CreateTask) =>
  apiRequest<Task>('POST', `/api/plans/${planId}/tasks`, { body });

export const updateTask = (id: number, body: UpdateTask) =>
  apiRequest<Task>('PATCH', `/api/tasks/${id}`, { body });

export const deleteTask = (id: number) => apiRequest<unknown>('DELETE', `/api/tasks/${id}`);

export const listTaskUpdates = (taskId: number, signal?: AbortSignal) =>
  apiGet<TaskProgress[]>(`/api/tasks/${taskId}/updates`, undefined, signal);

/** A progress update as multipart: status and narrative first, then the evidence files under "files". */
export const postTaskUpdate = (
  taskId: number,
  body: { status: TaskStatus; narrative: string; files: readonly File[] },
  onProgress?: (fraction: number) => void,
) =>
  uploadFile<TaskProgress>(`/api/tasks/${taskId}/updates`, body.files, {
    fields: { status: body.status, narrative: body.narrative },
    field: 'files',
    onProgress,
  });

/** An evidence file of a progress update, under its uploaded name. */
export const downloadEvidence = (id: number, name: string) =>
  downloadFile(`/api/files/${id}`, undefined, name);

export const listMyTasks = (signal?: AbortSignal) => apiGet<Task[]>('/api/tasks/mine', undefined, signal);

export const getIndicatorCatalogue = (signal?: AbortSignal) =>
  apiGet<IndicatorCatalogue>('/api/indicators', undefined, signal);

export const listObservances = (signal?: AbortSignal) =>
  apiGet<Observance[]>('/api/observances', undefined, signal);

export const getCalendar = (year: number, signal?: AbortSignal) =>
  apiGet<CalendarEntry[]>('/api/calendar', { year }, signal);

export const compareTargets = (
  params: { indicator: string; category?: string | null; year: number },
  signal?: AbortSignal,
) => apiGet<TargetCompareRow[]>('/api/targets/compare', { ...params }, signal);

export const exportPlanJson = (id: number, name: string) =>
  downloadFile(`/api/plans/${id}/export`, undefined, `${name}.json`);

export const exportPlanXlsx = (id: number, name: string) =>
  downloadFile(`/api/plans/${id}/export.xlsx`, undefined, `${name}.xlsx`);

/** Dry run first (nothing written), then the real import, all or nothing. JSON or XLSX. */
export const importPlan = (file: File, dryRun: boolean, onProgress?: (fraction: number) => void) =>
  uploadFile<PlanImportResult>('/api/plans/import', file, { query: { dryRun }, onProgress });
