import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, roleAssignments, units, users } from '../../db/schema';
import { useTestApp } from '../../test/test-app';
import { randomIp, useAccessApp } from '../../test/test-users';
import { SESSION_COOKIE } from './session-store';

const setupBody = { username: 'quantri', displayName: 'Quản trị viên', password: 'mat-khau-dai-1' };

describe('first-run setup', () => {
  const { t, u } = useAccessApp();

  it('reports needsSetup while no account exists', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ authenticated: false, user: null, csrfToken: null, needsSetup: true });
  });

  it('refuses a short password and creates nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...setupBody, password: 'short' },
      remoteAddress: randomIp(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(await t.database.db.select().from(users)).toHaveLength(0);
  });

  it('creates the system admin on the country and signs them in', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: setupBody,
      remoteAddress: randomIp(),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      authenticated: true,
      needsSetup: false,
      user: {
        username: 'quantri',
        displayName: 'Quản trị viên',
        mustChangePassword: false,
        roles: [{ role: 'system_admin', unitId: u.countryId, unitCode: 'VN' }],
      },
    });
    expect(body.csrfToken).toEqual(expect.any(String));
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { [SESSION_COOKIE]: cookie.value },
    });
    expect(session.json()).toMatchObject({ authenticated: true, user: { username: 'quantri' } });

    const [user] = await t.database.db.select().from(users).where(eq(users.username, 'quantri'));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const roles = await t.database.db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, user!.id));
    expect(roles).toMatchObject([{ role: 'system_admin', unitId: u.countryId }]);

    const audit = await t.database.db.select().from(auditEntries).where(eq(auditEntries.userId, user!.id));
    expect(audit.map((a) => `${a.entity}.${a.action}`).sort()).toEqual(['session.login', 'user.setup']);
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('answers SETUP_DONE (409) once an account exists, and needsSetup turns false', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...setupBody, username: 'ke.gian' },
      remoteAddress: randomIp(),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SETUP_DONE');
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.json().needsSetup).toBe(false);
    expect(await t.database.db.select().from(users).where(eq(users.username, 'ke.gian'))).toHaveLength(0);
  });
});

describe('first-run setup without the reference data', () => {
  const t = useTestApp();
  beforeAll(async () => {
    // Hide the country (loaded or not) so that the setup cannot find it.
    await t.database.db
      .update(units)
      .set({ code: 'VN-hidden' })
      .where(and(eq(units.kind, 'country'), eq(units.code, 'VN')));
  });

  it('fails with REFERENCE_DATA_MISSING and creates no account', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: setupBody,
      remoteAddress: randomIp(),
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('REFERENCE_DATA_MISSING');
    expect(await t.database.db.select().from(users)).toHaveLength(0);
  });
});
