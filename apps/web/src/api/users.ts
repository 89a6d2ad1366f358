import type { CreateUser, UpdateUser, User } from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';
import type { Page } from './institutions';

export const listUsers = (params: { q?: string; page?: number; pageSize?: number }, signal?: AbortSignal) =>
  apiGet<Page<User>>('/api/users', { ...params }, signal);

export const getUser = (id: string, signal?: AbortSignal) =>
  apiGet<User>(`/api/users/${encodeURIComponent(id)}`, undefined, signal);

export const createUser = (body: CreateUser) => apiRequest<User>('POST', '/api/users', { body });

export const updateUser = (id: string, body: UpdateUser) =>
  apiRequest<User>('PATCH', `/api/users/${encodeURIComponent(id)}`, { body });

/** Without a password the server generates one and returns it once. */
export const resetPassword = (id: string, newPassword?: string) =>
  apiRequest<{ password: string | null }>('POST', `/api/users/${encodeURIComponent(id)}/reset-password`, {
    body: newPassword ? { newPassword } : {},
  });
