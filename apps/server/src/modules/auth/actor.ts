import { AppError, type Role } from '@suotdoi/shared';

export type { Role } from '@suotdoi/shared';

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
