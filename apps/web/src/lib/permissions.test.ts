import type { SessionUser } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { grantableRoles, hasPermission, isSystemAdmin, roleUnits } from './permissions';

const user = (roles: SessionUser['roles']): SessionUser => ({
  id: 'u1',
  username: 'u',
  displayName: 'U',
  roles,
  mustChangePassword: false,
});
const on = (role: SessionUser['roles'][number]['role'], unitId: number) => ({
  role,
  unitId,
  unitName: `Unit ${unitId}`,
  unitCode: String(unitId),
});

describe('hasPermission', () => {
  it('follows the role grants', () => {
    expect(hasPermission(user([on('province_officer', 1)]), 'user.manage')).toBe(true);
    expect(hasPermission(user([on('province_officer', 1)]), 'dataQuality.manage')).toBe(false);
    expect(hasPermission(user([on('commune_officer', 2)]), 'audit.read')).toBe(true);
    expect(hasPermission(user([on('viewer', 2)]), 'institution.write')).toBe(false);
    expect(hasPermission(user([on('system_admin', 0)]), 'dataQuality.manage')).toBe(true);
    expect(hasPermission(null, 'unit.read')).toBe(false);
  });
});

describe('grantableRoles', () => {
  it('never offers system_admin to a non-admin', () => {
    expect(grantableRoles(user([on('province_officer', 1)]))).not.toContain('system_admin');
    expect(grantableRoles(user([on('system_admin', 1)]))).toContain('system_admin');
    expect(isSystemAdmin(user([on('viewer', 1), on('system_admin', 1)]))).toBe(true);
  });
});

describe('roleUnits', () => {
  it('lists each unit once, in role order', () => {
    expect(
      roleUnits(user([on('viewer', 3), on('province_officer', 1), on('commune_officer', 3)])).map(
        (u) => u.unitId,
      ),
    ).toEqual([3, 1]);
  });
});
