import type { SessionUser } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { adoptionUnits, canAdopt, canRemoveAdoption, canWriteModel, writerUnits } from './rights';

const role = (role: SessionUser['roles'][number]['role'], unitId: number, unitName = `Unit ${unitId}`) =>
  ({ role, unitId, unitName, unitCode: String(unitId) }) as SessionUser['roles'][number];
const user = (...roles: SessionUser['roles']) => ({ roles });

const model = { status: 'published', unit: { id: 3101 } };

describe('writerUnits', () => {
  it('lists the units of the roles that write content, each once', () => {
    const u = user(
      role('institution_staff', 3101),
      role('viewer', 31),
      role('commune_officer', 310),
      role('institution_staff', 3101),
    );
    expect(writerUnits(u).map((x) => x.unitId)).toEqual([3101, 310]);
    expect(writerUnits(null)).toEqual([]);
  });
});

describe('canWriteModel', () => {
  it('lets a writer of the model’s unit or a unit above it edit, not a viewer or another unit', () => {
    const lineage = [3101, 310, 31, 1];
    expect(canWriteModel(user(role('province_officer', 31)), lineage)).toBe(true);
    expect(canWriteModel(user(role('viewer', 3101)), lineage)).toBe(false);
    expect(canWriteModel(user(role('institution_staff', 3102)), lineage)).toBe(false);
    expect(canWriteModel(user(role('system_admin', 1)), [3101])).toBe(true);
  });
});

describe('canAdopt and adoptionUnits', () => {
  it('offers “we adopted it” to writers of another unit, for a published model only', () => {
    expect(canAdopt(user(role('institution_staff', 3102)), model)).toBe(true);
    expect(canAdopt(user(role('institution_staff', 3101)), model)).toBe(false);
    expect(canAdopt(user(role('viewer', 3102)), model)).toBe(false);
    expect(canAdopt(user(role('institution_staff', 3102)), { ...model, status: 'draft' })).toBe(false);
  });

  it('offers the writer’s units other than the model’s own', () => {
    const u = user(role('institution_staff', 3101), role('commune_officer', 310));
    expect(adoptionUnits(u, 3101).map((x) => x.unitId)).toEqual([310]);
  });
});

describe('canRemoveAdoption', () => {
  it('lets the adopting unit’s writers take it back, and an administrator', () => {
    expect(canRemoveAdoption(user(role('institution_staff', 3102)), 3102)).toBe(true);
    expect(canRemoveAdoption(user(role('institution_staff', 3102)), 3103)).toBe(false);
    expect(canRemoveAdoption(user(role('viewer', 3102)), 3102)).toBe(false);
    expect(canRemoveAdoption(user(role('system_admin', 1)), 3103)).toBe(true);
  });
});
