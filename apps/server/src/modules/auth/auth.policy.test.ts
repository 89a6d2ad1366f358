import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { canGrantRole, roleGrants, unitsWithPermission } from './auth.policy';

describe('auth policy', () => {
  it('gives a system admin every unit', () => {
    const admin: Actor = { userId: 'a', username: 'a', roles: [{ role: 'system_admin', unitId: 1 }] };
    expect(unitsWithPermission(admin, 'audit.read')).toBe('all');
  });

  it('collects the units where a role grants the permission', () => {
    const actor: Actor = {
      userId: 'b',
      username: 'b',
      roles: [
        { role: 'province_officer', unitId: 37 },
        { role: 'commune_officer', unitId: 900 },
        { role: 'viewer', unitId: 1 },
      ],
    };
    expect(unitsWithPermission(actor, 'user.manage')).toEqual([37]);
    expect(unitsWithPermission(actor, 'audit.read')).toEqual([37, 900]);
    expect(unitsWithPermission(actor, 'unit.read')).toEqual([37, 900, 1]);
  });

  it('lets only province officers and admins manage accounts, and only admins grant system_admin', () => {
    expect(roleGrants('province_officer', 'user.manage')).toBe(true);
    expect(roleGrants('commune_officer', 'user.manage')).toBe(false);
    const officer: Actor = { userId: 'p', username: 'p', roles: [{ role: 'province_officer', unitId: 37 }] };
    expect(canGrantRole(officer, 'system_admin')).toBe(false);
    expect(canGrantRole(officer, 'province_officer')).toBe(true);
  });
});
