import { describe, expect, it } from 'vitest';
import { bareRecipient, bulletText, columnPercents, recipientLines, signerLines } from './document-layout';

describe('recipientLines', () => {
  it('writes one recipient on the Kính gửi line with a full stop', () => {
    expect(recipientLines(['Bộ Văn hóa, Thể thao và Du lịch;'])).toEqual({
      inline: true,
      lines: ['Bộ Văn hóa, Thể thao và Du lịch.'],
    });
  });

  it('lists several after dashes, the last ending in a full stop, whatever was typed around them', () => {
    expect(recipientLines(['- Bộ Văn hóa, Thể thao và Du lịch', '', '• UBND tỉnh.'])).toEqual({
      inline: false,
      lines: ['- Bộ Văn hóa, Thể thao và Du lịch;', '- UBND tỉnh.'],
    });
  });

  it('writes nothing without a recipient', () => {
    expect(recipientLines(['  ']).lines).toEqual([]);
  });
});

describe('bareRecipient', () => {
  it('drops a leading dash and trailing punctuation', () => {
    expect(bareRecipient(' – Sở Tài chính ;, ')).toBe('Sở Tài chính');
  });
});

describe('bulletText', () => {
  it('starts each item with one "- "', () => {
    expect(bulletText('Xã Gia Viễn: chưa gửi báo cáo.')).toBe('- Xã Gia Viễn: chưa gửi báo cáo.');
    expect(bulletText(' – Đã gửi')).toBe('- Đã gửi');
  });
});

describe('columnPercents', () => {
  it('shares the width in the model’s proportions', () => {
    expect(columnPercents([1, 3])).toEqual([25, 75]);
  });

  it('gives no column less than 1 cm, the others sharing the rest in proportion', () => {
    const widths = columnPercents([4, 30, 18, 10, 10, 10, 14]);
    expect(widths[0]).toBeCloseTo(6.06, 2);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
    expect(widths[1]! / widths[3]!).toBeCloseTo(3, 2);
  });

  it('shares equally when no width is given, or when the minimum cannot be kept', () => {
    expect(columnPercents([0, 0])).toEqual([50, 50]);
    expect(columnPercents(Array.from({ length: 20 }, () => 1))[0]).toBe(5);
    expect(columnPercents([])).toEqual([]);
  });
});

describe('signerLines', () => {
  it('puts the authority and title in capitals above the name', () => {
    expect(
      signerLines({ authority: 'kt. giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Thị Hồng' }),
    ).toEqual({
      above: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      name: 'Nguyễn Thị Hồng',
    });
  });

  it('leaves out what is empty', () => {
    expect(signerLines({ authority: '', title: 'GIÁM ĐỐC', name: ' ' })).toEqual({
      above: ['GIÁM ĐỐC'],
      name: '',
    });
  });
});
