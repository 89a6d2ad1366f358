import { AppError, type ChangePassword } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import { auditUnitOf } from '../users/user-view';
import { findUserById, updateUser } from '../users/users.repo';
import type { Actor } from './actor';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';
import type { ServiceDeps } from './service-deps';
import { deleteOtherSessions } from './session-store';

/**
 * Đổi mật khẩu: the signed-in person changes their own password, proving the current one (WRONG_PASSWORD
 * otherwise). Their other sessions end, so a password changed because it leaked also shuts out whoever had it.
 */
export async function changePassword(
  actor: Actor,
  input: ChangePassword & { sessionToken: string },
  deps: ServiceDeps,
): Promise<void> {
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'the account no longer exists');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', 'the current password is wrong');
  }
  assertStrongPassword(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, updatedAt: now });
    const ended = await deleteOtherSessions(tx, user.id, input.sessionToken);
    await recordAudit(tx, actor, {
      action: 'change_password',
      entity: 'user',
      entityId: user.id,
      unitId: auditUnitOf(actor.roles),
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, otherSessionsEnded: ended },
    });
  });
}
