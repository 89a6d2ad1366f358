import type {
  DocumentKind,
  DocumentModel,
  DocumentTemplate,
  DocumentTemplateInput,
  PublishedReport,
  PublishedReportDetail,
} from '@suotdoi/shared';
import { apiGet, apiRequest, downloadFile, type QueryParams } from './client';

/** Công bố: the official reports built from the data, their templates and published copies (schemas/documents.ts). */

export type {
  Block,
  ChartSpec,
  DocumentKind,
  DocumentModel,
  DocumentTemplate,
  DocumentTemplateInput,
  FigureChange,
  PublishedReport,
  PublishedReportDetail,
} from '@suotdoi/shared';

export type DocumentLang = 'vi' | 'en';
export type FileFormat = 'docx' | 'xlsx';

/** Which document: the annual report of a year, or the 2025 / 2030 review (which take their milestone year). */
export interface DocumentRequest {
  kind: DocumentKind;
  unitId: number;
  /** Annual reports only. */
  year?: number;
  planId?: number;
  lang: DocumentLang;
}

/** The route and query that generate a document in a format: /api/reports/annual or /api/reports/review. */
export function documentEndpoint(
  request: DocumentRequest,
  format: FileFormat | 'json',
): { path: string; query: QueryParams } {
  const common = { unitId: request.unitId, format, planId: request.planId, lang: request.lang };
  return request.kind === 'annual'
    ? { path: '/api/reports/annual', query: { ...common, year: request.year } }
    : { path: '/api/reports/review', query: { kind: request.kind, ...common } };
}

const FILE_STEMS: Record<DocumentKind, string> = {
  annual: 'bao-cao-nam',
  midterm: 'so-ket-2025',
  final: 'tong-ket-2030',
};

/**
 * The name a download gets when the server's Content-Disposition names none: "bao-cao-nam-37-2026.docx",
 * "phu-luc-so-ket-2025-37.xlsx". ASCII only, so that every mail system and USB stick takes it.
 */
export function documentFileName(
  request: Pick<DocumentRequest, 'kind' | 'year'>,
  unitCode: string,
  format: FileFormat,
): string {
  const stem = [
    format === 'xlsx' ? 'phu-luc' : '',
    FILE_STEMS[request.kind],
    unitCode.replace(/[^A-Za-z0-9_-]+/g, '-'),
    request.kind === 'annual' && request.year ? String(request.year) : '',
  ]
    .filter(Boolean)
    .join('-');
  return `${stem}.${format}`;
}

/** The document tree: what the print view lays out, and where the gaps and figures are read. */
export function getDocumentModel(request: DocumentRequest, signal?: AbortSignal) {
  const { path, query } = documentEndpoint(request, 'json');
  return apiGet<DocumentModel>(path, query, signal);
}

/** Generates the DOCX or the XLSX annexes from today's data and hands the file to the browser. */
export function downloadDocument(request: DocumentRequest, format: FileFormat, unitCode: string) {
  const { path, query } = documentEndpoint(request, format);
  return downloadFile(path, query, documentFileName(request, unitCode, format));
}

/** Defaults derived from the unit while `updatedAt` is null. */
export const getDocumentTemplate = (unitId: number, signal?: AbortSignal) =>
  apiGet<DocumentTemplate>(`/api/document-templates/${unitId}`, undefined, signal);

/** Needs document.publish on the unit. */
export const saveDocumentTemplate = (unitId: number, body: DocumentTemplateInput) =>
  apiRequest<DocumentTemplate>('PUT', `/api/document-templates/${unitId}`, { body });

/** Freezes today's document (figures and files); needs document.publish on the unit. */
export const publishReport = (request: DocumentRequest) =>
  apiRequest<PublishedReport>('POST', '/api/published-reports', {
    body: {
      kind: request.kind,
      unitId: request.unitId,
      ...(request.kind === 'annual' && request.year ? { year: request.year } : {}),
      ...(request.planId ? { planId: request.planId } : {}),
      lang: request.lang,
    },
  });

export interface PublishedListParams {
  unitId?: number;
  year?: number;
  kind?: DocumentKind;
}

/** Newest first. */
export const listPublishedReports = (params: PublishedListParams, signal?: AbortSignal) =>
  apiGet<PublishedReport[]>('/api/published-reports', { ...params }, signal);

/** The frozen model, what changed since and whether today's data would give the same document. */
export const getPublishedReport = (id: number, signal?: AbortSignal) =>
  apiGet<PublishedReportDetail>(`/api/published-reports/${id}`, undefined, signal);

/** The bytes frozen at publishing time (never regenerated). */
export function downloadPublishedFile(
  report: Pick<PublishedReport, 'id' | 'kind' | 'year'>,
  format: FileFormat,
) {
  return downloadFile(
    `/api/published-reports/${report.id}/file`,
    { format },
    documentFileName(report, `cong-bo-${report.id}`, format),
  );
}
