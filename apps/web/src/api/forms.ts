import type { Form, Holiday, UpdateForm } from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

/** Biểu mẫu báo cáo and the holiday table (issue 4); contracts in packages/shared/src/schemas/reporting.ts. */
export type { Form, Holiday };

export const listForms = () => apiGet<Form[]>('/api/forms');
export const listHolidays = (year?: number) =>
  apiGet<Holiday[]>('/api/holidays', year ? { year } : undefined);
export const updateForm = (id: number, body: UpdateForm) =>
  apiRequest<Form>('PATCH', `/api/forms/${id}`, { body });
