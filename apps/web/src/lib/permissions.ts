import {
  canGrantRole,
  type Permission,
  ROLES,
  type Role,
  roleGrants,
  type SessionUser,
} from '@suotdoi/shared';

/**
 * The role grants come from packages/shared (domain/roles.ts), the table the server's policy uses, so that the
 * UI hides what a person cannot do. The server decides: this only shapes menus and buttons.
 */
export { isSystemAdmin, type Permission } from '@suotdoi/shared';

/** True when one of the user's roles grants `permission` (on some unit; the server checks which). */
export function hasPermission(user: SessionUser | null | undefined, permission: Permission): boolean {
  return !!user?.roles.some((r) => roleGrants(r.role, permission));
}

/** Roles a user may hand out: never system_admin unless they are one. */
export function grantableRoles(user: SessionUser | null | undefined): Role[] {
  return ROLES.filter((r) => canGrantRole(user, r));
}

export interface UnitChoice {
  unitId: number;
  unitName: string;
  unitCode: string;
}

/** The user's units as a unit picker names them before it has looked them up: "Quảng Ninh (22)". */
export function choiceLabels(choices: readonly UnitChoice[]): Record<number, string> {
  return Object.fromEntries(choices.map((c) => [c.unitId, `${c.unitName} (${c.unitCode})`]));
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
