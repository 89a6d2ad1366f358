import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEntries, users } from '../../db/schema';
import {
  insertUserWithPassword,
  randomIp,
  signInAs,
  signInWithPassword,
  useAccessApp,
} from '../../test/test-users';
import { SESSION_COOKIE } from './session-store';

describe('POST /api/auth/login', () => {
  let now = new Date();
  const { t, u } = useAccessApp({ clock: () => now });
  const login = (username: string, password: string, remoteAddress = randomIp()) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  const auditOf = (userId: string) =>
    t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, userId))
      .orderBy(auditEntries.id);

  it('signs in, sets an HttpOnly SameSite=Lax cookie, and answers the session with unit names', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'province_officer', unitId: u.provinceId },
    ]);
    const res = await login(` ${user.username.toUpperCase()} `, password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    expect(cookie.secure).toBeFalsy();
    expect(res.json()).toMatchObject({
      authenticated: true,
      needsSetup: false,
      csrfToken: expect.any(String),
      user: {
        id: user.id,
        username: user.username,
        mustChangePassword: false,
        roles: [
          { role: 'province_officer', unitId: u.provinceId, unitCode: '37', unitName: expect.any(String) },
        ],
      },
    });
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { [SESSION_COOKIE]: cookie.value },
    });
    expect(session.json()).toMatchObject({ authenticated: true, csrfToken: res.json().csrfToken });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.lastLoginAt?.getTime()).toBe(now.getTime());
    expect((await auditOf(user.id)).map((a) => a.action)).toEqual(['login']);
    expect((await auditOf(user.id))[0]).toMatchObject({ entity: 'session', unitId: u.provinceId });
  });

  it('answers INVALID_CREDENTIALS alike for a wrong password and an unknown user', async () => {
    const { user } = await insertUserWithPassword(t.database, [{ role: 'viewer', unitId: u.provinceId }]);
    const wrong = await login(user.username, 'not-the-password');
    const unknown = await login('khong.ton.tai', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.cookies).toHaveLength(0);
    const failed = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'login_failed'), eq(auditEntries.username, 'khong.ton.tai')));
    expect(failed).toMatchObject([{ entity: 'session', userId: null, after: { reason: 'unknown_user' } }]);
  });

  it('refuses an inactive account even with the right password', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    await t.database.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    const res = await login(user.username, password);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks the account for 15 minutes after 5 failures in a row, then lets the right password in', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    for (let i = 1; i <= 4; i++)
      expect((await login(user.username, `wrong-${i}-xxxxx`)).statusCode).toBe(401);
    const fifth = await login(user.username, 'wrong-5-xxxxx');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    // Even the right password is refused while the lock lasts.
    expect((await login(user.username, password)).statusCode).toBe(423);
    const start = now;
    now = new Date(start.getTime() + 14 * 60_000);
    expect((await login(user.username, password)).statusCode).toBe(423);
    now = new Date(start.getTime() + 15 * 60_000 + 1000);
    expect((await login(user.username, password)).statusCode).toBe(200);
    const actions = (await auditOf(user.id)).map((a) => a.action);
    expect(actions).toEqual([
      ...Array(5).fill('login_failed'),
      'lockout',
      'login_failed',
      'login_failed',
      'login',
    ]);
  });

  it('resets the failure count on success', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    for (let i = 0; i < 4; i++) await login(user.username, 'wrong-password');
    expect((await login(user.username, password)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(user.username, 'wrong-password')).statusCode).toBe(401);
    expect((await login(user.username, password)).statusCode).toBe(200);
  });

  it('is unlocked by an admin before the 15 minutes are over', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    for (let i = 0; i < 5; i++) await login(user.username, 'wrong-password');
    expect((await login(user.username, password)).statusCode).toBe(423);
    const admin = await signInAs(t, [{ role: 'province_officer', unitId: u.provinceId }]);
    const view = await admin.request({ method: 'GET', url: `/api/users/${user.id}` });
    expect(view.json().isLocked).toBe(true);
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { unlock: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().isLocked).toBe(false);
    expect((await login(user.username, password)).statusCode).toBe(200);
    const unlock = (await auditOf(user.id)).find((a) => a.action === 'unlock')!;
    expect(unlock).toMatchObject({ userId: admin.userId, entity: 'user' });
    expect((unlock.before as { lockedUntil: string | null }).lockedUntil).not.toBeNull();
    expect((unlock.after as { lockedUntil: string | null }).lockedUntil).toBeNull();
  });

  it('answers 429 RATE_LIMITED with the error body after 10 attempts a minute from one address', async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i++) expect((await login('ai.do', 'whatever-pass', ip)).statusCode).toBe(401);
    const res = await login('ai.do', 'whatever-pass', ip);
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ error: { code: 'RATE_LIMITED', message: expect.any(String) } });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await login('ai.do', 'whatever-pass')).statusCode).toBe(401);
  });

  it('replaces the previous session of the same browser', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    const first = await signInWithPassword(t, user.username, password);
    const firstToken = (await first.request({ method: 'GET', url: '/api/auth/session' })).json().csrfToken;
    expect(firstToken).toBe(first.csrfToken);
    const again = await first.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password },
      remoteAddress: randomIp(),
    });
    expect(again.statusCode).toBe(200);
    expect((await first.request({ method: 'GET', url: '/api/auth/session' })).json().authenticated).toBe(
      false,
    );
  });
});

describe('CSRF and logout', () => {
  const { t, u } = useAccessApp();

  it('refuses a write without the CSRF token, or with a wrong one (403 CSRF_INVALID)', async () => {
    const admin = await signInAs(t, [{ role: 'system_admin', unitId: u.countryId }]);
    const payload = {
      username: 'moi.nguoi',
      displayName: 'Người mới',
      password: 'mat-khau-rat-dai',
      roles: [{ role: 'viewer', unitId: u.provinceId }],
    };
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      payload,
      cookies: { [SESSION_COOKIE]: admin.sessionToken },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_INVALID');
    const wrong = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload,
      headers: { 'x-csrf-token': 'not-the-token' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('CSRF_INVALID');
    expect(await t.database.db.select().from(users).where(eq(users.username, 'moi.nguoi'))).toHaveLength(0);
    const right = await admin.request({ method: 'POST', url: '/api/users', payload });
    expect(right.statusCode).toBe(201);
  });

  it('needs no CSRF token to sign in (there is no session yet)', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    const client = await signInWithPassword(t, user.username, password);
    expect(client.csrfToken).toEqual(expect.any(String));
  });

  it('signs out: the session ends, the cookie is cleared, and the logout is audited', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    const client = await signInWithPassword(t, user.username, password);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { [SESSION_COOKIE]: client.sessionToken },
    });
    expect(noToken.statusCode).toBe(403);
    const res = await client.request({ method: 'POST', url: '/api/auth/logout' });
    expect(res.statusCode).toBe(200);
    const cleared = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cleared.value).toBe('');
    expect((await client.request({ method: 'GET', url: '/api/auth/session' })).json().authenticated).toBe(
      false,
    );
    const [entry] = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.userId, user.id), eq(auditEntries.action, 'logout')));
    expect(entry).toMatchObject({ entity: 'session', unitId: u.provinceId });
  });

  it('answers 401 to a write without a session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('the session cookie behind TLS', () => {
  const { t, u } = useAccessApp({ config: { cookieSecure: true } });

  it('carries the Secure flag when COOKIE_SECURE=1', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password },
    });
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });
  });
});
