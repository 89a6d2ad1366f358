import { describe, expect, it } from 'vitest';
import { adoptionText, categoriesText, dayOf, paragraphsOf, topicLabel } from './labels';
import { tIn } from './test-support';

describe('paragraphsOf', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(paragraphsOf('Một.\r\n\r\nHai,\ndòng hai.\n \n\nBa. ')).toEqual([
      'Một.',
      'Hai,\ndòng hai.',
      'Ba.',
    ]);
    expect(paragraphsOf('  ')).toEqual([]);
  });
});

describe('dayOf', () => {
  it('gives the day in Vietnam as dd/mm/yyyy', () => {
    expect(dayOf('2026-04-20T16:59:00Z')).toBe('20/04/2026');
    expect(dayOf('2026-04-20T17:00:00Z')).toBe('21/04/2026');
    expect(dayOf(null)).toBe('');
    expect(dayOf('not a date')).toBe('');
  });
});

describe('adoptionText', () => {
  it('counts the spread in words, with none and one said plainly', () => {
    expect(adoptionText(0, tIn('vi'), 'vi')).toBe('Chưa có đơn vị nào áp dụng');
    expect(adoptionText(1, tIn('en'), 'en')).toBe('Adopted by 1 unit');
    expect(adoptionText(1234, tIn('vi'), 'vi')).toBe('1.234 đơn vị đã áp dụng');
  });
});

describe('topicLabel and categoriesText', () => {
  it('names topics and categories in the reader’s language', () => {
    expect(topicLabel('museum_learning', tIn('vi'))).toBe('Giáo dục tại bảo tàng');
    expect(categoriesText(['museum_public', 'library_province'], tIn('en'), 'en')).toBe(
      'Public museum, Provincial library',
    );
    expect(categoriesText([], tIn('vi'), 'vi')).toBe('Mọi loại thiết chế');
  });
});
