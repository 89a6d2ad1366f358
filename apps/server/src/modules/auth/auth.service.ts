import type { Session } from '@suotdoi/shared';
import { findRoleViews, hasAnyUser } from '../users/users.repo';
import type { ServiceDeps } from './service-deps';
import type { SessionInfo } from './session-store';

/**
 * Phiên làm việc: who is signed in, with their roles' unit names, the CSRF token for writes, and whether the
 * first-run setup page is due (no account exists yet).
 */
export async function describeSession(
  session: SessionInfo | null,
  deps: Pick<ServiceDeps, 'db'>,
): Promise<Session> {
  if (!session) {
    return { authenticated: false, user: null, csrfToken: null, needsSetup: !(await hasAnyUser(deps.db)) };
  }
  const { actor } = session;
  const roles = (await findRoleViews(deps.db, [actor.userId])).get(actor.userId) ?? [];
  return {
    authenticated: true,
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: session.displayName,
      roles,
      mustChangePassword: session.mustChangePassword,
    },
    csrfToken: session.csrfToken,
    needsSetup: false,
  };
}
