import { describe, expect, it } from 'vitest';
import {
  defaultReportYear,
  documentYear,
  printPath,
  reportYears,
  requestFromParams,
} from './document-request';

describe('defaultReportYear', () => {
  it('is the current year, even in December after the report was due', () => {
    expect(defaultReportYear('2026-03-01')).toBe(2026);
    expect(defaultReportYear('2026-12-20')).toBe(2026);
  });
});

describe('reportYears', () => {
  it('offers this year back to the Program’s first report, newest first', () => {
    expect(reportYears('2026-05-01')).toEqual([2026, 2025, 2024, 2023]);
  });
});

describe('documentYear', () => {
  it('is the milestone of a review and the chosen year of an annual report', () => {
    expect(documentYear({ kind: 'midterm', year: 2027 })).toBe(2025);
    expect(documentYear({ kind: 'final' })).toBe(2030);
    expect(documentYear({ kind: 'annual', year: 2027 })).toBe(2027);
  });
});

describe('requestFromParams', () => {
  const fallback = { unitId: 9, year: 2026 };

  it('reads every key of a print link', () => {
    const params = new URLSearchParams('kind=annual&unitId=37&year=2025&planId=4&lang=en');
    expect(requestFromParams(params, fallback)).toEqual({
      kind: 'annual',
      unitId: 37,
      year: 2025,
      planId: 4,
      lang: 'en',
    });
  });

  it('falls back for missing or malformed keys, and gives a review no year', () => {
    expect(requestFromParams(new URLSearchParams('kind=bogus&year=abc'), fallback)).toEqual({
      kind: 'annual',
      unitId: 9,
      year: 2026,
      lang: 'vi',
    });
    expect(requestFromParams(new URLSearchParams('kind=final&unitId=3&year=2026'), fallback)).toEqual({
      kind: 'final',
      unitId: 3,
      lang: 'vi',
    });
  });

  it('is null without any unit', () => {
    expect(requestFromParams(new URLSearchParams('kind=annual'), { year: 2026 })).toBeNull();
  });
});

describe('printPath', () => {
  it('round-trips through requestFromParams', () => {
    const request = { kind: 'annual' as const, unitId: 37, year: 2026, planId: 2, lang: 'vi' as const };
    const path = printPath(request);
    expect(path).toBe('/documents/print?kind=annual&unitId=37&year=2026&planId=2&lang=vi');
    const params = new URLSearchParams(path.split('?')[1]);
    expect(requestFromParams(params, { year: 2000 })).toEqual(request);
  });

  it('leaves the year out of a review', () => {
    expect(printPath({ kind: 'midterm', unitId: 1, year: 2026, lang: 'en' })).toBe(
      '/documents/print?kind=midterm&unitId=1&lang=en',
    );
  });
});
