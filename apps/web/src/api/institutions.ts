import type {
  CreateInstitution,
  ImportResult,
  Institution,
  InstitutionCategory,
  UpdateInstitution,
} from '@suotdoi/shared';
import { apiGet, apiRequest, downloadFile, uploadFile } from './client';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface InstitutionFilters {
  q?: string;
  category?: InstitutionCategory;
  provinceId?: number;
  unitId?: number;
  asOf?: string;
}

export interface InstitutionListParams extends InstitutionFilters {
  sort?: 'name' | 'code' | 'category' | 'province' | 'updatedAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const listInstitutions = (params: InstitutionListParams, signal?: AbortSignal) =>
  apiGet<Page<Institution>>('/api/institutions', { ...params }, signal);

export const getInstitution = (id: number, signal?: AbortSignal) =>
  apiGet<Institution>(`/api/institutions/${id}`, undefined, signal);

export const createInstitution = (body: CreateInstitution) =>
  apiRequest<Institution>('POST', '/api/institutions', { body });

/** 409 CONFLICT when `expectedUpdatedAt` is not the stored one: someone else saved in between. */
export const updateInstitution = (id: number, body: UpdateInstitution) =>
  apiRequest<Institution>('PATCH', `/api/institutions/${id}`, { body });

/** Closes the institution (it stays in history). */
export const closeInstitution = (id: number) => apiRequest<unknown>('DELETE', `/api/institutions/${id}`);

export const downloadInstitutionTemplate = () =>
  downloadFile('/api/institutions/template.xlsx', undefined, 'mau-nhap-thiet-che.xlsx');

/** The server's Excel export with the same filters as the list (all pages). */
export const exportInstitutions = (filters: InstitutionFilters & { sort?: string; order?: string }) =>
  downloadFile('/api/institutions/export.xlsx', { ...filters }, 'thiet-che.xlsx');

/** Dry run first (nothing written), then the real import: all-or-nothing on the server. */
export const importInstitutions = (file: File, dryRun: boolean, onProgress?: (fraction: number) => void) =>
  uploadFile<ImportResult>('/api/institutions/import', file, { query: { dryRun }, onProgress });
