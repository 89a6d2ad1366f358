import type { Login, Session } from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

/** GET /api/auth/session: who is signed in, the CSRF token, and whether first-run setup is due. */
export const fetchSession = (signal?: AbortSignal) => apiGet<Session>('/api/auth/session', undefined, signal);

export const signIn = (body: Login) => apiRequest<Session>('POST', '/api/auth/login', { body });

export const signOut = () => apiRequest<unknown>('POST', '/api/auth/logout');

export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}
export const changePassword = (body: ChangePasswordBody) =>
  apiRequest<unknown>('POST', '/api/auth/password', { body });

export interface SetupBody {
  username?: string;
  displayName: string;
  password: string;
}
/** First run only (session.needsSetup): creates the first system administrator and signs them in. */
export const setupSystem = (body: SetupBody) => apiRequest<Session>('POST', '/api/setup', { body });
