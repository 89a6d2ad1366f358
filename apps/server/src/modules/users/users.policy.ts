import { AppError } from '@suotdoi/shared';
import type { Actor, RoleAssignment } from '../auth/actor';
import { canGrantRole, roleGrants } from '../auth/auth.policy';

/** A role that lets its holder manage accounts (system admin everywhere, province officer in a province). */
export function isAdminRole(role: RoleAssignment['role']): boolean {
  return roleGrants(role, 'user.manage');
}

/** Refuses roles the actor may not hand out (only a system admin grants system_admin). */
export function assertCanGrantRoles(actor: Actor, roles: readonly RoleAssignment[]): void {
  const refused = roles.filter((r) => !canGrantRole(actor, r.role));
  if (refused.length > 0) {
    throw new AppError('FORBIDDEN', `may not grant ${refused.map((r) => r.role).join(', ')}`, {
      roles: refused.map((r) => r.role),
    });
  }
}

/**
 * Nobody edits themselves out of administration: a system admin keeps system_admin, an account manager keeps
 * at least one managing role, and nobody deactivates their own account. Otherwise one click can leave a
 * province (or the whole system) with no one able to fix it.
 */
export function assertNotSelfDemotion(
  actor: Actor,
  targetUserId: string,
  change: { roles?: readonly RoleAssignment[]; isActive?: boolean },
): void {
  if (actor.userId !== targetUserId) return;
  if (change.isActive === false) {
    throw new AppError('LAST_ADMIN_ROLE', 'you cannot deactivate your own account');
  }
  if (!change.roles) return;
  const next = change.roles;
  if (actor.roles.some((r) => r.role === 'system_admin') && !next.some((r) => r.role === 'system_admin')) {
    throw new AppError('LAST_ADMIN_ROLE', 'you cannot remove your own system_admin role');
  }
  if (actor.roles.some((r) => isAdminRole(r.role)) && !next.some((r) => isAdminRole(r.role))) {
    throw new AppError('LAST_ADMIN_ROLE', 'you cannot remove your last managing role');
  }
}

/** The same role on the same unit twice is one assignment. */
export function dedupeRoles<T extends RoleAssignment>(roles: readonly T[]): RoleAssignment[] {
  const seen = new Map<string, RoleAssignment>();
  for (const r of roles) seen.set(`${r.role}@${r.unitId}`, { role: r.role, unitId: r.unitId });
  return [...seen.values()].sort((a, b) => a.unitId - b.unitId || a.role.localeCompare(b.role));
}

/** True when the change takes the system_admin role away from an active account, or deactivates one. */
export function removesSystemAdmin(
  before: { roles: readonly RoleAssignment[]; isActive: boolean },
  after: { roles: readonly RoleAssignment[]; isActive: boolean },
): boolean {
  const wasAdmin = before.isActive && before.roles.some((r) => r.role === 'system_admin');
  const isAdmin = after.isActive && after.roles.some((r) => r.role === 'system_admin');
  return wasAdmin && !isAdmin;
}
