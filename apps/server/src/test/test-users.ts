import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../db/client';
import { roleAssignments, users } from '../db/schema';
import type { RoleAssignment } from '../modules/auth/actor';
import { createSession, SESSION_COOKIE } from '../modules/auth/session-store';
import type { TestApp } from './test-app';

export interface Client {
  username: string;
  userId: string;
  csrfToken: string;
  /** app.inject with this user's session cookie, and the CSRF token on writes. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Inserts a user with these roles (no password: tests that need one sign in through the login route). */
export async function insertUser(database: Database, roles: RoleAssignment[], username?: string) {
  const name = username ?? `u_${randomBytes(4).toString('hex')}`;
  const [user] = await database.db
    .insert(users)
    .values({ username: name, displayName: name, passwordHash: 'unusable' })
    .returning();
  if (roles.length > 0)
    await database.db.insert(roleAssignments).values(roles.map((r) => ({ ...r, userId: user!.id })));
  return user!;
}

/** A signed-in client for a new user holding `roles`, without going through the login route. */
export async function signInAs(t: TestApp, roles: RoleAssignment[], username?: string): Promise<Client> {
  const user = await insertUser(t.database, roles, username);
  const { token, csrfToken } = await createSession(t.database.db, user.id, {}, new Date());
  return clientFor(t, user.username, user.id, token, csrfToken);
}

export function clientFor(
  t: TestApp,
  username: string,
  userId: string,
  token: string,
  csrfToken: string,
): Client {
  return {
    username,
    userId,
    csrfToken,
    request: (options) =>
      t.app.inject({
        ...options,
        cookies: { ...(options.cookies ?? {}), [SESSION_COOKIE]: token },
        headers: { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}
