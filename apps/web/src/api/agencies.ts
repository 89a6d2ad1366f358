import type { Agency } from '@suotdoi/shared';
import { apiGet } from './client';

export type { Agency };

/** Cơ quan of a province (its own and its communes'), valid on `asOf`. */
export const listAgencies = (
  params: { provinceId?: number; asOf?: string; q?: string },
  signal?: AbortSignal,
) => apiGet<Agency[]>('/api/agencies', { ...params }, signal);
