import { AppError, type UpdateUser, type User } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { deleteUserSessions } from '../auth/session-store';
import { auditSnapshot, auditUnitOf } from './user-view';
import { assertCanGrantRoles, assertNotSelfDemotion, dedupeRoles, removesSystemAdmin } from './users.policy';
import {
  countActiveSystemAdmins,
  findRoles,
  findUserByIdForUpdate,
  lockSystemAdminChanges,
  replaceRoles,
  updateUser as updateUserRow,
} from './users.repo';
import { assertRoleUnits, loadManagedUser, viewOf } from './users.service';

/**
 * Changes an account's name, e-mail, active flag or roles, or clears its lockout. Roles are replaced as a set,
 * under the same rules as createUser; nobody edits themselves out of administration, and the last active
 * system admin stays one. A deactivated account's sessions end at once.
 */
export async function updateUser(
  actor: Actor,
  input: { id: string; patch: UpdateUser },
  deps: ServiceDeps,
): Promise<User> {
  const { id, patch } = input;
  const nextRoles = patch.roles ? dedupeRoles(patch.roles) : undefined;
  if (nextRoles) assertCanGrantRoles(actor, nextRoles);
  assertNotSelfDemotion(actor, id, { roles: nextRoles, isActive: patch.isActive });
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    await loadManagedUser(tx, actor, id);
    const before = (await findUserByIdForUpdate(tx, id))!;
    const beforeRoles = await findRoles(tx, id);
    if (nextRoles) await assertRoleUnits(tx, actor, nextRoles);
    const roles = nextRoles ?? beforeRoles;
    const isActive = patch.isActive ?? before.isActive;
    if (removesSystemAdmin({ roles: beforeRoles, isActive: before.isActive }, { roles, isActive })) {
      await lockSystemAdminChanges(tx);
      if ((await countActiveSystemAdmins(tx)) <= 1) {
        throw new AppError('LAST_ADMIN_ROLE', 'this is the last active system admin');
      }
    }
    const after = await updateUserRow(tx, id, {
      ...(patch.displayName !== undefined && { displayName: patch.displayName }),
      ...(patch.email !== undefined && { email: patch.email }),
      isActive,
      ...(patch.unlock && { failedLogins: 0, lockedUntil: null }),
      updatedAt: now,
    });
    if (nextRoles) await replaceRoles(tx, id, nextRoles);
    if (!isActive && before.isActive) await deleteUserSessions(tx, id);
    await recordAudit(tx, actor, {
      action: patch.unlock ? 'unlock' : 'update',
      entity: 'user',
      entityId: id,
      unitId: auditUnitOf(roles),
      before: auditSnapshot(before, beforeRoles),
      after: auditSnapshot(after, roles),
    });
    return viewOf(tx, after, now);
  });
}
