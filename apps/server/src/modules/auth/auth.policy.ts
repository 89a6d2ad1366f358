import type { Actor, Role } from './actor';

/** What each role may do inside its subtree. Reading is implied by any role. */
export const PERMISSIONS = [
  'unit.read',
  'unit.restructure',
  'institution.write',
  'user.manage',
  'audit.read',
  'dataQuality.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  province_officer: ['unit.read', 'unit.restructure', 'institution.write', 'user.manage', 'audit.read'],
  commune_officer: ['unit.read', 'institution.write', 'audit.read'],
  institution_staff: ['unit.read', 'institution.write'],
  agency_officer: ['unit.read'],
  viewer: ['unit.read'],
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** The units at whose subtree the actor holds `permission`; `'all'` for a system admin. */
export function unitsWithPermission(actor: Actor, permission: Permission): number[] | 'all' {
  if (actor.roles.some((r) => r.role === 'system_admin')) return 'all';
  return actor.roles.filter((r) => roleGrants(r.role, permission)).map((r) => r.unitId);
}

/** Roles an actor may hand out: never more than they hold themselves. */
export function canGrantRole(actor: Actor, role: Role): boolean {
  if (actor.roles.some((r) => r.role === 'system_admin')) return true;
  return role !== 'system_admin';
}
