import { describe, expect, it } from 'vitest';
import { toArticleForm } from './article-form';
import { bodyExcerpt, conflictRowsOf } from './conflict-rows';
import { article, tIn } from './test-support';

describe('conflictRowsOf', () => {
  it('lists each field that differs, in words, the body as a text excerpt', () => {
    const theirs = article({
      title: 'Bản của họ',
      body: '<p>Nội dung <strong>của họ</strong></p>',
      version: 5,
    });
    const mine = { ...toArticleForm(article()), publishUntil: '2027-05-01T17:00' };
    const rows = conflictRowsOf(mine, theirs, { t: tIn('vi'), language: 'vi', observances: [] });
    expect(rows.map((r) => [r.label, r.theirs, r.mine])).toEqual([
      ['Tiêu đề', 'Bản của họ', 'Ngày Sách và Văn hóa đọc Việt Nam 2027'],
      ['Đăng đến', 'Không có', '01/05/2027 17:00'],
      ['Nội dung', 'Nội dung của họ', 'Chương trình Trưng bày sách.'],
    ]);
  });

  it('shortens a long body', () => {
    expect(bodyExcerpt(`<p>${'a'.repeat(300)}</p>`, 10)).toBe('aaaaaaaaa…');
  });
});
