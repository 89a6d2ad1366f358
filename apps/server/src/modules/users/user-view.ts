import type { SessionRole, User } from '@suotdoi/shared';
import type { RoleAssignment } from '../auth/actor';
import type { UserRow } from './users.repo';

export function isLocked(row: Pick<UserRow, 'lockedUntil'>, now: Date): boolean {
  return row.lockedUntil !== null && row.lockedUntil > now;
}

/** The API's view of an account: never the password hash. */
export function toUserView(row: UserRow, roles: SessionRole[], now: Date): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    isActive: row.isActive,
    isLocked: isLocked(row, now),
    isDemo: row.isDemo,
    mustChangePassword: row.mustChangePassword,
    roles,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit keeps of an account before and after a change: everything a reviewer needs, no secrets. */
export function auditSnapshot(row: UserRow, roles: RoleAssignment[]) {
  return {
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    isActive: row.isActive,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    roles: roles.map((r) => ({ role: r.role, unitId: r.unitId })),
  };
}

/** The unit an account's audit entries are filed under, so the audit view of that subtree shows them. */
export function auditUnitOf(roles: readonly RoleAssignment[]): number | null {
  return roles[0]?.unitId ?? null;
}
