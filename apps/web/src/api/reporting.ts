import type {
  FieldConflict,
  Form,
  Narrative,
  ReportAttachment,
  ReportDetail,
  ReportListQuery,
  ReportStatus,
  ReportSummary,
  SaveReport,
} from '@suotdoi/shared';
import { apiGet, apiRequest, downloadFile, uploadFile } from './client';

/**
 * Báo cáo: the reporting API (issue 4); the contracts are packages/shared/src/schemas/reporting.ts.
 * Writes answer the whole ReportDetail, so the page replaces its copy instead of refetching.
 */

export type {
  FieldConflict,
  Form,
  Narrative,
  ReportAttachment,
  ReportDetail,
  ReportStatus,
  ReportSummary,
  SaveReport,
};

export const listReports = (query: ReportListQuery, signal?: AbortSignal) =>
  apiGet<ReportSummary[]>('/api/reports', { ...query }, signal);

export const getReport = (id: number, signal?: AbortSignal) =>
  apiGet<ReportDetail>(`/api/reports/${id}`, undefined, signal);

/** Opens the report of a unit for a period; the server creates the draft the first time. */
export const openReport = (body: { unitId: number; period: string }) =>
  apiRequest<ReportDetail>('POST', '/api/reports', { body });

/**
 * Saves changed fields. 409 CONFLICT (details `{ version, conflicts }`) when someone else changed the same field
 * since `version`; 422 REPORT_INVALID (details `{ fields }`) for a bad value; 409 REPORT_LOCKED once submitted.
 */
export const saveReportValues = (id: number, body: SaveReport) =>
  apiRequest<ReportDetail>('PUT', `/api/reports/${id}/values`, { body });

export const submitReport = (id: number, version: number) =>
  apiRequest<ReportDetail>('POST', `/api/reports/${id}/submit`, { body: { version } });

export const returnReport = (id: number, version: number, reason: string) =>
  apiRequest<ReportDetail>('POST', `/api/reports/${id}/return`, { body: { version, reason } });

/** 409 CHILDREN_NOT_APPROVED (details `{ pending: [{ unitId, name, status }] }`) while a child is not approved. */
export const approveReport = (id: number, version: number) =>
  apiRequest<ReportDetail>('POST', `/api/reports/${id}/approve`, { body: { version } });

export const unlockReport = (id: number, reason: string) =>
  apiRequest<ReportDetail>('POST', `/api/reports/${id}/unlock`, { body: { reason } });

/** Attachments (the routes land separately): files under the multipart field "files". */
export const uploadReportAttachments = (id: number, files: readonly File[]) =>
  uploadFile<unknown>(`/api/reports/${id}/attachments`, files, { field: 'files' });

export const downloadReportAttachment = (attachment: ReportAttachment) =>
  downloadFile(`/api/report-attachments/${attachment.id}`, undefined, attachment.name);

export const deleteReportAttachment = (id: number) =>
  apiRequest<unknown>('DELETE', `/api/report-attachments/${id}`);

export const listForms = (signal?: AbortSignal) => apiGet<Form[]>('/api/forms', undefined, signal);
