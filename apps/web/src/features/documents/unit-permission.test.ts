import type { SessionUser } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { canOnUnit } from './unit-permission';

type Roles = Pick<SessionUser, 'roles'>;
const role = (r: string, unitId: number) =>
  ({
    role: r,
    unitId,
    unitName: `Đơn vị ${unitId}`,
    unitCode: String(unitId),
  }) as SessionUser['roles'][number];

describe('canOnUnit', () => {
  const officer: Roles = { roles: [role('province_officer', 37)] };

  it('allows a role on the unit or one of its ancestors', () => {
    expect(canOnUnit(officer, 'document.publish', [37])).toBe(true);
    expect(canOnUnit(officer, 'document.publish', [1401, 37, 1])).toBe(true);
  });

  it('refuses outside the role’s subtree, or when the role does not grant it', () => {
    expect(canOnUnit(officer, 'document.publish', [22, 1])).toBe(false);
    expect(canOnUnit({ roles: [role('viewer', 37)] }, 'document.publish', [37])).toBe(false);
    expect(canOnUnit(null, 'document.publish', [37])).toBe(false);
  });

  it('allows the system administrator anywhere', () => {
    expect(canOnUnit({ roles: [role('system_admin', 1)] }, 'document.publish', [99])).toBe(true);
  });
});
