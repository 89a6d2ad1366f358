import { AppError, type User, type UserListQuery, type UserPage } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess, scopedUnitIds } from '../auth/access';
import type { Actor, RoleAssignment } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { toUserView } from './user-view';
import {
  findExistingUnitIds,
  findRoleViews,
  findUserById,
  isUserInScope,
  listUsers,
  type UserRow,
} from './users.repo';

/**
 * Tài khoản: the accounts the actor manages, by username. Only accounts whose every role lies in the actor's
 * 'user.manage' subtrees are listed; an actor who manages no one gets an empty page, not an error.
 */
export async function listManagedUsers(
  actor: Actor,
  query: UserListQuery,
  deps: ServiceDeps,
): Promise<UserPage> {
  const { rows, total } = await listUsers(deps.db, {
    scope: scopedUnitIds(actor, 'user.manage'),
    q: query.q,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  const roles = await findRoleViews(
    deps.db,
    rows.map((r) => r.id),
  );
  const now = deps.clock();
  return { items: rows.map((r) => toUserView(r, roles.get(r.id) ?? [], now)), total };
}

/** One account the actor manages; NOT_FOUND when it is outside their scope (which looks like absence). */
export async function getManagedUser(actor: Actor, id: string, deps: ServiceDeps): Promise<User> {
  const row = await loadManagedUser(deps.db, actor, id);
  return viewOf(deps.db, row, deps.clock());
}

/** The account if the actor manages it, else NOT_FOUND. */
export async function loadManagedUser(db: DbOrTx, actor: Actor, id: string): Promise<UserRow> {
  const row = await findUserById(db, id);
  if (!row || !(await isUserInScope(db, id, scopedUnitIds(actor, 'user.manage')))) {
    throw new AppError('NOT_FOUND', `user ${id} not found`);
  }
  return row;
}

export async function viewOf(db: DbOrTx, row: UserRow, now: Date): Promise<User> {
  const roles = await findRoleViews(db, [row.id]);
  return toUserView(row, roles.get(row.id) ?? [], now);
}

/**
 * Every role's unit must exist and lie in the actor's 'user.manage' subtree: NOT_FOUND for a unit that does not
 * exist or that the actor cannot even see, FORBIDDEN for one they see but do not manage accounts in.
 */
export async function assertRoleUnits(
  db: DbOrTx,
  actor: Actor,
  roles: readonly RoleAssignment[],
): Promise<void> {
  const unitIds = [...new Set(roles.map((r) => r.unitId))];
  const existing = await findExistingUnitIds(db, unitIds);
  const missing = unitIds.filter((id) => !existing.has(id));
  if (missing.length > 0)
    throw new AppError('NOT_FOUND', `unit ${missing.join(', ')} not found`, { missing });
  for (const unitId of unitIds) await assertUnitAccess(db, actor, 'user.manage', unitId);
}

/** PostgreSQL's unique_violation, whether drizzle wraps the driver's error or not. */
export function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
