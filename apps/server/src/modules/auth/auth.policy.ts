import { AppError, isSystemAdmin, type Permission, roleGrants } from '@suotdoi/shared';
import type { Actor } from './actor';

/** The role → permission table lives in packages/shared (domain/roles.ts), so that the web app reads the same. */
export { canGrantRole, type Permission, roleGrants } from '@suotdoi/shared';

/** The units at whose subtree the actor holds `permission`; `'all'` for a system admin. */
export function unitsWithPermission(actor: Actor, permission: Permission): number[] | 'all' {
  if (isSystemAdmin(actor)) return 'all';
  return actor.roles.filter((r) => roleGrants(r.role, permission)).map((r) => r.unitId);
}

/** FORBIDDEN unless some role of the actor grants `permission` (for national settings such as forms). */
export function assertPermissionAnywhere(actor: Actor, permission: Permission): void {
  const units = unitsWithPermission(actor, permission);
  if (units !== 'all' && units.length === 0) throw new AppError('FORBIDDEN', `no ${permission}`);
}
