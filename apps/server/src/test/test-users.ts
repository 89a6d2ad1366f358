import { randomBytes } from 'node:crypto';
import { foldDiacritics } from '@suotdoi/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll } from 'vitest';
import type { Database } from '../db/client';
import { roleAssignments, unitParents, units, users } from '../db/schema';
import type { RoleAssignment } from '../modules/auth/actor';
import { hashPassword } from '../modules/auth/passwords';
import { createSession, SESSION_COOKIE } from '../modules/auth/session-store';
import { type TestApp, useTestApp } from './test-app';

export interface Client {
  username: string;
  userId: string;
  csrfToken: string;
  /** The session cookie's value, for requests made without the helper (e.g. with no CSRF token). */
  sessionToken: string;
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
    sessionToken: token,
    request: (options) =>
      t.app.inject({
        ...options,
        cookies: { ...(options.cookies ?? {}), [SESSION_COOKIE]: token },
        headers: { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}

/** A client address of its own, so that the login rate limit (per address) only bites the test about it. */
export const randomIp = () => `10.${[0, 0, 0].map(() => randomBytes(1)[0]! % 250).join('.')}`;

/** Inserts a user with a real argon2 password and these roles; returns the user and the password. */
export async function insertUserWithPassword(
  database: Database,
  roles: RoleAssignment[],
  options: { username?: string; password?: string } = {},
) {
  const user = await insertUser(database, roles, options.username);
  const password = options.password ?? `pw-${randomBytes(8).toString('hex')}`;
  await database.db
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, user.id));
  return { user, password };
}

/** Signs in through POST /api/auth/login, as a browser would; throws unless it succeeds. */
export async function signInWithPassword(
  t: TestApp,
  username: string,
  password: string,
  remoteAddress = randomIp(),
): Promise<Client> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} → ${res.statusCode} ${res.body}`);
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  const body = res.json() as { csrfToken: string; user: { id: string } };
  return clientFor(t, username, body.user.id, token, body.csrfToken);
}

/** A user with a password, signed in through the login route. */
export async function signInAsWithPassword(t: TestApp, roles: RoleAssignment[], username?: string) {
  const { user, password } = await insertUserWithPassword(t.database, roles, { username });
  return { user, password, client: await signInWithPassword(t, user.username, password) };
}

export interface AccessUnits {
  countryId: number;
  /** Today's Ninh Bình (code 37). */
  provinceId: number;
  /** Today's Hà Nội (code 01). */
  otherProvinceId: number;
  /** Two communes of Ninh Bình and one of Hà Nội, made for the test (random codes). */
  communeId: number;
  siblingCommuneId: number;
  otherCommuneId: number;
}

/** useTestApp with the access units made: both filled in before the block's tests. */
export function useAccessApp(options?: Parameters<typeof useTestApp>[0]): { t: TestApp; u: AccessUnits } {
  const t = useTestApp(options);
  const u = {} as AccessUnits;
  beforeAll(async () => {
    Object.assign(u, await ensureAccessUnits(t.database));
  });
  return { t, u };
}

const FROM = '2025-07-01';

async function findOrInsertUnit(
  database: Database,
  unit: { kind: string; code: string; name: string; parentId?: number },
): Promise<number> {
  const { db } = database;
  const [found] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.kind, unit.kind), eq(units.code, unit.code), isNull(units.validTo)));
  if (found) return found.id;
  const [row] = await db
    .insert(units)
    .values({
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      searchName: foldDiacritics(unit.name),
      validFrom: unit.kind === 'country' ? '1945-09-02' : FROM,
      source: 'test',
    })
    .returning({ id: units.id });
  if (unit.parentId !== undefined) {
    await db.insert(unitParents).values({ unitId: row!.id, parentId: unit.parentId, validFrom: FROM });
  }
  return row!.id;
}

/**
 * The units access tests need: the country, two provinces and three communes. Provinces and the country are
 * taken from the reference data when it is loaded; the communes are always the test's own.
 */
export async function ensureAccessUnits(database: Database): Promise<AccessUnits> {
  const countryId = await findOrInsertUnit(database, { kind: 'country', code: 'VN', name: 'Việt Nam' });
  const provinceId = await findOrInsertUnit(database, {
    kind: 'province',
    code: '37',
    name: 'Ninh Bình',
    parentId: countryId,
  });
  const otherProvinceId = await findOrInsertUnit(database, {
    kind: 'province',
    code: '01',
    name: 'Hà Nội',
    parentId: countryId,
  });
  const commune = (parentId: number, name: string) =>
    findOrInsertUnit(database, {
      kind: 'commune',
      code: `T${randomBytes(4).toString('hex')}`,
      name,
      parentId,
    });
  return {
    countryId,
    provinceId,
    otherProvinceId,
    communeId: await commune(provinceId, 'Xã Thử Nghiệm'),
    siblingCommuneId: await commune(provinceId, 'Xã Bên Cạnh'),
    otherCommuneId: await commune(otherProvinceId, 'Phường Thử Hà Nội'),
  };
}
