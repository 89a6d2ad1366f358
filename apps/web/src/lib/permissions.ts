import type { RoleName, SessionUser } from '@suotdoi/shared';

/**
 * What each role may do, mirrored from the server's policy (apps/server/src/modules/auth/auth.policy.ts) so that
 * the UI hides what a person cannot do. The server decides: this only shapes menus and buttons.
 */
export const PERMISSIONS = [
  'unit.read',
  'unit.restructure',
  'institution.write',
  'user.manage',
  'audit.read',
  'dataQuality.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<RoleName, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  province_officer: ['unit.read', 'unit.restructure', 'institution.write', 'user.manage', 'audit.read'],
  commune_officer: ['unit.read', 'institution.write', 'audit.read'],
  institution_staff: ['unit.read', 'institution.write'],
  agency_officer: ['unit.read'],
  viewer: ['unit.read'],
};

export function isSystemAdmin(user: SessionUser | null | undefined): boolean {
  return !!user?.roles.some((r) => r.role === 'system_admin');
}

/** True when one of the user's roles grants `permission` (on some unit; the server checks which). */
export function hasPermission(user: SessionUser | null | undefined, permission: Permission): boolean {
  return !!user?.roles.some((r) => GRANTS[r.role]?.includes(permission));
}

/** Roles a user may hand out: never system_admin unless they are one. */
export function grantableRoles(user: SessionUser | null | undefined): RoleName[] {
  const all = Object.keys(GRANTS) as RoleName[];
  return isSystemAdmin(user) ? all : all.filter((r) => r !== 'system_admin');
}

export interface UnitChoice {
  unitId: number;
  unitName: string;
  unitCode: string;
}

/** The distinct units the user's roles sit on, in the order of the roles: the header's unit picker offers them. */
export function roleUnits(user: SessionUser | null | undefined): UnitChoice[] {
  const seen = new Map<number, UnitChoice>();
  for (const r of user?.roles ?? []) {
    if (!seen.has(r.unitId))
      seen.set(r.unitId, { unitId: r.unitId, unitName: r.unitName, unitCode: r.unitCode });
  }
  return [...seen.values()];
}
