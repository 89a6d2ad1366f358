import type {
  DataQualityIssue,
  DataQualityPage,
  DataQualitySummary,
  ResolveDataQuality,
} from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

export { DATA_QUALITY_STATUSES } from '@suotdoi/shared';
export type { DataQualityIssue };
export type DataQualityStatus = DataQualityIssue['status'];

export interface DataQualityParams {
  status?: DataQualityStatus;
  reason?: string;
  source?: string;
  page?: number;
  pageSize?: number;
}

export const listDataQuality = (params: DataQualityParams, signal?: AbortSignal) =>
  apiGet<DataQualityPage>('/api/data-quality', { ...params }, signal);

/** Counts per source and reason: the filters offer what exists. */
export const summarizeDataQuality = (signal?: AbortSignal) =>
  apiGet<DataQualitySummary>('/api/data-quality/summary', undefined, signal);

/** `load` with the corrected codes (checked like the loader does; IMPORT_INVALID lists what still fails), or `ignore` with a note. */
export const resolveDataQuality = (id: number, body: ResolveDataQuality) =>
  apiRequest<DataQualityIssue>('PATCH', `/api/data-quality/${id}`, { body });
