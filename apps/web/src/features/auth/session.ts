import type { Session } from '@suotdoi/shared';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { fetchSession, signOut } from '../../api/auth';
import { setCsrfToken } from '../../api/client';
import { hasPermission, type Permission } from '../../lib/permissions';

export const SESSION_KEY = ['session'] as const;

/** Reads the session and keeps the API client's CSRF token in step with it. */
export async function loadSession(signal?: AbortSignal): Promise<Session> {
  const session = await fetchSession(signal);
  setCsrfToken(session.csrfToken);
  return session;
}

/** After login, setup or logout: the new session becomes the cached one at once. */
export function applySession(client: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  client.setQueryData(SESSION_KEY, session);
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: ({ signal }) => loadSession(signal), staleTime: 60_000 });
}

/** The signed-in user (the guard in RequireAuth makes sure there is one inside the app shell). */
export function useCurrentUser() {
  return useSession().data?.user ?? null;
}

export function useCan(permission: Permission): boolean {
  return hasPermission(useCurrentUser(), permission);
}

/** Drops everything cached for the previous user and reloads the session. */
export function useResetSession() {
  const client = useQueryClient();
  return async () => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    await client.invalidateQueries({ queryKey: SESSION_KEY });
  };
}

/** Signs out (even if the server cannot be reached, the local session is dropped) and goes to the sign-in page. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await signOut();
    } finally {
      client.clear();
      applySession(client, { authenticated: false, user: null, csrfToken: null, needsSetup: false });
      navigate('/login', { replace: true });
    }
  };
}
