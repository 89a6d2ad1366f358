import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { assertCanGrantRoles, assertNotSelfDemotion, dedupeRoles, removesSystemAdmin } from './users.policy';

const admin: Actor = { userId: 'a', username: 'admin', roles: [{ role: 'system_admin', unitId: 1 }] };
const officer: Actor = { userId: 'p', username: 'so', roles: [{ role: 'province_officer', unitId: 37 }] };

describe('assertCanGrantRoles', () => {
  it('lets a system admin grant any role', () => {
    expect(() => assertCanGrantRoles(admin, [{ role: 'system_admin', unitId: 1 }])).not.toThrow();
  });

  it('refuses system_admin from a province officer, naming the role', () => {
    expect(() =>
      assertCanGrantRoles(officer, [
        { role: 'viewer', unitId: 37 },
        { role: 'system_admin', unitId: 37 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN', details: { roles: ['system_admin'] } }));
    expect(() => assertCanGrantRoles(officer, [{ role: 'commune_officer', unitId: 900 }])).not.toThrow();
  });
});

describe('assertNotSelfDemotion', () => {
  it('ignores changes to someone else', () => {
    expect(() => assertNotSelfDemotion(admin, 'other', { roles: [], isActive: false })).not.toThrow();
  });

  it('refuses deactivating oneself', () => {
    expect(() => assertNotSelfDemotion(officer, 'p', { isActive: false })).toThrow(
      expect.objectContaining({ code: 'LAST_ADMIN_ROLE' }),
    );
  });

  it('refuses a system admin dropping system_admin, even for another managing role', () => {
    expect(() =>
      assertNotSelfDemotion(admin, 'a', { roles: [{ role: 'province_officer', unitId: 37 }] }),
    ).toThrow(expect.objectContaining({ code: 'LAST_ADMIN_ROLE' }));
  });

  it('refuses a province officer dropping its last managing role, and allows moving it', () => {
    expect(() => assertNotSelfDemotion(officer, 'p', { roles: [{ role: 'viewer', unitId: 37 }] })).toThrow(
      expect.objectContaining({ code: 'LAST_ADMIN_ROLE' }),
    );
    expect(() =>
      assertNotSelfDemotion(officer, 'p', {
        roles: [
          { role: 'province_officer', unitId: 37 },
          { role: 'viewer', unitId: 1 },
        ],
      }),
    ).not.toThrow();
  });

  it('lets anyone rename themselves', () => {
    expect(() => assertNotSelfDemotion(officer, 'p', {})).not.toThrow();
  });

  it('lets a user without a managing role change its own roles (the scope check decides)', () => {
    const viewer: Actor = { userId: 'v', username: 'v', roles: [{ role: 'viewer', unitId: 37 }] };
    expect(() =>
      assertNotSelfDemotion(viewer, 'v', { roles: [{ role: 'viewer', unitId: 1 }] }),
    ).not.toThrow();
  });
});

describe('dedupeRoles', () => {
  it('keeps one of each role on each unit, in a stable order', () => {
    expect(
      dedupeRoles([
        { role: 'viewer', unitId: 9 },
        { role: 'commune_officer', unitId: 3 },
        { role: 'viewer', unitId: 9 },
        { role: 'agency_officer', unitId: 3 },
      ]),
    ).toEqual([
      { role: 'agency_officer', unitId: 3 },
      { role: 'commune_officer', unitId: 3 },
      { role: 'viewer', unitId: 9 },
    ]);
  });
});

describe('removesSystemAdmin', () => {
  const sa = [{ role: 'system_admin' as const, unitId: 1 }];
  const viewer = [{ role: 'viewer' as const, unitId: 1 }];
  it('is true when an active admin loses the role or is deactivated', () => {
    expect(removesSystemAdmin({ roles: sa, isActive: true }, { roles: viewer, isActive: true })).toBe(true);
    expect(removesSystemAdmin({ roles: sa, isActive: true }, { roles: sa, isActive: false })).toBe(true);
  });
  it('is false otherwise', () => {
    expect(removesSystemAdmin({ roles: sa, isActive: false }, { roles: viewer, isActive: false })).toBe(
      false,
    );
    expect(removesSystemAdmin({ roles: viewer, isActive: true }, { roles: viewer, isActive: false })).toBe(
      false,
    );
    expect(removesSystemAdmin({ roles: sa, isActive: true }, { roles: sa, isActive: true })).toBe(false);
  });
});
