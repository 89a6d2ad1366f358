import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../db/schema';
import {
  type Client,
  insertUser,
  insertUserWithPassword,
  signInAs,
  signInWithPassword,
  useAccessApp,
} from '../../test/test-users';

const newUser = (username: string, roles: { role: string; unitId: number }[], extra: object = {}) => ({
  username,
  displayName: username,
  password: 'mat-khau-du-dai',
  roles,
  ...extra,
});

describe('users, as a system admin', () => {
  const { t, u } = useAccessApp();
  let admin: Client;
  beforeAll(async () => {
    admin = await signInAs(t, [{ role: 'system_admin', unitId: u.countryId }], 'quan.tri');
  });

  it('creates an account with its roles, audited without the password', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser(' Nguyen.An ', [{ role: 'commune_officer', unitId: u.communeId }], {
        displayName: 'Nguyễn  Văn An',
        email: 'an@example.vn',
      }),
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'nguyen.an',
      displayName: 'Nguyễn Văn An',
      email: 'an@example.vn',
      isActive: true,
      isLocked: false,
      isDemo: false,
      mustChangePassword: false,
      lastLoginAt: null,
      roles: [
        {
          role: 'commune_officer',
          unitId: u.communeId,
          unitName: 'Xã Thử Nghiệm',
          unitCode: expect.any(String),
        },
      ],
    });
    expect(user).not.toHaveProperty('passwordHash');
    await signInWithPassword(t, 'nguyen.an', 'mat-khau-du-dai');

    const entries = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entity, 'user'), eq(auditEntries.entityId, user.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'create',
      userId: admin.userId,
      username: 'quan.tri',
      unitId: u.communeId,
      before: null,
      after: {
        username: 'nguyen.an',
        displayName: 'Nguyễn Văn An',
        roles: [{ role: 'commune_officer', unitId: u.communeId }],
      },
    });
    expect(JSON.stringify(entries[0])).not.toMatch(/argon2|mat-khau/);
  });

  it('answers DUPLICATE_CODE (409) for a username already taken, whatever its case', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser('NGUYEN.AN', [{ role: 'viewer', unitId: u.provinceId }]),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DUPLICATE_CODE');
  });

  it('answers NOT_FOUND for a role on a unit that does not exist', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser('ai.do.moi', [{ role: 'viewer', unitId: 99_999_999 }]),
    });
    expect(res.statusCode).toBe(404);
  });

  it('lists accounts by username, finds names without diacritics, and pages', async () => {
    await insertUser(t.database, [{ role: 'viewer', unitId: u.provinceId }], 'zz.tran');
    const all = await admin.request({ method: 'GET', url: '/api/users?pageSize=2' });
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(2);
    expect(all.json().total).toBe(3);
    expect(all.json().items.map((i: { username: string }) => i.username)).toEqual(['nguyen.an', 'quan.tri']);
    const page2 = await admin.request({ method: 'GET', url: '/api/users?pageSize=2&page=2' });
    expect(page2.json().items.map((i: { username: string }) => i.username)).toEqual(['zz.tran']);
    const byName = await admin.request({
      method: 'GET',
      url: `/api/users?q=${encodeURIComponent('van an')}`,
    });
    expect(byName.json().items.map((i: { username: string }) => i.username)).toEqual(['nguyen.an']);
    const accented = await admin.request({
      method: 'GET',
      url: `/api/users?q=${encodeURIComponent('NGUYỄN')}`,
    });
    expect(accented.json().total).toBe(1);
    const none = await admin.request({ method: 'GET', url: '/api/users?q=%25' });
    expect(none.json().total).toBe(0);
  });

  it('updates name, e-mail, active flag and roles, with before and after in the audit', async () => {
    const { user, password } = await insertUserWithPassword(t.database, [
      { role: 'viewer', unitId: u.provinceId },
    ]);
    const session = await signInWithPassword(t, user.username, password);
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: {
        displayName: 'Trần Thị Bình',
        email: 'binh@example.vn',
        isActive: false,
        roles: [
          { role: 'commune_officer', unitId: u.communeId },
          { role: 'commune_officer', unitId: u.communeId },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      displayName: 'Trần Thị Bình',
      email: 'binh@example.vn',
      isActive: false,
      roles: [{ role: 'commune_officer', unitId: u.communeId }],
    });
    // A deactivated account is signed out everywhere at once.
    expect((await session.request({ method: 'GET', url: '/api/auth/session' })).json().authenticated).toBe(
      false,
    );
    const [entry] = await t.database.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, user.id), eq(auditEntries.action, 'update')));
    expect(entry).toMatchObject({
      unitId: u.communeId,
      before: {
        displayName: user.displayName,
        email: null,
        isActive: true,
        roles: [{ role: 'viewer', unitId: u.provinceId }],
      },
      after: {
        displayName: 'Trần Thị Bình',
        email: 'binh@example.vn',
        isActive: false,
        roles: [{ role: 'commune_officer', unitId: u.communeId }],
      },
    });
    const cleared = await admin.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { email: '' },
    });
    expect(cleared.json().email).toBeNull();
  });

  it('will not let an admin remove their own system_admin role or deactivate themselves', async () => {
    const demote = await admin.request({
      method: 'PATCH',
      url: `/api/users/${admin.userId}`,
      payload: { roles: [{ role: 'province_officer', unitId: u.provinceId }] },
    });
    expect(demote.statusCode).toBe(422);
    expect(demote.json().error.code).toBe('LAST_ADMIN_ROLE');
    const deactivate = await admin.request({
      method: 'PATCH',
      url: `/api/users/${admin.userId}`,
      payload: { isActive: false },
    });
    expect(deactivate.json().error.code).toBe('LAST_ADMIN_ROLE');
    const rename = await admin.request({
      method: 'PATCH',
      url: `/api/users/${admin.userId}`,
      payload: { displayName: 'Quản trị chính' },
    });
    expect(rename.statusCode).toBe(200);
  });

  it('answers 404 for an account that does not exist and 400 for an id that is not one', async () => {
    expect(
      (await admin.request({ method: 'GET', url: `/api/users/${crypto.randomUUID()}` })).statusCode,
    ).toBe(404);
    expect((await admin.request({ method: 'GET', url: '/api/users/abc' })).statusCode).toBe(400);
  });
});

describe('users, as a province officer', () => {
  const { t, u } = useAccessApp();
  let officer: Client;
  let own: { id: string };
  let foreign: { id: string };
  let straddling: { id: string };
  beforeAll(async () => {
    officer = await signInAs(t, [{ role: 'province_officer', unitId: u.provinceId }], 'so.ninhbinh');
    own = await insertUser(t.database, [{ role: 'commune_officer', unitId: u.communeId }], 'xa.mot');
    foreign = await insertUser(
      t.database,
      [{ role: 'commune_officer', unitId: u.otherCommuneId }],
      'xa.hanoi',
    );
    straddling = await insertUser(
      t.database,
      [
        { role: 'viewer', unitId: u.siblingCommuneId },
        { role: 'viewer', unitId: u.otherProvinceId },
      ],
      'hai.noi',
    );
    await insertUser(t.database, [{ role: 'system_admin', unitId: u.countryId }], 'quan.tri');
  });

  it('sees only accounts whose every role lies in the province', async () => {
    const res = await officer.request({ method: 'GET', url: '/api/users' });
    expect(res.json().items.map((i: { username: string }) => i.username)).toEqual(['so.ninhbinh', 'xa.mot']);
    expect(res.json().total).toBe(2);
    expect((await officer.request({ method: 'GET', url: `/api/users/${own.id}` })).statusCode).toBe(200);
    expect((await officer.request({ method: 'GET', url: `/api/users/${foreign.id}` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `/api/users/${straddling.id}` })).statusCode).toBe(
      404,
    );
  });

  it('cannot change, reset or grant into another province', async () => {
    const patch = await officer.request({
      method: 'PATCH',
      url: `/api/users/${foreign.id}`,
      payload: { displayName: 'Bị sửa' },
    });
    expect(patch.statusCode).toBe(404);
    const move = await officer.request({
      method: 'PATCH',
      url: `/api/users/${own.id}`,
      payload: { roles: [{ role: 'commune_officer', unitId: u.otherCommuneId }] },
    });
    expect(move.statusCode).toBe(404);
    const create = await officer.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser('xa.hanoi.moi', [{ role: 'commune_officer', unitId: u.otherCommuneId }]),
    });
    expect(create.statusCode).toBe(404);
  });

  it('cannot grant system_admin, even on its own province', async () => {
    const res = await officer.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser('tu.phong', [{ role: 'system_admin', unitId: u.provinceId }]),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    const promote = await officer.request({
      method: 'PATCH',
      url: `/api/users/${own.id}`,
      payload: { roles: [{ role: 'system_admin', unitId: u.communeId }] },
    });
    expect(promote.statusCode).toBe(403);
  });

  it('creates and manages commune accounts of its province', async () => {
    const res = await officer.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser('xa.hai', [{ role: 'commune_officer', unitId: u.siblingCommuneId }]),
    });
    expect(res.statusCode).toBe(201);
    const patch = await officer.request({
      method: 'PATCH',
      url: `/api/users/${res.json().id}`,
      payload: { roles: [{ role: 'institution_staff', unitId: u.communeId }] },
    });
    expect(patch.statusCode).toBe(200);
  });

  it('cannot edit itself out of its last managing role', async () => {
    const res = await officer.request({
      method: 'PATCH',
      url: `/api/users/${officer.userId}`,
      payload: { roles: [{ role: 'viewer', unitId: u.provinceId }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('LAST_ADMIN_ROLE');
  });
});

describe('users, as a commune officer or a viewer', () => {
  const { t, u } = useAccessApp();

  it('lists no one and finds no one, not even in its own commune', async () => {
    const neighbour = await insertUser(t.database, [{ role: 'viewer', unitId: u.communeId }]);
    const elsewhere = await insertUser(t.database, [{ role: 'viewer', unitId: u.siblingCommuneId }]);
    const officer = await signInAs(t, [{ role: 'commune_officer', unitId: u.communeId }]);
    const list = await officer.request({ method: 'GET', url: '/api/users' });
    expect(list.json()).toEqual({ items: [], total: 0 });
    expect((await officer.request({ method: 'GET', url: `/api/users/${neighbour.id}` })).statusCode).toBe(
      404,
    );
    expect((await officer.request({ method: 'GET', url: `/api/users/${elsewhere.id}` })).statusCode).toBe(
      404,
    );
    const own = await officer.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser('xa.phu', [{ role: 'viewer', unitId: u.communeId }]),
    });
    expect(own.statusCode).toBe(403);
    const other = await officer.request({
      method: 'POST',
      url: '/api/users',
      payload: newUser('xa.phu', [{ role: 'viewer', unitId: u.siblingCommuneId }]),
    });
    expect(other.statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
  });
});
