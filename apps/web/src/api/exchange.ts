import { apiGet, downloadFile, uploadFile } from './client';

/**
 * Trao đổi số liệu: a form's template and file import, and the jobs of long imports. The types mirror
 * apps/server/src/modules/reporting/exchange/exchange.schemas.ts.
 */

export interface ValueProblem {
  row: number;
  /** unitCode, an element code, or a header's text. */
  field: string;
  reason: string;
  value: string;
  message: string;
}

export interface FormImportResult {
  dryRun: boolean;
  rows: number;
  total: number;
  imported: number;
  updated: number;
  ignored: number;
  deleted: number;
  reports: number;
  problems: ValueProblem[];
}

export type FormImportAnswer = FormImportResult | { jobId: string };

export interface Job {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  done: number;
  result: unknown;
}

export const downloadFormTemplate = (formId: number, period: string, name: string) =>
  downloadFile(`/api/forms/${formId}/template`, { period }, name);

/** Dry run first (nothing written); the real import answers the result, or a job id for a large file. */
export const importFormFile = (
  formId: number,
  period: string,
  file: File,
  dryRun: boolean,
  onProgress?: (fraction: number) => void,
) =>
  uploadFile<FormImportAnswer>(`/api/forms/${formId}/import`, file, {
    query: { period, dryRun },
    onProgress,
  });

export const getJob = (id: string, signal?: AbortSignal) => apiGet<Job>(`/api/jobs/${id}`, undefined, signal);
