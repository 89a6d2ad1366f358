import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  type CatalogueFilters,
  catalogueExportRows,
  filtersFromParams,
  filtersToParams,
  listQueries,
  mergeModels,
  sortModels,
} from './catalogue';
import { goodModel, tIn } from './test-support';

const params = (text: string) => new URLSearchParams(text);

/** What `update(patch)` leaves in the URL. */
const toUrl = (filters: CatalogueFilters) => {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries(filtersToParams(filters)))
    if (v !== undefined && v !== '') next.set(k, String(v));
  return next.toString();
};

describe('filtersFromParams', () => {
  it('reads every filter from the URL', () => {
    expect(
      filtersFromParams(
        params('topic=heritage&category=museum_public&q=thu%20vien&scope=mine&status=draft&sort=adopted'),
      ),
    ).toEqual({
      topic: 'heritage',
      category: 'museum_public',
      q: 'thu vien',
      scope: 'mine',
      status: 'draft',
      sort: 'adopted',
    });
  });

  it('falls back to all published, newest first, for a plain or hand-edited link', () => {
    expect(filtersFromParams(params(''))).toEqual({
      topic: undefined,
      category: undefined,
      scope: 'all',
      status: undefined,
      sort: 'newest',
    });
    expect(filtersFromParams(params('topic=cooking&scope=everyone&sort=random&status=x&q=%20%20'))).toEqual(
      filtersFromParams(params('')),
    );
  });
});

describe('filtersToParams', () => {
  it('leaves the defaults out, so a plain link stays plain', () => {
    expect(toUrl({ scope: 'all', sort: 'newest' })).toBe('');
  });

  it('round-trips through the URL', () => {
    const filters: CatalogueFilters = {
      topic: 'libraries',
      category: 'library_commune',
      q: 'Hoa Lư',
      scope: 'mine',
      status: 'published',
      sort: 'adopted',
    };
    expect(filtersFromParams(params(toUrl(filters)))).toEqual(filters);
  });

  it('clears a filter given as undefined', () => {
    expect(filtersToParams({ scope: 'all', sort: 'newest', topic: undefined })).toMatchObject({
      topic: undefined,
    });
  });

  it('counts the filters that narrow the list', () => {
    expect(activeFilterCount({ scope: 'all', sort: 'adopted' })).toBe(0);
    expect(activeFilterCount({ scope: 'mine', sort: 'newest', topic: 'skills', status: 'draft' })).toBe(3);
  });
});

describe('listQueries', () => {
  it('asks for the published models of every unit by default', () => {
    expect(listQueries({ scope: 'all', sort: 'newest', topic: 'heritage', q: 'thu vien' }, [31])).toEqual([
      { topic: 'heritage', q: 'thu vien', status: 'published' },
    ]);
  });

  it('lets a writer ask for the drafts of their scope', () => {
    expect(listQueries({ scope: 'all', sort: 'newest', status: 'draft' }, [])).toEqual([{ status: 'draft' }]);
  });

  it('asks once per unit of mine, drafts included unless a status is chosen', () => {
    expect(listQueries({ scope: 'mine', sort: 'newest', category: 'museum_public' }, [31, 3101, 31])).toEqual(
      [
        { category: 'museum_public', unitId: 31 },
        { category: 'museum_public', unitId: 3101 },
      ],
    );
    expect(listQueries({ scope: 'mine', sort: 'newest', status: 'published' }, [31])).toEqual([
      { unitId: 31, status: 'published' },
    ]);
    expect(listQueries({ scope: 'mine', sort: 'newest' }, [])).toEqual([]);
  });
});

describe('mergeModels and sortModels', () => {
  const a = goodModel({ id: 1, title: 'A', adoptionCount: 1, publishedAt: '2026-01-01T00:00:00Z' });
  const b = goodModel({ id: 2, title: 'B', adoptionCount: 5, publishedAt: '2025-06-01T00:00:00Z' });
  const draft = goodModel({
    id: 3,
    title: 'C',
    status: 'draft',
    adoptionCount: 0,
    publishedAt: null,
    updatedAt: '2026-02-01T00:00:00Z',
  });

  it('keeps each model once across the queries', () => {
    expect(mergeModels([[a, b], undefined, [b, draft]]).map((m) => m.id)).toEqual([1, 2, 3]);
  });

  it('puts the newest first (a draft by when it was saved) or the most adopted first', () => {
    expect(sortModels([a, b, draft], 'newest').map((m) => m.id)).toEqual([3, 1, 2]);
    expect(sortModels([a, b, draft], 'adopted').map((m) => m.id)).toEqual([2, 1, 3]);
  });
});

describe('catalogueExportRows', () => {
  it('writes a header and one row per model, in the order shown, in the reader’s words', () => {
    const rows = catalogueExportRows([goodModel()], {
      t: tIn('vi'),
      language: 'vi',
      origin: 'https://suotdoi.vn',
    });
    expect(rows[0]).toEqual([
      'Tên mô hình',
      'Đơn vị',
      'Tỉnh, thành phố',
      'Chủ đề',
      'Loại thiết chế phù hợp',
      'Tóm tắt',
      'Trạng thái',
      'Ngày công bố',
      'Số đơn vị đã áp dụng',
      'Người liên hệ',
      'Điện thoại',
      'Email',
      'Đường dẫn',
    ]);
    expect(rows[1]).toEqual([
      'Tủ sách dòng họ',
      'Thư viện xã Hoa Lư',
      'Ninh Bình',
      'Văn hóa đọc',
      'Thư viện cấp xã, phòng đọc sách, điểm bưu điện văn hóa xã',
      'Mỗi dòng họ một tủ sách, do người trong họ quản lý.',
      'Đã công bố',
      // 17:30 UTC on 20/04 is the next morning in Vietnam.
      '21/04/2026',
      2,
      'Nguyễn Thị Lan',
      '0912 345 678',
      '',
      'https://suotdoi.vn/good-models/7',
    ]);
  });

  it('says "any" for a model that suits every category, in English too', () => {
    const rows = catalogueExportRows([goodModel({ categories: [], status: 'draft', publishedAt: null })], {
      t: tIn('en'),
      language: 'en',
      origin: '',
    });
    expect(rows[1]!.slice(3, 8)).toEqual([
      'Reading culture',
      'Any kind of institution',
      goodModel().summary,
      'Draft',
      '',
    ]);
  });
});
