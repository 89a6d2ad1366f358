import { AppError, type Login } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import { auditUnitOf, isLocked } from '../users/user-view';
import { findRoles, findUserByUsername } from '../users/users.repo';
import type { Actor } from './actor';
import { recordLoginFailure, recordLoginSuccess } from './auth.repo';
import { verifyDummy, verifyPassword } from './passwords';
import type { ServiceDeps } from './service-deps';
import { createSession, deleteExpiredSessions, deleteSession } from './session-store';

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

export interface NewSession {
  token: string;
  csrfToken: string;
}

/**
 * Đăng nhập: checks the password and opens a session. Wrong password → INVALID_CREDENTIALS; the fifth wrong one
 * in a row, and any attempt during the following fifteen minutes → ACCOUNT_LOCKED. An unknown username costs the
 * same argon2 time as a known one, so timing does not tell which usernames exist. Every outcome is audited.
 */
export async function login(input: Login, client: ClientInfo, deps: ServiceDeps): Promise<NewSession> {
  const username = input.username.normalize('NFC').trim().toLowerCase().slice(0, 100);
  const now = deps.clock();
  const user = await findUserByUsername(deps.db, username);
  if (!user) {
    await verifyDummy(input.password);
    await recordAudit(deps.db, null, {
      action: 'login_failed',
      entity: 'session',
      username,
      ip: client.ip,
      after: { reason: 'unknown_user' },
    });
    throw new AppError('INVALID_CREDENTIALS', 'wrong username or password');
  }
  const roles = await findRoles(deps.db, user.id);
  const actor: Actor = { userId: user.id, username: user.username, roles, ip: client.ip };
  const unitId = auditUnitOf(roles);
  if (isLocked(user, now)) {
    await verifyDummy(input.password);
    await recordAudit(deps.db, actor, {
      action: 'login_failed',
      entity: 'session',
      entityId: user.id,
      unitId,
      after: { reason: 'locked', lockedUntil: user.lockedUntil?.toISOString() },
    });
    throw new AppError('ACCOUNT_LOCKED', 'account locked after too many failed logins');
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || !user.isActive) {
    const { locked } = await deps.db.transaction(async (tx) => {
      const result = await recordLoginFailure(tx, user.id, now);
      const reason = passwordOk ? 'inactive' : 'wrong_password';
      await recordAudit(tx, actor, {
        action: 'login_failed',
        entity: 'session',
        entityId: user.id,
        unitId,
        after: { reason },
      });
      if (result.locked) {
        await recordAudit(tx, actor, { action: 'lockout', entity: 'session', entityId: user.id, unitId });
      }
      return result;
    });
    if (locked) throw new AppError('ACCOUNT_LOCKED', 'account locked after too many failed logins');
    throw new AppError('INVALID_CREDENTIALS', 'wrong username or password');
  }
  return deps.db.transaction(async (tx) => {
    if (!(await recordLoginSuccess(tx, user.id, now))) {
      throw new AppError('ACCOUNT_LOCKED', 'account locked after too many failed logins');
    }
    // Housekeeping where it costs nothing noticeable: sessions are few, and logins rare next to requests.
    await deleteExpiredSessions(tx, now);
    const session = await createSession(tx, user.id, client, now);
    await recordAudit(tx, actor, { action: 'login', entity: 'session', entityId: user.id, unitId });
    return session;
  });
}

/** Đăng xuất: ends the session behind `token`. */
export async function logout(
  actor: Actor | null,
  token: string | undefined,
  deps: ServiceDeps,
): Promise<void> {
  if (!token) return;
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, token);
    if (actor) {
      await recordAudit(tx, actor, {
        action: 'logout',
        entity: 'session',
        entityId: actor.userId,
        unitId: auditUnitOf(actor.roles),
      });
    }
  });
}
