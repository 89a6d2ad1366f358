import type { AuditEntry } from '@suotdoi/shared';
import { apiGet, downloadFile } from './client';
import type { Page } from './institutions';

export interface AuditFilters {
  unitId?: number;
  username?: string;
  entity?: string;
  from?: string;
  to?: string;
}

export const listAudit = (
  params: AuditFilters & { page?: number; pageSize?: number },
  signal?: AbortSignal,
) => apiGet<Page<AuditEntry>>('/api/audit', { ...params }, signal);

export const exportAudit = (filters: AuditFilters) =>
  downloadFile('/api/audit/export.xlsx', { ...filters }, 'nhat-ky.xlsx');
