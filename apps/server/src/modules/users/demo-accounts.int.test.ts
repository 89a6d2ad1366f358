import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meta, roleAssignments, unitParents, units, users } from '../../db/schema';
import { useTestApp } from '../../test/test-app';
import { ensureAccessUnits, signInWithPassword, useAccessApp } from '../../test/test-users';
import { createDemoAccounts, DEMO_ACCOUNTS_KEY } from './demo-accounts';

describe('createDemoAccounts', () => {
  const { t, u: ids } = useAccessApp();

  it('makes nothing, and does not mark itself done, while the country is not loaded', async () => {
    await t.database.db.update(units).set({ code: 'VN-hidden' }).where(eq(units.id, ids.countryId));
    expect(await createDemoAccounts(t.database)).toEqual([]);
    expect(await t.database.db.select().from(meta).where(eq(meta.key, DEMO_ACCOUNTS_KEY))).toHaveLength(0);
    await t.database.db.update(units).set({ code: 'VN' }).where(eq(units.id, ids.countryId));
  });

  it('creates the demo cast once, with random passwords that sign in', async () => {
    const logins = await createDemoAccounts(t.database);
    expect(logins.map((l) => l.username).sort()).toEqual(
      ['demo.admin', 'demo.agency', 'demo.commune', 'demo.province', 'demo.staff', 'demo.viewer'].sort(),
    );
    expect(new Set(logins.map((l) => l.password)).size).toBe(logins.length);
    for (const l of logins) expect(l.password.length).toBeGreaterThanOrEqual(16);

    const rows = await t.database.db
      .select({
        username: users.username,
        isDemo: users.isDemo,
        role: roleAssignments.role,
        unitId: roleAssignments.unitId,
      })
      .from(users)
      .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id));
    const byName = Object.fromEntries(rows.map((r) => [r.username, r]));
    expect(rows.every((r) => r.isDemo)).toBe(true);
    expect(byName['demo.admin']).toMatchObject({ role: 'system_admin', unitId: ids.countryId });
    expect(byName['demo.province']).toMatchObject({ role: 'province_officer', unitId: ids.provinceId });
    expect(byName['demo.commune']!.role).toBe('commune_officer');
    const [communeParent] = await t.database.db
      .select()
      .from(unitParents)
      .where(eq(unitParents.unitId, byName['demo.commune']!.unitId));
    expect(communeParent!.parentId).toBe(ids.provinceId);

    const admin = logins.find((l) => l.username === 'demo.admin')!;
    const client = await signInWithPassword(t, admin.username, admin.password);
    expect(client.username).toBe('demo.admin');

    expect(await createDemoAccounts(t.database)).toEqual([]);
    expect(await t.database.db.select().from(users)).toHaveLength(6);
  });
});

describe('createDemoAccounts with an institution in the commune', () => {
  const t = useTestApp();

  it('attaches the institution staff to the first institution of the demo commune', async () => {
    const ids = await ensureAccessUnits(t.database);
    // The commune the demo picks is the first of the province by code; put a library under whichever it is.
    const [first] = await t.database.db
      .select({ id: units.id })
      .from(units)
      .innerJoin(unitParents, eq(unitParents.unitId, units.id))
      .where(
        and(eq(unitParents.parentId, ids.provinceId), eq(units.kind, 'commune'), isNull(unitParents.validTo)),
      )
      .orderBy(units.code, units.id);
    const commune = first!.id;
    const [library] = await t.database.db
      .insert(units)
      .values({
        kind: 'institution',
        code: 'TV-DEMO-1',
        name: 'Thư viện xã',
        searchName: 'thu vien xa',
        validFrom: '2025-07-01',
      })
      .returning();
    await t.database.db
      .insert(unitParents)
      .values({ unitId: library!.id, parentId: commune, validFrom: '2025-07-01' });

    const logins = await createDemoAccounts(t.database);
    expect(logins.find((l) => l.username === 'demo.staff')).toMatchObject({
      role: 'institution_staff',
      unit: 'Thư viện xã',
    });
  });
});
