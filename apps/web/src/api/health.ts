import type { Health } from '@suotdoi/shared';
import { apiGet } from './client';

export const fetchHealth = () => apiGet<Health>('/api/health');
