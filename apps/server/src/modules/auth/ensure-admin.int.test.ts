import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roleAssignments, users } from '../../db/schema';
import { signInWithPassword, useAccessApp } from '../../test/test-users';
import { ensureAdmin } from './ensure-admin';

describe('ensureAdmin', () => {
  const { t, u } = useAccessApp();

  it('creates nothing without SUOTDOI_ADMIN_PASSWORD and reports that setup is due', async () => {
    expect(await ensureAdmin(t.database, undefined)).toEqual({ needsSetup: true });
    expect(await t.database.db.select().from(users)).toHaveLength(0);
  });

  it('creates `admin` as system admin on the country from the password given', async () => {
    expect(await ensureAdmin(t.database, 'tu-bien-moi-truong-1')).toEqual({ needsSetup: false });
    const [admin] = await t.database.db.select().from(users).where(eq(users.username, 'admin'));
    const roles = await t.database.db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, admin!.id));
    expect(roles).toMatchObject([{ role: 'system_admin', unitId: u.countryId }]);
    const client = await signInWithPassword(t, 'admin', 'tu-bien-moi-truong-1');
    expect(client.userId).toBe(admin!.id);
  });

  it('leaves an existing admin and its password alone on the next start', async () => {
    const [before] = await t.database.db.select().from(users).where(eq(users.username, 'admin'));
    expect(await ensureAdmin(t.database, 'mot-mat-khau-khac')).toEqual({ needsSetup: false });
    const after = await t.database.db.select().from(users).where(eq(users.username, 'admin'));
    expect(after).toHaveLength(1);
    expect(after[0]!.passwordHash).toBe(before!.passwordHash);
  });

  it('refuses a password shorter than the policy', async () => {
    await t.database.db.delete(users);
    await expect(ensureAdmin(t.database, 'short')).rejects.toMatchObject({ code: 'WEAK_PASSWORD' });
  });
});
