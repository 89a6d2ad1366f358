import type { ContentTopic } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { articleExportRows, countByStatus, filterArticles, sortArticles } from './article-rows';
import { article, tIn } from './test-support';

const now = new Date('2027-04-25T00:00:00Z');
const names = {
  observance: (code: string) => (code === 'reading_culture_day' ? 'Ngày Sách' : code),
  topic: (x: ContentTopic) => tIn('vi')(`goodModels.topics.${x}`),
};

const rows = [
  article({
    id: 1,
    title: 'Đọc sách mùa hè',
    status: 'draft',
    publishedAt: null,
    updatedAt: '2027-04-20T00:00:00Z',
  }),
  article({
    id: 2,
    title: 'Bảo tàng mở cửa',
    status: 'in_review',
    topic: 'museum_learning',
    publishedAt: null,
    updatedAt: '2027-04-24T00:00:00Z',
  }),
  article({
    id: 3,
    title: 'Dạy kỹ năng số',
    status: 'published',
    topic: 'skills',
    observanceCode: null,
    updatedAt: '2027-04-22T00:00:00Z',
  }),
];

describe('countByStatus and filterArticles', () => {
  it('counts every tab, over the rows the topic and national day filters leave', () => {
    expect(countByStatus(rows)).toEqual({ all: 3, draft: 1, in_review: 1, published: 1 });
    const byDay = filterArticles(rows, { observanceCode: 'reading_culture_day' });
    expect(countByStatus(byDay)).toEqual({ all: 2, draft: 1, in_review: 1, published: 0 });
    expect(filterArticles(rows, { topic: 'skills', status: 'published' }).map((a) => a.id)).toEqual([3]);
  });
});

describe('sortArticles', () => {
  it('puts the latest update first by default order given, and titles in Vietnamese order', () => {
    expect(sortArticles(rows, { key: 'updated', order: 'descend' }, names, now).map((a) => a.id)).toEqual([
      2, 3, 1,
    ]);
    expect(sortArticles(rows, { key: 'title', order: 'ascend' }, names, now).map((a) => a.title)).toEqual([
      'Bảo tàng mở cửa',
      'Dạy kỹ năng số',
      'Đọc sách mùa hè',
    ]);
  });

  it('sorts by status in workflow order, never-published before published', () => {
    expect(sortArticles(rows, { key: 'status', order: 'ascend' }, names, now).map((a) => a.status)).toEqual([
      'draft',
      'in_review',
      'published',
    ]);
    expect(sortArticles(rows, { key: 'published', order: 'descend' }, names, now)[0]!.id).toBe(3);
  });
});

describe('articleExportRows', () => {
  it('writes a header then one row per article, in words, times dd/mm/yyyy HH:mm, a portal link when published', () => {
    const sheet = articleExportRows(
      [
        rows[2]!,
        article({ id: 4, status: 'published', publishFrom: '2027-05-01T01:00:00Z', featured: true }),
      ],
      { t: tIn('vi'), observanceName: names.observance, origin: 'https://suotdoi.vn', now },
    );
    expect(sheet[0]).toEqual([
      'Tiêu đề',
      'Đơn vị',
      'Trạng thái',
      'Ngày kỷ niệm',
      'Chuyên mục',
      'Tác giả',
      'Nổi bật',
      'Đăng từ',
      'Đăng đến',
      'Ngày đăng',
      'Cập nhật',
      'Địa chỉ trên cổng',
    ]);
    expect(sheet[1]).toEqual([
      'Dạy kỹ năng số',
      'Thư viện tỉnh Ninh Bình',
      'Đang đăng',
      '',
      'Kỹ năng',
      'Nguyễn Thị Lan',
      '',
      '23/04/2027 08:00',
      '',
      '22/04/2027 16:30',
      '22/04/2027 07:00',
      'https://suotdoi.vn/portal/news/3',
    ]);
    expect(sheet[2]![2]).toBe('Hẹn giờ đăng');
    expect(sheet[2]![3]).toBe('Ngày Sách');
    expect(sheet[2]![6]).toBe('Có');
  });

  it('leaves the link empty for an article not published', () => {
    const sheet = articleExportRows([rows[0]!], {
      t: tIn('en'),
      observanceName: names.observance,
      origin: 'x',
      now,
    });
    expect(sheet[0]![0]).toBe('Title');
    expect(sheet[1]![2]).toBe('Draft');
    expect(sheet[1]![11]).toBe('');
  });
});
