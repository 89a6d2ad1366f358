import { describe, expect, it } from 'vitest';
import { nextPath } from './next-path';

describe('nextPath', () => {
  it('returns to a page of this app', () => {
    expect(nextPath('?next=%2Finstitutions%3Fq%3Dthu%2Bvien')).toBe('/institutions?q=thu+vien');
    expect(nextPath('')).toBe('/');
  });

  it('refuses other sites and loops', () => {
    expect(nextPath('?next=https://evil.example')).toBe('/');
    expect(nextPath('?next=//evil.example')).toBe('/');
    expect(nextPath('?next=/\\evil.example')).toBe('/');
    expect(nextPath('?next=/login')).toBe('/');
  });
});
