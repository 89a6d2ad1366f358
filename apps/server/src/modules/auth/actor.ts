import { AppError } from '@suotdoi/shared';

/** Vai trò: what a person may do, always on a unit subtree. */
export const ROLES = [
  'system_admin',
  'province_officer',
  'commune_officer',
  'institution_staff',
  'agency_officer',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleAssignment {
  role: Role;
  unitId: number;
}

/** The signed-in person a service acts for; services take it, never the request. */
export interface Actor {
  userId: string;
  username: string;
  roles: RoleAssignment[];
  ip?: string;
}

export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return actor;
}

export function isSystemAdmin(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'system_admin');
}
