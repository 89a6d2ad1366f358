import { type Permission, roleGrants, type SessionUser } from '@suotdoi/shared';

/**
 * Whether the user holds `permission` on a unit: a role granting it on the unit itself or on one of its ancestors
 * (roles cover a subtree). `unitIds` is the unit and its ancestors. The server decides; this only hides buttons.
 */
export function canOnUnit(
  user: Pick<SessionUser, 'roles'> | null | undefined,
  permission: Permission,
  unitIds: readonly number[],
): boolean {
  return !!user?.roles.some(
    (r) => roleGrants(r.role, permission) && (r.role === 'system_admin' || unitIds.includes(r.unitId)),
  );
}
