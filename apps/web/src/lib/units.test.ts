import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { dayBefore, rankSearchResults, sortUnits, validityText } from './units';

const u = (name: string, level: 'province' | 'commune' | 'agency', code = name) => ({ name, level, code });

describe('sortUnits', () => {
  it('sorts in Vietnamese order', () => {
    expect(
      sortUnits([u('Đồng Nai', 'province'), u('Điện Biên', 'province'), u('Dak Lak', 'province')]).map(
        (x) => x.name,
      ),
    ).toEqual(['Dak Lak', 'Điện Biên', 'Đồng Nai']);
  });
});

describe('rankSearchResults', () => {
  it('puts the exact name first, then by level', () => {
    const ranked = rankSearchResults(
      [
        u('Sở Tài chính tỉnh Ninh Bình', 'agency'),
        u('Ninh Bình', 'commune', '14'),
        u('Ninh Bình', 'province', '37'),
        u('Ninh Phúc', 'commune'),
      ],
      'ninh binh',
    );
    expect(ranked.map((x) => `${x.name}/${x.level}`)).toEqual([
      'Ninh Bình/province',
      'Ninh Bình/commune',
      'Ninh Phúc/commune',
      'Sở Tài chính tỉnh Ninh Bình/agency',
    ]);
  });
});

describe('dayBefore', () => {
  it('crosses months and years', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});

describe('validityText', () => {
  const t = ((key: string, o?: { date?: string }) => `${key}(${o?.date ?? ''})`) as unknown as TFunction;
  it('never shows the placeholder start date', () => {
    expect(validityText('1900-01-01', null, t)).toBe('units.sinceUnknown()');
    expect(validityText('1900-01-01', '2025-07-01', t)).toBe('units.untilOnly(01/07/2025)');
    expect(validityText('2025-07-01', null, t)).toBe('units.since(01/07/2025)');
    expect(validityText('2020-01-01', '2025-07-01', t)).toBe('01/01/2020 – 01/07/2025');
  });
});
