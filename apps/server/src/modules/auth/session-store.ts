import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { roleAssignments, sessions, users } from '../../db/schema';
import type { Actor, Role } from './actor';

export const SESSION_COOKIE = 'sd_session';
export const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
  displayName: string;
  mustChangePassword: boolean;
}

/** Opens a session; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: DbOrTx,
  userId: string,
  meta: { ip?: string; userAgent?: string },
  now: Date,
) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
  });
  return { token, csrfToken };
}

export async function findSession(db: DbOrTx, token: string, now: Date): Promise<SessionInfo | null> {
  const [row] = await db
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      isActive: users.isActive,
      mustChangePassword: users.mustChangePassword,
      csrfToken: sessions.csrfToken,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)));
  if (!row?.isActive) return null;
  const roles = await db
    .select({ role: roleAssignments.role, unitId: roleAssignments.unitId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, row.userId));
  return {
    actor: {
      userId: row.userId,
      username: row.username,
      roles: roles.map((r) => ({ ...r, role: r.role as Role })),
    },
    csrfToken: row.csrfToken,
    displayName: row.displayName,
    mustChangePassword: row.mustChangePassword,
  };
}

export async function deleteSession(db: DbOrTx, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function deleteUserSessions(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends every session of the user but the one holding `keepToken` (after a password change). */
export async function deleteOtherSessions(db: DbOrTx, userId: string, keepToken: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashToken(keepToken))))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
