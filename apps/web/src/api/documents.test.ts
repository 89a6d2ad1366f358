import { describe, expect, it } from 'vitest';
import { toQueryString } from './client';
import { documentEndpoint, documentFileName } from './documents';

describe('documentEndpoint', () => {
  it('asks the annual route for a year, leaving out what is not set', () => {
    const { path, query } = documentEndpoint({ kind: 'annual', unitId: 37, year: 2026, lang: 'vi' }, 'docx');
    expect(path).toBe('/api/reports/annual');
    expect(toQueryString(query)).toBe('?unitId=37&format=docx&lang=vi&year=2026');
  });

  it('asks the review route with the kind and no year, and passes a plan on', () => {
    const { path, query } = documentEndpoint(
      { kind: 'midterm', unitId: 37, year: 2026, planId: 5, lang: 'en' },
      'json',
    );
    expect(path).toBe('/api/reports/review');
    expect(toQueryString(query)).toBe('?kind=midterm&unitId=37&format=json&planId=5&lang=en');
  });
});

describe('documentFileName', () => {
  it('names an annual report by unit code and year', () => {
    expect(documentFileName({ kind: 'annual', year: 2026 }, '37', 'docx')).toBe('bao-cao-nam-37-2026.docx');
  });

  it('names the annexes of a review without a year and keeps the name ASCII', () => {
    expect(documentFileName({ kind: 'final' }, 'XÃ 01', 'xlsx')).toBe('phu-luc-tong-ket-2030-X-01.xlsx');
    expect(documentFileName({ kind: 'midterm', year: 2026 }, '37', 'docx')).toBe('so-ket-2025-37.docx');
  });
});
