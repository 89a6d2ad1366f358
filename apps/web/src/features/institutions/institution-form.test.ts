import type { Institution } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  conflictingFields,
  currentFromConflict,
  toCreateBody,
  toFormValues,
  toUpdateBody,
} from './institution-form';

const row: Institution = {
  id: 7,
  code: 'TV001',
  name: 'Thư viện tỉnh Lào Cai',
  category: 'library_province',
  parentId: 10,
  parentName: 'Tỉnh Lào Cai',
  parentCode: '15',
  provinceId: 10,
  provinceName: 'Lào Cai',
  managingAgencyId: 20,
  managingAgencyName: 'Sở VHTTDL',
  managingAgencyCode: 'SVH15',
  address: null,
  phone: '0214',
  email: null,
  website: null,
  openingHours: null,
  services: ['Mượn sách'],
  validFrom: '2000-01-01',
  validTo: null,
  isDemo: false,
  updatedAt: '2025-08-01T01:02:03.000Z',
};

describe('toCreateBody', () => {
  it('trims text, folds spaces and sends empty fields as null', () => {
    const body = toCreateBody({
      ...toFormValues(row),
      code: ' TV002 ',
      name: '  Thư   viện  ',
      address: '   ',
      services: [' Đọc sách ', ''],
      validFrom: null,
    });
    expect(body.code).toBe('TV002');
    expect(body.name).toBe('Thư viện');
    expect(body.address).toBeNull();
    expect(body.services).toEqual(['Đọc sách']);
    expect('validFrom' in body).toBe(false);
    expect(body.validTo).toBeNull();
  });

  it('carries the version on an update', () => {
    expect(toUpdateBody(toFormValues(row), row.updatedAt).expectedUpdatedAt).toBe(row.updatedAt);
  });
});

describe('conflictingFields', () => {
  it("names the fields where the server's record differs from mine", () => {
    const mine = { ...toFormValues(row), name: 'Thư viện Lào Cai', phone: '0214 ' };
    const theirs = { ...row, services: ['Mượn sách', 'Internet'] };
    expect(conflictingFields(mine, theirs)).toEqual(['name', 'services']);
    expect(conflictingFields(toFormValues(row), row)).toEqual([]);
  });
});

describe('currentFromConflict', () => {
  it('finds the current record in details.current or details', () => {
    expect(currentFromConflict({ current: row })?.id).toBe(7);
    expect(currentFromConflict(row)?.updatedAt).toBe(row.updatedAt);
    expect(currentFromConflict({ expected: 'x' })).toBeNull();
    expect(currentFromConflict(undefined)).toBeNull();
  });
});
