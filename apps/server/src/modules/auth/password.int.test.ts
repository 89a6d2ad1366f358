import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEntries, users } from '../../db/schema';
import {
  insertUserWithPassword,
  randomIp,
  signInAs,
  signInAsWithPassword,
  signInWithPassword,
  useAccessApp,
} from '../../test/test-users';

describe('POST /api/auth/password', () => {
  const { t, u } = useAccessApp();

  it('changes the password and ends the other sessions, keeping this one', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    const laptop = await signInWithPassword(t, user.username, password);
    const phone = await signInWithPassword(t, user.username, password);
    const res = await laptop.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: password, newPassword: 'mat-khau-moi-123' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ authenticated: true, user: { mustChangePassword: false } });
    expect((await laptop.request({ method: 'GET', url: '/api/auth/session' })).json().authenticated).toBe(
      true,
    );
    expect((await phone.request({ method: 'GET', url: '/api/auth/session' })).json().authenticated).toBe(
      false,
    );

    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password },
      remoteAddress: randomIp(),
    });
    expect(old.statusCode).toBe(401);
    await signInWithPassword(t, user.username, 'mat-khau-moi-123');

    const [entry] = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, user.id), eq(auditEntries.action, 'change_password')));
    expect(entry).toMatchObject({ entity: 'user', userId: user.id, after: { otherSessionsEnded: 1 } });
    expect(JSON.stringify(entry)).not.toContain('mat-khau');
  });

  it('refuses a wrong current password with WRONG_PASSWORD and changes nothing', async () => {
    const { user, password, client } = await signInAsWithPassword(t, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    const res = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-123' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('WRONG_PASSWORD');
    await signInWithPassword(t, user.username, password);
  });

  it('refuses a new password shorter than 10 characters', async () => {
    const { password, client } = await signInAsWithPassword(t, [{ role: 'viewer', unitId: u.provinceId }]);
    const res = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: password, newPassword: 'ngan' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'body.newPassword' })]);
  });
});

describe('POST /api/users/:id/reset-password', () => {
  const { t, u } = useAccessApp();

  it('sets a random password returned once, ends the sessions, and forces a change before any write', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'commune_officer', unitId: u.communeId },
    ]);
    const before = await signInWithPassword(t, user.username, password);
    const admin = await signInAs(t, [{ role: 'province_officer', unitId: u.provinceId }]);
    const res = await admin.request({
      method: 'POST',
      url: `/api/users/${user.id}/reset-password`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    const generated = res.json().password as string;
    expect(generated.length).toBeGreaterThanOrEqual(16);
    expect((await before.request({ method: 'GET', url: '/api/auth/session' })).json().authenticated).toBe(
      false,
    );

    const client = await signInWithPassword(t, user.username, generated);
    const session = await client.request({ method: 'GET', url: '/api/auth/session' });
    expect(session.json().user.mustChangePassword).toBe(true);
    // Reading is allowed (the app must load), writing is not until the password is changed.
    const write = await client.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { displayName: 'X' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const change = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: generated, newPassword: 'cua-rieng-toi-1' },
    });
    expect(change.statusCode).toBe(200);
    expect(change.json().user.mustChangePassword).toBe(false);

    const [entry] = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, user.id), eq(auditEntries.action, 'reset_password')));
    expect(entry).toMatchObject({
      userId: admin.userId,
      entity: 'user',
      unitId: u.communeId,
      before: { mustChangePassword: false },
      after: { mustChangePassword: true, generated: true },
    });
    expect(JSON.stringify(entry)).not.toContain(generated);
    expect(JSON.stringify(entry)).not.toContain('argon2');
  });

  it('sets the password given and returns null', async () => {
    const { user } = await insertUserWithPassword(t.database, [{ role: 'viewer', unitId: u.communeId }]);
    const admin = await signInAs(t, [{ role: 'system_admin', unitId: u.countryId }]);
    const res = await admin.request({
      method: 'POST',
      url: `/api/users/${user.id}/reset-password`,
      payload: { newPassword: 'do-admin-dat-1' },
    });
    expect(res.json()).toEqual({ password: null });
    await signInWithPassword(t, user.username, 'do-admin-dat-1');
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.mustChangePassword).toBe(true);
  });

  it('is refused for an account outside the actor’s province (404) and for oneself (403)', async () => {
    const { user } = await insertUserWithPassword(t.database, [{ role: 'viewer', unitId: u.otherCommuneId }]);
    const officer = await signInAs(t, [{ role: 'province_officer', unitId: u.provinceId }]);
    const other = await officer.request({
      method: 'POST',
      url: `/api/users/${user.id}/reset-password`,
      payload: {},
    });
    expect(other.statusCode).toBe(404);
    const self = await officer.request({
      method: 'POST',
      url: `/api/users/${officer.userId}/reset-password`,
      payload: {},
    });
    expect(self.statusCode).toBe(403);
  });
});
