import { describe, expect, it } from 'vitest';
import type { PublishedReport } from '../../api/documents';
import { filterPublished, publishedYears, shortHash, sortPublished, withStatus } from './published-rows';

const report = (over: Partial<PublishedReport> & { id: number }): PublishedReport => ({
  kind: 'annual',
  unitId: 37,
  unitName: 'Tỉnh Ninh Bình',
  year: 2026,
  planId: null,
  lang: 'vi',
  title: 'Báo cáo kết quả thực hiện năm 2026',
  contentHash: 'a'.repeat(64),
  publishedAt: '2026-11-20T03:00:00.000Z',
  publishedBy: 'Nguyễn Văn An',
  ...over,
});

const reports = [
  report({ id: 3, publishedAt: '2026-11-22T01:00:00.000Z', publishedBy: 'Đỗ Thị Bình' }),
  report({
    id: 2,
    kind: 'midterm',
    year: 2025,
    title: 'Sơ kết 2025',
    publishedAt: '2025-12-01T01:00:00.000Z',
  }),
  report({ id: 1, year: 2025, title: 'Báo cáo năm 2025', publishedAt: '2025-11-20T01:00:00.000Z' }),
];

describe('withStatus', () => {
  it('says unchanged, changed, or not checked from the details fetched so far', () => {
    const rows = withStatus(
      reports,
      new Map([
        [3, true],
        [2, false],
      ]),
    );
    expect(rows.map((r) => r.status)).toEqual(['same', 'changed', 'unknown']);
  });
});

describe('filterPublished', () => {
  const rows = withStatus(reports, new Map([[3, false]]));

  it('finds by title or publisher with the diacritics left out', () => {
    expect(filterPublished(rows, { q: 'so ket' }).map((r) => r.id)).toEqual([2]);
    expect(filterPublished(rows, { q: 'do thi binh' }).map((r) => r.id)).toEqual([3]);
  });

  it('keeps the kind, the year and the status asked for', () => {
    expect(filterPublished(rows, { kind: 'annual', year: 2025 }).map((r) => r.id)).toEqual([1]);
    expect(filterPublished(rows, { status: 'changed' }).map((r) => r.id)).toEqual([3]);
    expect(filterPublished(rows, {}).length).toBe(3);
  });
});

describe('sortPublished', () => {
  const rows = withStatus(reports, new Map());

  it('puts the newest first by default', () => {
    expect(sortPublished(rows).map((r) => r.id)).toEqual([3, 2, 1]);
  });

  it('sorts by a column either way, the newest first among equals', () => {
    expect(sortPublished(rows, { key: 'year', order: 'ascend' }).map((r) => r.id)).toEqual([2, 1, 3]);
    expect(sortPublished(rows, { key: 'kind', order: 'descend' }).map((r) => r.id)).toEqual([2, 3, 1]);
  });

  it('sorts names in Vietnamese order (Đ after D)', () => {
    const named = withStatus(
      [
        report({ id: 1, publishedBy: 'Đinh Văn' }),
        report({ id: 2, publishedBy: 'Dương Thị' }),
        report({ id: 3, publishedBy: 'Bùi An' }),
      ],
      new Map(),
    );
    expect(sortPublished(named, { key: 'publishedBy', order: 'ascend' }).map((r) => r.id)).toEqual([3, 2, 1]);
  });
});

describe('publishedYears', () => {
  it('lists each year once, newest first', () => {
    expect(publishedYears(reports)).toEqual([2026, 2025]);
  });
});

describe('shortHash', () => {
  it('keeps the first ten characters', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789');
  });
});
