import { AppError, type ResetPassword, type ResetPasswordResult } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import { assertStrongPassword, hashPassword, randomPassword } from '../auth/passwords';
import type { ServiceDeps } from '../auth/service-deps';
import { deleteUserSessions } from '../auth/session-store';
import { auditUnitOf } from './user-view';
import { findRoles, updateUser } from './users.repo';
import { loadManagedUser } from './users.service';

/**
 * Đặt lại mật khẩu: an account manager sets a new password, the one given or a random one returned once. The
 * owner must change it at the next sign-in, their sessions end, and a lockout is cleared. One's own password is
 * changed with the current one instead (changePassword).
 */
export async function resetPassword(
  actor: Actor,
  input: { id: string } & ResetPassword,
  deps: ServiceDeps,
): Promise<ResetPasswordResult> {
  if (input.id === actor.userId) {
    throw new AppError('FORBIDDEN', 'change your own password with the current one');
  }
  const password = input.newPassword ?? randomPassword();
  assertStrongPassword(password);
  const passwordHash = await hashPassword(password);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const before = await loadManagedUser(tx, actor, input.id);
    await updateUser(tx, input.id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: now,
    });
    await deleteUserSessions(tx, input.id);
    await recordAudit(tx, actor, {
      action: 'reset_password',
      entity: 'user',
      entityId: input.id,
      unitId: auditUnitOf(await findRoles(tx, input.id)),
      // The password and its hash are never logged; only what the reset changed around them.
      before: {
        mustChangePassword: before.mustChangePassword,
        lockedUntil: before.lockedUntil?.toISOString() ?? null,
      },
      after: { mustChangePassword: true, lockedUntil: null, generated: input.newPassword === undefined },
    });
  });
  return { password: input.newPassword === undefined ? password : null };
}
