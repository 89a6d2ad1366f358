import { describe, expect, it } from 'vitest';
import { normaliseContact } from './contact';

describe('normaliseContact', () => {
  it.each([
    ['Hoa.Nguyen@Example.VN', { kind: 'email', value: 'hoa.nguyen@example.vn' }],
    ['  lan@thuvien.ninhbinh.gov.vn ', { kind: 'email', value: 'lan@thuvien.ninhbinh.gov.vn' }],
    ['0912345678', { kind: 'phone', value: '0912345678' }],
    ['0912 345 678', { kind: 'phone', value: '0912345678' }],
    ['0912.345.678', { kind: 'phone', value: '0912345678' }],
    ['+84 912 345 678', { kind: 'phone', value: '0912345678' }],
    ['+84912345678', { kind: 'phone', value: '0912345678' }],
    ['84912345678', { kind: 'phone', value: '0912345678' }],
    ['0084 912-345-678', { kind: 'phone', value: '0912345678' }],
    ['(0229) 3871 234', { kind: 'phone', value: '02293871234' }],
    ['+84 229 3871 234', { kind: 'phone', value: '02293871234' }],
  ])('reads %s', (raw, expected) => {
    expect(normaliseContact(raw)).toEqual(expected);
  });

  it.each([
    ['hoa'],
    ['hoa@'],
    ['@example.vn'],
    ['hoa@example'],
    ['hoa nguyen@example.vn'],
    ['12345'],
    ['0123456789'],
    ['091234567'],
    ['09123456789'],
    ['+1 212 555 0100'],
    ['0912abc678'],
    [''],
  ])('refuses %j', (raw) => {
    expect(normaliseContact(raw)).toBeNull();
  });
});
